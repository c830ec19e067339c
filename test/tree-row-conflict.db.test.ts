/**
 * The forms of a tree's rows (a structure unit, an organization page's place) saved over a
 * version someone else has replaced: refused, nothing written, and the refusal carries their
 * version as the form's inputs hold it, so the form shows what they changed and goes on from it
 * (components/dashboard/form-conflict.tsx); saved over that version, it goes through. Actions
 * called as a forged POST would (test/action-harness.ts).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { createPageAction, updatePageSettingsAction } from '@/app/[locale]/(dashboard)/dashboard/pages/actions';
import { createOrgUnitAction, updateOrgUnitAction } from '@/app/[locale]/(dashboard)/dashboard/structure/actions';
import { createOrgUnit, getOrgUnit, updateOrgUnit } from '@/db/queries/org-units';
import { listPageTree } from '@/db/queries/dashboard-pages';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import type { PublicUser } from '@/db/queries/users';
import { auditLog } from '@/db/schema';
import { acting, callAction } from './action-harness';
import { insertUser } from './admin-fixtures';
import { typeset } from '@/lib/typography';
import { orgUnitFormSchema } from '@/lib/validation/org-units';

let me: PublicUser;
let colleague: PublicUser;

beforeAll(async () => {
  [me, colleague] = [await insertUser('admin'), await insertUser('admin')];
  acting.user = me;
});

/** The colleague's save, as the log has it: who and when the refusal says (db/queries/audit.ts lastSaved). */
async function saveBy<T>(user: PublicUser, save: () => Promise<T>): Promise<T> {
  acting.user = user;
  try {
    return await save();
  } finally {
    acting.user = me;
  }
}

const lastEntryAt = async (action: string, entityId: string) =>
  (await db.select({ at: auditLog.at }).from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId))).orderBy(desc(auditLog.at)).limit(1))[0]!.at.toISOString();

describe('a tree row saved over a colleague’s save', () => {
  it('a structure unit: refused with their unit as the form holds it, then saved over it', async () => {
    const created = await callAction(createOrgUnitAction, { locale: 'fr', 'texts.fr.name': 'Division des conflits', position: '2' });
    const id = /saved=([0-9a-f-]{36})/.exec(created.redirectedTo ?? '')![1]!;
    const opened = (await getOrgUnit(id))!.version;
    const form = (version: string, fields: Record<string, string>) => callAction(updateOrgUnitAction, { locale: 'en', id, version, 'texts.fr.name': 'Division des conflits', position: '2', ...fields });

    expect((await saveBy(colleague, () => form(opened, { headName: 'Ana' }))).redirectedTo).toBe(`/en/dashboard/structure?saved=${id}`);
    const stale = await form(opened, { 'texts.en.name': 'Conflicts division' });
    const current = (await getOrgUnit(id))!;
    expect(stale.state).toEqual({
      status: 'error',
      // Named in the refusal, as in the panel below it.
      formError: `${colleague.name} changed this unit while you were editing it: nothing was saved. What you typed is kept; compare it with their version below, then choose.`,
      values: expect.objectContaining({ 'texts.en.name': 'Conflicts division' }),
      data: {
        conflict: {
          version: current.version,
          theirs: {
            parentId: '',
            position: '2',
            headName: 'Ana',
            'texts.fr.name': 'Division des conflits',
            'texts.fr.headTitle': '',
            'texts.en.name': '',
            'texts.en.headTitle': '',
            'texts.es.name': '',
            'texts.es.headTitle': '',
            'texts.ar.name': '',
            'texts.ar.headTitle': '',
          },
          // Named, and dated, for the form's panel: "What admin 2 changed".
          savedBy: colleague.name,
          savedAt: await lastEntryAt('org_unit.update', id),
        },
      },
    });
    expect(current.texts.en).toBeUndefined();
    // "Save my version": over theirs, the merged form (her head, his English name).
    expect((await form(current.version, { headName: 'Ana', 'texts.en.name': 'Conflicts division' })).redirectedTo).toBe(`/en/dashboard/structure?saved=${id}`);
    expect(await getOrgUnit(id)).toMatchObject({ headName: 'Ana', texts: { en: { name: 'Conflicts division' } } });
  });

  it('an organization page’s place: refused with the place it has now, then moved from there', async () => {
    const created = await callAction(createPageAction, { locale: 'fr', parentId: '', position: '7', title: 'Page disputée', slug: '' });
    const id = /pages\/([0-9a-f-]{36})\//.exec(created.redirectedTo ?? '')![1]!;
    const version = async () => (await listPageTree('fr')).find((p) => p.id === id)!.version;
    const opened = await version();
    const moved = await saveBy(colleague, () => callAction(updatePageSettingsAction, { locale: 'fr', id, version: opened, parentId: '', position: '3' }));
    expect(moved.redirectedTo).toBe(`/fr/dashboard/pages/${id}?saved=settings`);
    const stale = await callAction(updatePageSettingsAction, { locale: 'fr', id, version: opened, parentId: '', position: '9' });
    expect(stale.state).toMatchObject({
      status: 'error',
      formError: typeset(`${colleague.name} a déplacé cette page entre-temps : rien n’a été enregistré. Votre choix est conservé ; comparez avec sa place ci-dessous, puis choisissez.`, 'fr'),
      data: { conflict: { version: await version(), theirs: { parentId: '', position: '3' }, savedBy: colleague.name, savedAt: await lastEntryAt('page.settings', id) } },
    });
    expect((await callAction(updatePageSettingsAction, { locale: 'fr', id, version: await version(), parentId: '', position: '9' })).redirectedTo).toBe(`/fr/dashboard/pages/${id}?saved=settings`);
  });

  it('a unit the log says nothing of (written by a script): the refusal says “someone else”', async () => {
    const fields = { 'texts.fr.name': 'Division sans journal', position: '4' };
    const created = await createOrgUnit(db, me, orgUnitFormSchema.parse(fields));
    const id = created.status === 'saved' ? created.id : expect.unreachable();
    const opened = (await getOrgUnit(id))!.version;
    expect((await updateOrgUnit(db, colleague, id, opened, orgUnitFormSchema.parse({ ...fields, headName: 'Ana' }))).status).toBe('saved');
    const stale = await callAction(updateOrgUnitAction, { locale: 'fr', id, version: opened, ...fields, headName: 'Awa' });
    expect(stale.state).toMatchObject({
      status: 'error',
      formError: typeset('Quelqu’un d’autre a modifié cette unité pendant que vous la modifiiez : rien n’a été enregistré. Votre saisie est conservée ; comparez avec sa version ci-dessous, puis choisissez.', 'fr'),
      data: { conflict: { savedBy: null, savedAt: null } },
    });
  });
});
