/**
 * Every administration action is a public endpoint: this calls each one directly (no UI, no
 * page, no layout in front of it) as anonymous, writer, editor and admin, and checks that only
 * the roles issue 4 allows get through, that each refusal is in the audit log
 * with who tried, and that a refused call changed nothing. The CSV export route handler is
 * called the same way. A new action exported from these modules without a case here fails the
 * first test, so the table cannot silently fall behind. How the caller is chosen: see
 * test/action-harness.ts (only `getCurrentUser` is replaced; the rest is the real code).
 */
import { randomBytes } from 'node:crypto';
import { and, count, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import * as auditExport from '@/app/[locale]/(dashboard)/dashboard/audit/export/route';
import * as officeActions from '@/app/[locale]/(dashboard)/dashboard/offices/actions';
import * as pageActions from '@/app/[locale]/(dashboard)/dashboard/pages/actions';
import * as structureActions from '@/app/[locale]/(dashboard)/dashboard/structure/actions';
import * as mediaActions from '@/app/[locale]/(dashboard)/dashboard/media/actions';
import * as topicActions from '@/app/[locale]/(dashboard)/dashboard/topics/actions';
import * as userActions from '@/app/[locale]/(dashboard)/dashboard/users/actions';
import { db } from '@/db';
import { getMedia } from '@/db/queries/media';
import { getOrgUnit } from '@/db/queries/org-units';
import { getTopic } from '@/db/queries/topics';
import { createPage, pageVersionOf } from '@/db/queries/page-writes';
import type { PublicUser } from '@/db/queries/users';
import { auditLog, media, offices, orgUnits, orgUnitTranslations, pageRevisions, pages, topics, topicTranslations } from '@/db/schema';
import { acting, callAction, invalidated, succeeded } from './action-harness';
import { insertCountries, insertOffice, insertUser } from './admin-fixtures';
import { typeset } from '@/lib/typography';

type Role = 'anonymous' | 'writer' | 'editor' | 'admin';
const ROLES: Role[] = ['anonymous', 'writer', 'editor', 'admin'];
const ADMINS: readonly Role[] = ['admin'];
const EDITORS: readonly Role[] = ['editor', 'admin'];
const WRITERS: readonly Role[] = ['writer', 'editor', 'admin'];
const people: Partial<Record<Role, PublicUser>> = {};

let n = 0;
const unique = () => `${++n}-${Date.now()}`;

async function insertUnit(): Promise<string> {
  const [u] = await db.insert(orgUnits).values({ key: `unit-${unique()}` }).returning({ id: orgUnits.id });
  await db.insert(orgUnitTranslations).values({ unitId: u!.id, locale: 'fr', name: `Unité ${n}` });
  return u!.id;
}

async function insertTopic(): Promise<string> {
  const [t] = await db.insert(topics).values({ key: `topic-${unique()}` }).returning({ id: topics.id });
  await db.insert(topicTranslations).values({ topicId: t!.id, locale: 'fr', name: `Thème ${n}`, slug: `theme-${n}` });
  return t!.id;
}

/** An image given by its path (no upload needed to describe or delete one). */
async function insertMedia(): Promise<string> {
  const [m] = await db.insert(media).values({ src: `/images/${unique()}.jpg`, width: 800, height: 600, mimeType: 'image/jpeg' }).returning({ id: media.id });
  return m!.id;
}

/** A new PNG each time (the same bytes twice would find the first upload, which also succeeds). */
async function pngFile(): Promise<File> {
  const { default: sharp } = await import('sharp');
  const shade = ++n % 256;
  const bytes = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: shade, g: 7, b: n >> 8 } } }).png().toBuffer();
  return new File([new Uint8Array(bytes)], `image-${n}.png`, { type: 'image/png' });
}

async function insertPage(): Promise<{ pageId: string; translationId: string }> {
  return db.transaction((tx) => createPage(tx, people.admin!, { title: `Page ${unique()}`, slug: '', parentId: null, position: 0 }));
}

interface Case {
  /** The audit action name a refusal is recorded under (defineAction's `name`). */
  name: string;
  /** Who may, as issue 4 says (not read from the permission table, which this checks). */
  allowed: readonly Role[];
  action: unknown;
  /** Fresh, valid input: an allowed caller must succeed with it. */
  fields: () => Promise<Record<string, string | File>>;
}

