/**
 * The audit log names what it is about: an entry about a unit, a topic, an office or an account
 * keeps the item's names as they were (so a deleted one is still named), a change records what
 * changed with both values, and the list and export show the name — the one kept, else the
 * item's current one for older entries. Actions called as a forged POST would.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import * as officeActions from '@/app/[locale]/(dashboard)/dashboard/offices/actions';
import { createOrgUnitAction, deleteOrgUnitAction, updateOrgUnitAction } from '@/app/[locale]/(dashboard)/dashboard/structure/actions';
import { createTopicAction, deleteTopicAction, updateTopicAction } from '@/app/[locale]/(dashboard)/dashboard/topics/actions';
import { changeRoleAction, disableUserAction } from '@/app/[locale]/(dashboard)/dashboard/users/actions';
import { itemName } from '@/app/[locale]/(dashboard)/dashboard/audit/filter';
import { GET as exportLog } from '@/app/[locale]/(dashboard)/dashboard/audit/export/route';
import { db } from '@/db';
import { listAuditEntries } from '@/db/queries/audit-log';
import { getOrgUnit } from '@/db/queries/org-units';
import { getTopic } from '@/db/queries/topics';
import { auditLog, topics } from '@/db/schema';
import { acting, callAction, succeeded } from './action-harness';
import { insertCountries, insertOffice, insertUser } from './admin-fixtures';

const entryOf = async (action: string, entityId: string) =>
  (await db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId), eq(auditLog.outcome, 'ok'))))[0]!;

/** The name the list shows for the entry, in `locale`. */
const shownName = async (action: string, entityId: string, locale: 'fr' | 'es' = 'fr') => {
  const { rows } = await listAuditEntries({ action, entityId }, 1);
  return rows.map((r) => itemName(r, locale)?.name ?? null);
};

const savedId = (to: string | undefined) => /saved=([0-9a-f-]{36})/.exec(to ?? '')?.[1];

beforeAll(async () => {
  acting.user = await insertUser('admin');
  await insertCountries();
});

describe('an org unit in the audit log', () => {
  it('is named at its creation, a rename and a new translation are recorded old and new, and a deleted one keeps its name', async () => {
    const created = await callAction(createOrgUnitAction, { locale: 'fr', 'texts.fr.name': 'Division des essais QA', position: '3' });
    const id = savedId(created.redirectedTo)!;
    expect((await entryOf('org_unit.create', id)).detail).toMatchObject({ names: { fr: 'Division des essais QA' }, position: 3 });

    const { version } = (await getOrgUnit(id))!;
    const updated = await callAction(updateOrgUnitAction, {
      locale: 'fr',
      id,
      version,
      'texts.fr.name': 'Division des tests QA',
      'texts.es.name': 'División de pruebas QA',
      position: '3',
    });
    expect(succeeded(updated)).toBe(true);
    expect((await entryOf('org_unit.update', id)).detail).toEqual({
      names: { fr: 'Division des tests QA', es: 'División de pruebas QA' },
      changed: {
        'name.fr': { before: 'Division des essais QA', after: 'Division des tests QA' },
        'name.es': { before: null, after: 'División de pruebas QA' },
      },
    });

    // The list it goes back to names it in the interface language (Spanish here).
    expect((await callAction(deleteOrgUnitAction, { locale: 'es', id })).redirectedTo).toBe(`/es/dashboard/structure?deleted=${encodeURIComponent('División de pruebas QA')}`);
    expect((await entryOf('org_unit.delete', id)).detail).toMatchObject({ names: { fr: 'Division des tests QA', es: 'División de pruebas QA' } });
    // Each entry by the name it had then, in the reader's language when it has one.
    expect(await shownName('org_unit.create', id)).toEqual(['Division des essais QA']);
    expect(await shownName('org_unit.delete', id, 'es')).toEqual(['División de pruebas QA']);
  });
});

