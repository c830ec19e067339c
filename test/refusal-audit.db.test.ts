/**
 * What the audit log keeps of a refused request, called as a forged POST would be (no UI; how the
 * caller is chosen: test/action-harness.ts): a session that no longer counts (account disabled,
 * sign-out forced) still names its person, with why; a request without any session is told apart
 * from the seed's and the importer's entries ("System") in the list and the export; and every
 * refusal, as every allowed change, keeps the client's address and, when it concerns a
 * translation, its language.
 */
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { GET as exportCsv } from '@/app/[locale]/(dashboard)/dashboard/audit/export/route';
import { unnamedActor } from '@/app/[locale]/(dashboard)/dashboard/audit/filter';
import { saveArticleAction, transitionAction } from '@/app/[locale]/(dashboard)/dashboard/articles/actions';
import { disableUserAction, forceSignOutAction } from '@/app/[locale]/(dashboard)/dashboard/users/actions';
import { db } from '@/db';
import type { PublicUser } from '@/db/queries/users';
import { articleTranslations, auditLog } from '@/db/schema';
import { workflowStamp } from '@/lib/articles/workflow';
import arMessages from '@/messages/ar.json';
import { acting, callAction, succeeded } from './action-harness';
import { articleForm, insertCountries, insertOffice, insertUser } from './admin-fixtures';
import { typeset } from '@/lib/typography';

const IP = '198.51.100.23';
const arErrors = arMessages.Errors;
const SIGNED_OUT = typeset('Votre session a pris fin : reconnectez-vous. Votre saisie est conservée ci-dessous.', 'fr');
// Not "sign in again", which a disabled account cannot: said as it is.
const DISABLED = typeset('Votre compte a été désactivé : rien n’a été enregistré, et vous ne pouvez plus vous reconnecter. Votre saisie est conservée ci-dessous ; copiez-la si besoin, et adressez-vous à un administrateur pour rétablir le compte.', 'fr');

let admin: PublicUser;
let officeId: string;
let n = 0;

const release = (o: Record<string, string> = {}) => articleForm(officeId, `Comunicado ${++n}`, 'Texte.', { contentLocale: 'es', dateline: 'Ginebra', ...o });

/** The newest refusal of `action`. */
async function lastDenied(action: string) {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.outcome, 'denied')))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

/** A session opened now, as a sign-in would have issued it. */
const sessionOf = (user: PublicUser) => ({ userId: user.id, issuedAtMs: Date.now() });

/** As the admin, with their own session (no address needed for what they do). */
async function asAdmin(action: unknown, fields: Record<string, string>) {
  const before = { ...acting };
  Object.assign(acting, { user: admin, session: null });
  const run = await callAction(action, { locale: 'fr', ...fields });
  Object.assign(acting, before);
  expect(succeeded(run)).toBe(true);
}

beforeAll(async () => {
  await insertCountries();
  admin = await insertUser('admin');
  officeId = await insertOffice();
});

beforeEach(() => {
  Object.assign(acting, { user: null, session: null, ip: IP });
});