const CASES: Record<string, Case> = {
  createOfficeAction: {
    name: 'office.create',
    allowed: ADMINS,
    action: officeActions.createOfficeAction,
    fields: async () => ({ countryCode: 'UY', 'texts.fr.name': `Bureau ${unique()}`, 'texts.fr.city': 'Montevideo', 'phones.0.number': '+598 2916 8043' }),
  },
  updateOfficeAction: {
    name: 'office.update',
    allowed: ADMINS,
    action: officeActions.updateOfficeAction,
    fields: async () => ({ id: await insertOffice(), version: '1', countryCode: 'UY', 'texts.fr.name': `Bureau ${unique()}`, 'texts.fr.city': 'Salto' }),
  },
  archiveOfficeAction: { name: 'office.archive', allowed: ADMINS, action: officeActions.archiveOfficeAction, fields: async () => ({ id: await insertOffice() }) },
  restoreOfficeAction: { name: 'office.restore', allowed: ADMINS, action: officeActions.restoreOfficeAction, fields: async () => ({ id: await insertOffice() }) },
  deleteOfficeAction: { name: 'office.delete', allowed: ADMINS, action: officeActions.deleteOfficeAction, fields: async () => ({ id: await insertOffice() }) },
  createUserAction: {
    name: 'user.create',
    allowed: ADMINS,
    action: userActions.createUserAction,
    fields: async () => ({ name: 'Nouvelle Personne', email: `new-${unique()}@example.org`, role: 'writer', preferredLocale: 'fr' }),
  },
  updateUserAction: {
    name: 'user.update',
    allowed: ADMINS,
    action: userActions.updateUserAction,
    fields: async () => ({ id: (await insertUser('writer')).id, name: 'Nom corrigé', email: `fixed-${unique()}@example.org`, preferredLocale: 'es' }),
  },
  changeRoleAction: { name: 'user.change_role', allowed: ADMINS, action: userActions.changeRoleAction, fields: async () => ({ id: (await insertUser('writer')).id, role: 'editor' }) },
  disableUserAction: { name: 'user.disable', allowed: ADMINS, action: userActions.disableUserAction, fields: async () => ({ id: (await insertUser('editor')).id }) },
  enableUserAction: {
    name: 'user.enable',
    allowed: ADMINS,
    action: userActions.enableUserAction,
    fields: async () => ({ id: (await insertUser('editor', { status: 'disabled' })).id }),
  },
  forceSignOutAction: { name: 'user.force_sign_out', allowed: ADMINS, action: userActions.forceSignOutAction, fields: async () => ({ id: (await insertUser('writer')).id }) },
  resetPasswordAction: { name: 'user.reset_password', allowed: ADMINS, action: userActions.resetPasswordAction, fields: async () => ({ id: (await insertUser('writer')).id }) },
  createOrgUnitAction: {
    name: 'org_unit.create',
    allowed: EDITORS,
    action: structureActions.createOrgUnitAction,
    fields: async () => ({ 'texts.fr.name': `Unité ${unique()}`, position: '0' }),
  },
  updateOrgUnitAction: {
    name: 'org_unit.update',
    allowed: EDITORS,
    action: structureActions.updateOrgUnitAction,
    fields: async () => {
      const id = await insertUnit();
      return { id, version: (await getOrgUnit(id))!.version, 'texts.fr.name': `Renommée ${unique()}`, position: '1' };
    },
  },
  deleteOrgUnitAction: { name: 'org_unit.delete', allowed: EDITORS, action: structureActions.deleteOrgUnitAction, fields: async () => ({ id: await insertUnit() }) },
  createTopicAction: { name: 'topic.create', allowed: EDITORS, action: topicActions.createTopicAction, fields: async () => ({ 'texts.fr.name': `Thème ${unique()}` }) },
  updateTopicAction: {
    name: 'topic.update',
    allowed: EDITORS,
    action: topicActions.updateTopicAction,
    fields: async () => {
      const id = await insertTopic();
      return { id, version: (await getTopic(id))!.version, 'texts.fr.name': `Renommé ${unique()}` };
    },
  },
  deleteTopicAction: { name: 'topic.delete', allowed: EDITORS, action: topicActions.deleteTopicAction, fields: async () => ({ id: await insertTopic() }) },
  createPageAction: { name: 'page.create', allowed: EDITORS, action: pageActions.createPageAction, fields: async () => ({ title: `Nouvelle page ${unique()}`, position: '0' }) },
  savePageAction: {
    name: 'page.save',
    allowed: EDITORS,
    action: pageActions.savePageAction,
    fields: async () => ({ pageId: (await insertPage()).pageId, contentLocale: 'es', title: `Página ${unique()}`, body: '', intent: 'publish' }),
  },
  publishPageAction: {
    name: 'page.publish',
    allowed: EDITORS,
    action: pageActions.publishPageAction,
    fields: async () => ({ translationId: (await insertPage()).translationId, baseVersion: '1', publish: '1' }),
  },
  restorePageRevisionAction: {
    name: 'page.restore',
    allowed: EDITORS,
    action: pageActions.restorePageRevisionAction,
    fields: async () => {
      const { translationId } = await insertPage();
      const [rev] = await db.select({ id: pageRevisions.id }).from(pageRevisions).where(eq(pageRevisions.translationId, translationId));
      return { translationId, baseVersion: '1', revisionId: rev!.id };
    },
  },
  updatePageSettingsAction: {
    name: 'page.settings',
    allowed: EDITORS,
    action: pageActions.updatePageSettingsAction,
    fields: async () => {
      const { pageId } = await insertPage();
      const [row] = await db.select({ version: pageVersionOf }).from(pages).where(eq(pages.id, pageId));
      return { id: pageId, version: row!.version, parentId: '', position: '3' };
    },
  },
  translatePageAction: { name: 'page.translate', allowed: EDITORS, action: pageActions.translatePageAction, fields: async () => ({ pageId: (await insertPage()).pageId, contentLocale: 'es' }) },
  deletePageAction: { name: 'page.delete', allowed: EDITORS, action: pageActions.deletePageAction, fields: async () => ({ id: (await insertPage()).pageId }) },
  uploadMediaAction: { name: 'media.upload', allowed: WRITERS, action: mediaActions.uploadMediaAction, fields: async () => ({ file: await pngFile(), 'texts.fr.alt': 'Un carré' }) },
  updateMediaAction: {
    name: 'media.update',
    allowed: WRITERS,
    action: mediaActions.updateMediaAction,
    fields: async () => {
      const id = await insertMedia();
      return { id, version: (await getMedia(id))!.version, 'texts.fr.alt': `Décrite ${unique()}` };
    },
  },
  uploadBodyImageAction: { name: 'media.upload', allowed: WRITERS, action: mediaActions.uploadBodyImageAction, fields: async () => ({ file: await pngFile(), contentLocale: 'fr' }) },
  describeBodyImageAction: {
    name: 'media.update',
    allowed: WRITERS,
    action: mediaActions.describeBodyImageAction,
    fields: async () => {
      const src = `/media/${randomBytes(16).toString('hex')}.jpg`;
      await db.insert(media).values({ src, width: 800, height: 600, mimeType: 'image/jpeg' });
      return { src, contentLocale: 'es', alt: `Descrita ${unique()}` };
    },
  },
  deleteMediaAction: { name: 'media.delete', allowed: EDITORS, action: mediaActions.deleteMediaAction, fields: async () => ({ id: await insertMedia() }) },
};

