/**
 * Two admins edit the same office: the second save, based on a version a colleague has replaced,
 * is refused with what the colleague saved (who, when, the stored values as the form holds them);
 * "save my version" then goes over that version — still authorized, validated, audited ("overwrote
 * version N") and expiring the same caches as any save — and meets a new conflict if yet another
 * save came in meanwhile. Actions called as a forged POST would (test/action-harness.ts).
 */
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { archiveOfficeAction, updateOfficeAction } from '@/app/[locale]/(dashboard)/dashboard/offices/actions';
import { db } from '@/db';
import { getOfficeForEdit } from '@/db/queries/offices';
import type { PublicUser } from '@/db/queries/users';
import { auditLog } from '@/db/schema';
import { tags } from '@/lib/cache/tags';
import { acting, callAction, invalidated } from './action-harness';
import { insertCountries, insertOffice, insertUser } from './admin-fixtures';
import { typeset } from '@/lib/typography';

let ana: PublicUser;
let bruno: PublicUser;
let editor: PublicUser;
beforeAll(async () => {
  await insertCountries();
  ana = await insertUser('admin');
  bruno = await insertUser('admin');
  editor = await insertUser('editor');
});
beforeEach(() => {
  invalidated.length = 0;
});

/** The edit form of an office opened at `version`, as the page fills it, with `changes` typed. */
const form = (id: string, version: number, changes: Record<string, string> = {}) => ({
  locale: 'fr',
  id,
  version: String(version),
  countryCode: 'UY',
  email: 'office@example.org',
  'texts.fr.name': 'Bureau de Salto',
  'texts.fr.city': 'Montevideo',
  'texts.fr.address': '',
  'phones.0.label': 'switchboard',
  'phones.0.number': '+598 2916 8043',
  'phones.0.confirm': '+59829168043',
  ...changes,
});

const lastEntry = async (id: string) =>
  (await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.outcome, 'ok'))).orderBy(desc(auditLog.id)).limit(1))[0];

