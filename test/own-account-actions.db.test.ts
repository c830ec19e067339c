/**
 * "My account" (dashboard/account): every signed-in person, whatever their role, renames
 * themselves and changes their own password, the current one asked first. A wrong current
 * password is a failed guess, logged and counted against the sign-in's own limits; once
 * changed, the account's other sessions end. Called as a forged POST would (test/action-harness.ts).
 */
import { and, desc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));
// Signing in again with the new password is Auth.js's, not what these tests are about.
vi.mock('@/lib/auth', () => ({ signIn: vi.fn(async () => undefined) }));
vi.mock('next-auth', () => ({ CredentialsSignin: class CredentialsSignin extends Error {} }));

import { changeOwnPasswordAction, updateOwnNameAction } from '@/app/[locale]/(dashboard)/dashboard/account/actions';
import { db } from '@/db';
import { recentFailedSignIns, THROTTLE } from '@/db/queries/audit';
import { getCredentialsByEmail, getUserById, type PublicUser } from '@/db/queries/users';
import { auditLog, users } from '@/db/schema';
import { signIn } from '@/lib/auth';
import { hashPassword, verifyPassword } from '@/lib/password';
import { sessionStanding } from '@/lib/requester';
import { acting, callAction } from './action-harness';
import { insertUser } from './admin-fixtures';

const CURRENT = 'ancienne phrase de passe';
const NEW = 'une nouvelle phrase assez longue';
const IP = '192.0.2.44';

const entries = async (userId: string, action: string) =>
  db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, userId))).orderBy(desc(auditLog.id));

const hashOf = async (user: PublicUser) => (await getCredentialsByEmail(user.email))!.passwordHash;

let me: PublicUser;

beforeEach(async () => {
  vi.mocked(signIn).mockClear();
  me = await insertUser('writer');
  await db.update(users).set({ passwordHash: await hashPassword(CURRENT) }).where(eq(users.id, me.id));
  acting.user = me;
  acting.session = null;
  acting.ip = IP;
});

const change = (fields: Partial<Record<'currentPassword' | 'password' | 'passwordConfirm', string>>) =>
  callAction(changeOwnPasswordAction, { locale: 'fr', currentPassword: CURRENT, password: NEW, passwordConfirm: NEW, ...fields });

describe('own name', () => {
  it('a writer renames themselves; the log says who and what changed', async () => {
    const run = await callAction(updateOwnNameAction, { locale: 'fr', name: '  Amina Diallo ' });
    expect(run.redirectedTo).toBe('/fr/dashboard/account?done=nameSaved');
    expect((await getUserById(me.id))!.name).toBe('Amina Diallo');
    const [entry] = await entries(me.id, 'user.update');
    expect(entry).toMatchObject({ actorId: me.id, outcome: 'ok', detail: { changed: { name: { before: me.name, after: 'Amina Diallo' } } } });
  });

  it('the same name is said as nothing to save; an empty one is refused at its field', async () => {
    expect((await callAction(updateOwnNameAction, { locale: 'fr', name: me.name })).redirectedTo).toBe('/fr/dashboard/account?done=nameUnchanged');
    const empty = await callAction(updateOwnNameAction, { locale: 'en', name: '   ' });
    expect(empty.state).toMatchObject({ status: 'error', fieldErrors: { name: 'This field is required.' } });
    expect((await getUserById(me.id))!.name).toBe(me.name);
  });

  it('only renames the one asking: an id sent along is not read', async () => {
    const other = await insertUser('editor');
    await callAction(updateOwnNameAction, { locale: 'fr', id: other.id, name: 'Quelqu’un d’autre' });
    expect((await getUserById(other.id))!.name).toBe(other.name);
    expect((await getUserById(me.id))!.name).toBe('Quelqu’un d’autre');
  });

  it('is refused without a session', async () => {
    acting.user = null;
    const run = await callAction(updateOwnNameAction, { locale: 'fr', name: 'Personne' });
    expect(run.state?.status).toBe('error');
    expect((await getUserById(me.id))!.name).toBe(me.name);
  });
});