/**
 * Who asks: the role's person, or no one, each anonymous call from an address of its own — past
 * a few from one address, refusals that name no one are counted in one entry rather than each
 * written (db/queries/audit.ts `auditRefusal`; test/refusal-flood.db.test.ts).
 */
let addresses = 0;
function actAs(role: Role): PublicUser | undefined {
  const who = role === 'anonymous' ? undefined : people[role];
  acting.user = who ?? null;
  acting.ip = who ? null : `2001:db8::${(++addresses).toString(16)}`;
  return who;
}

async function deniedCount(name: string, who: PublicUser | undefined): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, name), eq(auditLog.outcome, 'denied'), who ? eq(auditLog.actorId, who.id) : isNull(auditLog.actorId)));
  return row?.n ?? 0;
}

beforeAll(async () => {
  await insertCountries();
  people.writer = await insertUser('writer');
  people.editor = await insertUser('editor');
  people.admin = await insertUser('admin');
  // A second admin, so that no case runs into the last-admin rule.
  await insertUser('admin');
});

describe('the table covers every administration action', () => {
  it('has a case for each exported action and nothing else', () => {
    const exported = [officeActions, userActions, structureActions, topicActions, pageActions, mediaActions].flatMap((m) => Object.entries(m).filter(([, v]) => typeof v === 'function').map(([k]) => k));
    expect(exported.sort()).toEqual(Object.keys(CASES).sort());
  });
});