describe('a refusal names whoever sent it', () => {
  it('a writer disabled while the editor is open: told the account is disabled, what was typed kept, recorded under their name and e-mail, with why', async () => {
    const writer = await insertUser('writer');
    acting.session = sessionOf(writer);
    expect(succeeded(await callAction(saveArticleAction, release()))).toBe(true);

    await asAdmin(disableUserAction, { id: writer.id });
    const typed = release();
    const run = await callAction(saveArticleAction, typed);
    expect(run.state).toMatchObject({ status: 'error', formError: DISABLED, values: { title: typed.title, body: typed.body } });
    const entry = await lastDenied('article.save');
    expect(entry).toMatchObject({
      actorId: writer.id,
      actorEmail: writer.email,
      ip: IP,
      locale: 'es',
      detail: { permission: 'article.edit', role: 'anonymous', session: 'account_disabled' },
    });
    expect(unnamedActor(entry!)).toBeNull();
    // In the language of the interface the form was sent from.
    const ar = await callAction(saveArticleAction, release({ locale: 'ar' }));
    expect(ar.state).toMatchObject({ status: 'error', formError: arErrors.accountDisabled });
  });

  it('a session ended by a forced sign-out: recorded under the person, the session said revoked', async () => {
    const writer = await insertUser('writer');
    acting.session = sessionOf(writer);
    expect(succeeded(await callAction(saveArticleAction, release()))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 5)); // the sign-out comes after the session
    await asAdmin(forceSignOutAction, { id: writer.id });
    expect((await callAction(saveArticleAction, release())).state).toMatchObject({ status: 'error', formError: SIGNED_OUT });
    expect(await lastDenied('article.save')).toMatchObject({
      actorId: writer.id,
      actorEmail: writer.email,
      ip: IP,
      detail: { role: 'anonymous', session: 'session_revoked' },
    });
  });

  it('no session at all: no one named, "no session" in the detail, listed as anonymous and not as the system', async () => {
    expect((await callAction(saveArticleAction, release({ contentLocale: 'ar' }))).state).toMatchObject({ status: 'error', formError: SIGNED_OUT });
    const entry = await lastDenied('article.save');
    expect(entry).toMatchObject({ actorId: null, actorEmail: null, ip: IP, locale: 'ar', detail: { role: 'anonymous', session: 'none' } });
    expect(unnamedActor(entry!)).toBe('anonymous');
  });

  it('the export calls an entry from no request "System" and a refusal without a session "Anonymous (no session)"', async () => {
    await db.insert(auditLog).values({ action: 'test.seed', entityType: 'office', entityId: officeId });
    await db.insert(auditLog).values({ action: 'test.seed', outcome: 'denied', ip: IP, detail: { permission: 'office.manage', role: 'anonymous', session: 'none' } });
    acting.user = admin;
    const response = await exportCsv(new Request('http://localhost/fr/dashboard/audit/export?action=test.seed'), { params: Promise.resolve({ locale: 'fr' }) });
    expect(response.status).toBe(200);
    const rows = (await response.text()).trim().split('\r\n').slice(1);
    expect(rows.map((r) => r.split(',').slice(2, 5))).toEqual([
      ['Anonyme (sans session)', '', 'test.seed'],
      ['Système', '', 'test.seed'],
    ]);
  });

  it('an export refused to a disabled account names it too, and tells it so (not to sign in again)', async () => {
    const editor = await insertUser('editor');
    acting.session = sessionOf(editor);
    await asAdmin(disableUserAction, { id: editor.id });
    const response = await exportCsv(new Request('http://localhost/fr/dashboard/audit/export'), { params: Promise.resolve({ locale: 'fr' }) });
    expect(response.status).toBe(403);
    expect(await response.text()).toBe(typeset('Votre compte a été désactivé : vous ne pouvez plus exporter le journal d’audit ni vous reconnecter. Adressez-vous à un administrateur pour rétablir le compte.', 'fr'));
    expect(await lastDenied('audit.export')).toMatchObject({
      actorId: editor.id,
      actorEmail: editor.email,
      ip: IP,
      detail: { permission: 'audit.view', role: 'anonymous', session: 'account_disabled' },
    });
  });
});

describe('a refusal keeps the address and the language', () => {
  it('a writer’s forged publish of a Spanish translation: the refusal has the IP and "es", as the allowed publish has the language', async () => {
    const writer = await insertUser('writer');
    acting.user = writer;
    const f = release({ intent: 'submit' });
    await callAction(saveArticleAction, f);
    const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.title, f.title));
    const step = await callAction(transitionAction, { locale: 'fr', translationId: t!.id, baseVersion: '1', baseState: workflowStamp(t!), transition: 'publish' });
    expect(step.state).toMatchObject({ status: 'error', formError: 'Votre rôle ne vous permet pas de faire cela.' });
    expect(await lastDenied('article.publish')).toMatchObject({
      actorId: writer.id,
      actorEmail: writer.email,
      entityType: 'article_translation',
      entityId: t!.id,
      locale: 'es',
      ip: IP,
      detail: { role: 'writer', reason: 'forbidden', status: 'in_review' },
    });
  });

  it('an allowed change keeps the address too: who did it, and from where', async () => {
    const writer = await insertUser('writer');
    acting.user = writer;
    const f = release();
    await callAction(saveArticleAction, f);
    const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.title, f.title));
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'article.create'), eq(auditLog.entityId, t!.id)));
    expect(entry).toMatchObject({ actorId: writer.id, outcome: 'ok', locale: 'es', ip: IP });
  });

  it('a writer’s forged "save and publish": the same', async () => {
    const writer = await insertUser('writer');
    acting.user = writer;
    await callAction(saveArticleAction, release({ intent: 'publish', contentLocale: 'en' }));
    expect(await lastDenied('article.publish')).toMatchObject({ actorId: writer.id, locale: 'en', ip: IP });
  });

  it('a refusal by the rules (the last admin) keeps the address', async () => {
    acting.user = admin;
    const run = await callAction(disableUserAction, { locale: 'fr', id: admin.id, confirmSelf: 'yes' });
    expect(run.state?.status).toBe('error');
    expect(await lastDenied('user.disable')).toMatchObject({ actorId: admin.id, ip: IP, detail: { role: 'admin', reason: 'last_admin' } });
  });

  it('a role refused by the permission check keeps the address and the form’s content language', async () => {
    const writer = await insertUser('writer');
    acting.user = writer;
    await callAction(disableUserAction, { locale: 'fr', id: admin.id });
    expect(await lastDenied('user.disable')).toMatchObject({ actorId: writer.id, ip: IP, locale: null, detail: { role: 'writer', permission: 'user.manage' } });
  });
});