describe('a topic in the audit log', () => {
  it('records a rename and an address change, and its names when deleted', async () => {
    const id = savedId((await callAction(createTopicAction, { locale: 'fr', 'texts.fr.name': 'Essais QA audit' })).redirectedTo)!;
    const { version } = (await getTopic(id))!;
    const run = await callAction(updateTopicAction, { locale: 'fr', id, version, 'texts.fr.name': 'Tests QA audit', 'texts.fr.slug': 'tests-qa-audit', 'texts.en.name': 'QA audit tests' });
    expect(succeeded(run)).toBe(true);
    expect((await entryOf('topic.update', id)).detail).toMatchObject({
      names: { fr: 'Tests QA audit', en: 'QA audit tests' },
      changed: {
        'name.fr': { before: 'Essais QA audit', after: 'Tests QA audit' },
        'slug.fr': { before: 'essais-qa-audit', after: 'tests-qa-audit' },
        'name.en': { before: null, after: 'QA audit tests' },
      },
    });
    expect(succeeded(await callAction(deleteTopicAction, { locale: 'fr', id }))).toBe(true);
    expect((await entryOf('topic.delete', id)).detail).toMatchObject({ names: { fr: 'Tests QA audit', en: 'QA audit tests' }, slugs: { fr: 'tests-qa-audit' } });
    expect(await shownName('topic.delete', id)).toEqual(['Tests QA audit']);
  });

  it('names an older entry that kept no name by the topic’s current name, and one gone by nothing', async () => {
    const id = savedId((await callAction(createTopicAction, { locale: 'fr', 'texts.fr.name': 'Thème ancien audit' })).redirectedTo)!;
    const gone = '00000000-0000-4000-8000-0000000a0d17';
    await db.insert(auditLog).values([
      { action: 'test.old_topic_entry', entityType: 'topic', entityId: id },
      { action: 'test.old_topic_entry', entityType: 'topic', entityId: gone },
    ]);
    expect(await shownName('test.old_topic_entry', id)).toEqual(['Thème ancien audit']);
    expect(await shownName('test.old_topic_entry', gone)).toEqual([null]);
    await db.delete(topics).where(eq(topics.id, id));
  });
});

describe('an account in the audit log', () => {
  it('is named in a role change (old and new role) and a disable, and in the export’s title column', async () => {
    const person = await insertUser('writer');
    const role = await callAction(changeRoleAction, { locale: 'fr', id: person.id, role: 'editor' });
    expect(succeeded(role)).toBe(true);
    expect((await entryOf('user.change_role', person.id)).detail).toMatchObject({ name: person.name, changed: { role: { before: 'writer', after: 'editor' } } });
    expect(succeeded(await callAction(disableUserAction, { locale: 'fr', id: person.id }))).toBe(true);
    expect((await entryOf('user.disable', person.id)).detail).toMatchObject({ name: person.name, email: person.email });

    const csv = await (await exportLog(new Request(`http://localhost/fr/dashboard/audit/export?action=user.disable&entityId=${person.id}`), { params: Promise.resolve({ locale: 'fr' }) })).text();
    expect(csv.trim().split('\r\n')[1]).toContain(`,${person.id},${person.name},`);
  });
});

describe('an office in the audit log', () => {
  it('records what an edit changed, old and new, and its name when deleted', async () => {
    const id = await insertOffice({ name: 'Bureau QA audit', country: 'UY' });
    const run = await callAction(officeActions.updateOfficeAction, {
      locale: 'fr',
      id,
      version: '1',
      countryCode: 'UY',
      'texts.fr.name': 'Bureau QA audit renommé',
      'texts.fr.city': 'Montevideo',
      'phones.0.number': '+598 2916 8058',
    });
    expect(succeeded(run)).toBe(true);
    const { detail } = await entryOf('office.update', id);
    expect(detail).toMatchObject({ names: { fr: 'Bureau QA audit renommé' }, changed: { 'name.fr': { before: 'Bureau QA audit', after: 'Bureau QA audit renommé' } } });
    expect(succeeded(await callAction(officeActions.deleteOfficeAction, { locale: 'fr', id }))).toBe(true);
    expect(await shownName('office.delete', id)).toEqual(['Bureau QA audit renommé']);
  });
});