describe.each(Object.entries(CASES))('%s', (_key, c) => {
  it.each(ROLES)('as %s', async (role) => {
    const who = actAs(role);
    const allowed = c.allowed.includes(role);
    const before = await deniedCount(c.name, who);
    const fields = await c.fields();
    const run = await callAction(c.action, { locale: 'fr', ...fields });
    if (allowed) {
      expect(run.state?.status === 'error' ? run.state : 'ok').toBe('ok');
      expect(succeeded(run)).toBe(true);
      expect(await deniedCount(c.name, who)).toBe(before);
    } else {
      expect(run.state).toMatchObject({
        status: 'error',
        formError: who ? 'Votre rôle ne vous permet pas de faire cela.' : expect.stringContaining('reconnectez-vous'),
      });
      expect(await deniedCount(c.name, who)).toBe(before + 1);
    }
  });
});

describe('refused calls change nothing', () => {
  it('a writer cannot delete, archive or edit an office, and an editor cannot either', async () => {
    for (const role of ['writer', 'editor'] as const) {
      acting.user = people[role]!;
      const id = await insertOffice({ name: `Intouchable ${unique()}` });
      await callAction(officeActions.deleteOfficeAction, { locale: 'fr', id });
      await callAction(officeActions.archiveOfficeAction, { locale: 'fr', id });
      await callAction(officeActions.updateOfficeAction, { locale: 'fr', id, version: '1', countryCode: 'FR', 'texts.fr.name': 'Piraté', 'texts.fr.city': 'X' });
      const [row] = await db.select({ status: offices.status, countryCode: offices.countryCode, version: offices.version }).from(offices).where(eq(offices.id, id));
      expect(row).toEqual({ status: 'active', countryCode: 'UY', version: 1 });
    }
  });

  it('a writer cannot give themselves the admin role', async () => {
    acting.user = people.writer!;
    const run = await callAction(userActions.changeRoleAction, { locale: 'fr', id: people.writer!.id, role: 'admin', confirmSelf: 'yes' });
    expect(run.state?.status).toBe('error');
    const [row] = await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, 'user.change_role'), eq(auditLog.outcome, 'ok'), eq(auditLog.entityId, people.writer!.id)));
    expect(row?.n).toBe(0);
  });
});

describe('a page edit expires the navigation of its language', () => {
  it('a writer’s rename of a Spanish page is refused and changes nothing; an editor’s shows at once', async () => {
    const { pageId } = await insertPage();
    const fields = { locale: 'es', pageId, contentLocale: 'es', title: 'Quiénes somos hoy', body: '', intent: 'publish' };
    acting.user = people.writer!;
    expect((await callAction(pageActions.savePageAction, fields)).state?.status).toBe('error');
    expect(await db.select().from(pageRevisions).where(eq(pageRevisions.title, 'Quiénes somos hoy'))).toEqual([]);
    acting.user = people.editor!;
    invalidated.splice(0);
    expect(succeeded(await callAction(pageActions.savePageAction, fields))).toBe(true);
    expect(invalidated).toEqual(['pages:es']);
  });
});