describe('an office saved by two admins at once', () => {
  it('answers the second with who saved what, then saves over it only when asked, and only over what was shown', async () => {
    const id = await insertOffice({ name: 'Bureau de Salto' });

    acting.user = ana;
    const first = await callAction(updateOfficeAction, form(id, 1, { 'phones.0.number': '+598 2916 8099', 'phones.0.confirm': '' }));
    expect(first.redirectedTo).toBe(`/fr/dashboard/offices/${id}?saved=updated`);

    // Bruno opened version 1 too and changed the address.
    acting.user = bruno;
    invalidated.length = 0;
    const second = await callAction(updateOfficeAction, form(id, 1, { 'texts.fr.address': 'Plaza Independencia 831' }));
    const stored = await getOfficeForEdit(id);
    expect(second.state).toMatchObject({
      status: 'error',
      formError: typeset(`${ana.name} a enregistré ce bureau pendant que vous le modifiiez : rien n’a été enregistré. Votre saisie est conservée ci-dessous.`, 'fr'),
      values: { 'texts.fr.address': 'Plaza Independencia 831' },
      data: {
        conflict: {
          currentVersion: 2,
          savedBy: ana.name,
          savedAt: stored!.updatedAt.toISOString(),
          theirs: { 'phones.0.number': '+598 2916 8099', 'phones.0.confirm': '+59829168099', 'texts.fr.address': '', 'texts.ar.name': '', countryCode: 'UY' },
        },
      },
    });
    expect(stored).toMatchObject({ version: 2, texts: { fr: { address: null } }, phones: [{ e164: '+59829168099' }] });
    expect(invalidated).toEqual([]);

    // Saving over version 2 still validates: a bad e-mail is refused at its field, nothing saved.
    const invalid = await callAction(updateOfficeAction, form(id, 2, { overwrite: '1', email: 'salto@', 'texts.fr.address': 'Plaza Independencia 831' }));
    expect(invalid.state).toMatchObject({ status: 'error', fieldErrors: { email: expect.any(String) } });
    expect((await getOfficeForEdit(id))?.version).toBe(2);

    // … and authorizes: an editor may not save over it.
    acting.user = editor;
    await callAction(updateOfficeAction, form(id, 2, { overwrite: '1', 'texts.fr.address': 'Piraté' }));
    expect((await getOfficeForEdit(id))?.version).toBe(2);

    // Meanwhile Ana saves again (the city): Bruno's save over version 2 meets version 3.
    acting.user = ana;
    await callAction(updateOfficeAction, form(id, 2, { 'phones.0.number': '+598 2916 8099', 'texts.fr.city': 'Salto' }));
    acting.user = bruno;
    invalidated.length = 0;
    const mine = { 'texts.fr.address': 'Plaza Independencia 831', 'phones.0.number': '+598 2916 8099', 'phones.0.confirm': '+59829168099' };
    const third = await callAction(updateOfficeAction, form(id, 2, { overwrite: '1', ...mine }));
    expect(third.state).toMatchObject({ status: 'error', data: { conflict: { currentVersion: 3, savedBy: ana.name, theirs: { 'texts.fr.city': 'Salto' } } } });
    expect(await getOfficeForEdit(id)).toMatchObject({ version: 3, texts: { fr: { city: 'Salto', address: null } } });
    expect(invalidated).toEqual([]);

    // Shown version 3, Bruno saves his over it: his address, Ana's phone and city (merged into his form).
    const over = await callAction(updateOfficeAction, form(id, 3, { overwrite: '1', ...mine, 'texts.fr.city': 'Salto' }));
    expect(over.redirectedTo).toBe(`/fr/dashboard/offices/${id}?saved=updated`);
    expect(await getOfficeForEdit(id)).toMatchObject({
      version: 4,
      texts: { fr: { city: 'Salto', address: 'Plaza Independencia 831' } },
      phones: [{ e164: '+59829168099' }],
    });
    expect(await lastEntry(id)).toMatchObject({ action: 'office.update', actorId: bruno.id, detail: { overwrote: 3, changed: { 'address.fr': { before: null, after: 'Plaza Independencia 831' } } } });
    expect(invalidated).toEqual([tags.offices(), tags.office(id)]);
  });

  it('answers a stale form’s own mistakes first, what was typed kept, and its corrected save with the conflict', async () => {
    const id = await insertOffice({ name: 'Bureau de Melo' });
    const melo = (version: number, changes: Record<string, string>) => form(id, version, { 'texts.fr.name': 'Bureau de Melo', ...changes });
    acting.user = ana;
    expect((await callAction(updateOfficeAction, melo(1, { 'texts.fr.city': 'Melo' }))).redirectedTo).toBeDefined();

    // Bruno, on version 1, types an address and a number too short: told at the number, as on a
    // form nobody else saved, with his text in place; nothing is saved.
    acting.user = bruno;
    invalidated.length = 0;
    const typed = { 'texts.fr.address': 'Calle 18 de Julio 450', 'phones.0.number': '+598 12', 'phones.0.confirm': '' };
    const mistaken = await callAction(updateOfficeAction, melo(1, typed));
    expect(mistaken.state).toMatchObject({ status: 'error', fieldErrors: { 'phones.0.number': expect.stringMatching(/court/) }, values: typed });
    expect((mistaken.state as { data?: { conflict?: unknown } }).data?.conflict).toBeUndefined();
    expect(await getOfficeForEdit(id)).toMatchObject({ version: 2, texts: { fr: { city: 'Melo', address: null } } });
    expect(invalidated).toEqual([]);

    // Corrected, still on version 1: Ana's save is not gone over unseen.
    const corrected = await callAction(updateOfficeAction, melo(1, { ...typed, 'phones.0.number': '+598 2916 8043' }));
    expect(corrected.state).toMatchObject({ status: 'error', data: { conflict: { currentVersion: 2, savedBy: ana.name, theirs: { 'texts.fr.city': 'Melo' } } } });
    expect((await getOfficeForEdit(id))?.version).toBe(2);
  });

  it('says nothing of an overwrite in the audit of an ordinary save, and names no one it does not know', async () => {
    const id = await insertOffice({ name: 'Bureau de Paysandú' });
    const paysandu = (version: number, changes: Record<string, string>) => form(id, version, { 'texts.fr.name': 'Bureau de Paysandú', ...changes });
    acting.user = ana;
    // Saved outside any action (an import, the seed): no audit entry names anyone.
    await db.transaction(async (tx) => {
      const { updateOffice } = await import('@/db/queries/offices');
      const { officeFormSchema } = await import('@/lib/validation/offices');
      await updateOffice(tx, ana, id, 1, officeFormSchema.parse(paysandu(1, { 'texts.fr.city': 'Paysandú' })));
    });
    const run = await callAction(updateOfficeAction, paysandu(1, { 'texts.fr.address': 'Rambla 1' }));
    expect(run.state).toMatchObject({ status: 'error', data: { conflict: { currentVersion: 2, savedBy: null, theirs: { 'texts.fr.city': 'Paysandú' } } } });
    const saved = await callAction(updateOfficeAction, paysandu(2, { 'texts.fr.city': 'Paysandú', 'texts.fr.address': 'Rambla 1' }));
    expect(saved.redirectedTo).toBeDefined();
    expect((await lastEntry(id))?.detail).not.toHaveProperty('overwrote');
  });
});

describe('an office archived or restored while an admin edits it', () => {
  it('is no conflict: the edit is saved and the office stays archived; a later conflict names who saved, not who archived', async () => {
    const id = await insertOffice({ name: 'Bureau de Rivera' });
    const rivera = (version: number, changes: Record<string, string>) => form(id, version, { 'texts.fr.name': 'Bureau de Rivera', ...changes });
    // Ana opens the form (version 1); Bruno archives the office meanwhile.
    acting.user = bruno;
    expect((await callAction(archiveOfficeAction, { locale: 'fr', id })).redirectedTo).toBeDefined();
    acting.user = ana;
    const saved = await callAction(updateOfficeAction, rivera(1, { 'texts.fr.city': 'Rivera' }));
    expect(saved.redirectedTo).toBe(`/fr/dashboard/offices/${id}?saved=updated`);
    expect(await getOfficeForEdit(id)).toMatchObject({ version: 2, status: 'archived', texts: { fr: { city: 'Rivera' } } });

    // Bruno, on version 1 still, saves after Ana and after archiving: the conflict is Ana's save.
    acting.user = bruno;
    const anaSavedAt = (await lastEntry(id))!.at;
    await callAction(archiveOfficeAction, { locale: 'fr', id });
    const run = await callAction(updateOfficeAction, rivera(1, { 'texts.fr.address': 'Sarandí 540' }));
    expect(run.state).toMatchObject({ status: 'error', data: { conflict: { currentVersion: 2, savedBy: ana.name, savedAt: anaSavedAt.toISOString() } } });
  });
});