describe('own password', () => {
  it('changes it, ends the other sessions and signs this one in again with the new one', async () => {
    const before = (await getUserById(me.id))!.sessionsValidAfter;
    const elsewhere = { userId: me.id, issuedAtMs: Date.now() - 1_000 };
    const run = await change({});
    expect(run.redirectedTo).toBe('/fr/dashboard/account?done=passwordChanged');
    expect(await verifyPassword(await hashOf(me), NEW)).toBe(true);
    expect(await verifyPassword(await hashOf(me), CURRENT)).toBe(false);
    expect((await getUserById(me.id))!.sessionsValidAfter.getTime()).toBeGreaterThan(before.getTime());
    expect((await sessionStanding(elsewhere)).ended?.reason).toBe('session_revoked');
    expect(signIn).toHaveBeenCalledWith('credentials', { email: me.email, password: NEW, redirect: false });
    const [entry] = await entries(me.id, 'user.change_password');
    expect(entry).toMatchObject({ actorId: me.id, outcome: 'ok', ip: IP });
    expect(JSON.stringify(entry!.detail)).not.toContain(NEW);
  });

  it('refuses a wrong current password at its field, logs the failed guess and changes nothing', async () => {
    const stored = await hashOf(me);
    const run = await change({ currentPassword: 'pas le bon mot de passe' });
    expect(run.state).toMatchObject({ status: 'error', fieldErrors: { currentPassword: 'Ce n’est pas votre mot de passe actuel.' } });
    expect(await hashOf(me)).toBe(stored);
    expect(signIn).not.toHaveBeenCalled();
    const [entry] = await entries(me.id, 'user.change_password');
    expect(entry).toMatchObject({ actorId: me.id, outcome: 'failed', ip: IP, detail: { reason: 'wrong_password' } });
  });

  it('refuses a new password that is the current one, or not typed the same twice, at its field', async () => {
    expect((await change({ password: CURRENT, passwordConfirm: CURRENT })).state).toMatchObject({
      fieldErrors: { password: 'Choisissez un mot de passe différent de l’actuel.' },
    });
    expect((await change({ passwordConfirm: `${NEW}!` })).state).toMatchObject({ fieldErrors: { passwordConfirm: 'Les deux mots de passe ne sont pas identiques.' } });
    expect((await change({ password: 'court', passwordConfirm: 'court' })).state).toMatchObject({ fieldErrors: { password: expect.stringMatching(/12 caractères au moins/) } });
    expect(await verifyPassword(await hashOf(me), CURRENT)).toBe(true);
  });

  it('counts wrong current passwords with failed sign-ins: past the limit, even the right one is refused', async () => {
    for (let i = 0; i < THROTTLE.perEmail; i++) await change({ currentPassword: `mauvais ${i}` });
    expect((await recentFailedSignIns(db, { email: me.email, ip: null, windowMinutes: THROTTLE.windowMinutes })).byEmail).toBe(THROTTLE.perEmail);
    const run = await change({});
    expect(run.state).toMatchObject({ status: 'error', fieldErrors: { currentPassword: expect.stringMatching(/^Trop de tentatives infructueuses/) } });
    expect(await verifyPassword(await hashOf(me), CURRENT)).toBe(true);
    expect((await entries(me.id, 'user.change_password'))[0]).toMatchObject({ outcome: 'denied', detail: { reason: 'throttled' } });
  });

  it('once changed, the guesses before it no longer count against signing in', async () => {
    for (let i = 0; i < 3; i++) await change({ currentPassword: `mauvais ${i}` });
    await change({});
    expect((await recentFailedSignIns(db, { email: me.email, ip: null, windowMinutes: THROTTLE.windowMinutes })).byEmail).toBe(0);
  });
});