describe('an office edit expires what shows the office', () => {
  it('invalidates the directory and the office, hence every release citing it in every locale', async () => {
    acting.user = people.admin!;
    const id = await insertOffice();
    invalidated.splice(0);
    const run = await callAction(officeActions.updateOfficeAction, { locale: 'fr', id, version: '1', countryCode: 'UY', 'texts.fr.name': 'Bureau corrigé', 'texts.fr.city': 'Montevideo', 'phones.0.number': '+598 2916 8058' });
    expect(succeeded(run)).toBe(true);
    expect(invalidated.sort()).toEqual(['offices', `office:${id}`].sort());
  });
});

describe('archiving an office twice, or one that is gone', () => {
  it('a second archive changes nothing and says so in its entry; a missing office is refused', async () => {
    acting.user = people.admin!;
    const id = await insertOffice();
    expect(succeeded(await callAction(officeActions.archiveOfficeAction, { locale: 'fr', id }))).toBe(true);
    invalidated.splice(0);
    expect(succeeded(await callAction(officeActions.archiveOfficeAction, { locale: 'fr', id }))).toBe(true);
    expect(invalidated).toEqual([]);
    const entries = await db.select({ detail: auditLog.detail }).from(auditLog).where(and(eq(auditLog.action, 'office.archive'), eq(auditLog.entityId, id))).orderBy(auditLog.at);
    // Both name the office; the second says it changed nothing.
    expect(entries.map((e) => e.detail?.unchanged ?? false)).toEqual([false, true]);
    expect(entries.every((e) => (e.detail?.names as Record<string, string> | undefined)?.fr)).toBe(true);

    const gone = '00000000-0000-4000-8000-000000000000';
    const run = await callAction(officeActions.restoreOfficeAction, { locale: 'fr', id: gone });
    expect(run.state).toMatchObject({ status: 'error', formError: 'Ce bureau n’existe plus.' });
    const [ok] = await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, 'office.restore'), eq(auditLog.entityId, gone), eq(auditLog.outcome, 'ok')));
    expect(ok?.n).toBe(0);
  });
});

describe('CSV export of the audit log (route handler)', () => {
  it.each(ROLES)('as %s', async (role) => {
    const who = actAs(role);
    const before = await deniedCount('audit.export', who);
    const response = await auditExport.GET(new Request('http://localhost/fr/dashboard/audit/export?outcome=denied'), {
      params: Promise.resolve({ locale: 'fr' }),
    });
    if (role === 'admin') {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = new Uint8Array(await response.arrayBuffer());
      // UTF-8 byte order mark, for spreadsheets; decoding drops it.
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text.startsWith('N°,Date et heure (UTC),Nom,E-mail,Action')).toBe(true);
      // The refusals recorded above are in it.
      expect(text).toContain(',office.delete,');
      expect(text).toContain(',denied,');
      expect(await deniedCount('audit.export', who)).toBe(before);
    } else {
      expect(response.status).toBe(who ? 403 : 401);
      expect(await deniedCount('audit.export', who)).toBe(before + 1);
    }
  });

  // QA: `?from=2026-02-31` answered 200, sent the header row, then reset the connection after
  // PostgreSQL refused the date, with an `ok` export in the log all the same.
  it.each([
    ['fr', 'from=2026-02-31', typeset('Export impossible : un champ du filtre n’est pas valide.', 'fr'), typeset('Du : Cette date n’existe pas', 'fr')],
    ['en', 'to=2026-13-01', 'Cannot export: a field of the filter is not valid.', 'To: This date does not exist'],
    ['es', 'from=0000-01-01', 'No se puede exportar: un campo del filtro no es válido.', 'Desde: Esta fecha no existe'],
    ['ar', 'from=2026-12-01&to=2026-01-01', 'تعذّر التصدير', 'إلى: هذا التاريخ يسبق تاريخ حقل «من»'],
  ] as const)('as admin in %s, refuses %s with a 400 before any CSV byte, and logs no export', async (locale, query, first, line) => {
    acting.user = people.admin!;
    const exports = async () => (await db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'audit.export')))[0]!.n;
    const before = await exports();
    const response = await auditExport.GET(new Request(`http://localhost/${locale}/dashboard/audit/export?${query}`), {
      params: Promise.resolve({ locale }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBeNull();
    const text = await response.text();
    expect(text.startsWith(first)).toBe(true);
    expect(text).toContain(line);
    expect(await exports()).toBe(before);
  });
});
