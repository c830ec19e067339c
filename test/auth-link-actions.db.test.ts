/**
 * The two forms anyone may post without a session — choosing a password through a one-time
 * link, creating the first admin — spend Argon2id's time and memory only for someone holding a
 * live link: a made-up token, a used one or a setup once an admin exists is refused before any
 * hashing. Called as a forged POST would (test/action-harness.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('server-only', () => ({}));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '192.0.2.10' }) }));
// Signing in after the password is set is Auth.js's, not what these tests are about.
vi.mock('@/lib/auth', () => ({ signIn: vi.fn(async () => undefined) }));
vi.mock('next-auth', () => ({ CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock('@/lib/password', async (original) => {
  const actual = await original<typeof import('@/lib/password')>();
  return { ...actual, hashPassword: vi.fn(actual.hashPassword) };
});

import { setPasswordAction } from '@/app/[locale]/(auth)/set-password/actions';
import { setupAction } from '@/app/[locale]/(auth)/setup/actions';
import { db } from '@/db';
import { issueToken } from '@/db/queries/tokens';
import { getCredentialsByEmail } from '@/db/queries/users';
import { auditLog, oneTimeTokens, users } from '@/db/schema';
import { hashPassword } from '@/lib/password';
import { callAction } from './action-harness';
import { insertUser } from './admin-fixtures';
import { typeset } from '@/lib/typography';

const hashed = vi.mocked(hashPassword);
const PASSWORD = 'une phrase assez longue';

beforeEach(async () => {
  hashed.mockClear();
  await db.delete(oneTimeTokens);
  await db.delete(auditLog);
  await db.delete(users);
});

describe('set-password link', () => {
  it('refuses a made-up or used token without hashing the password', async () => {
    const made = await callAction(setPasswordAction, { locale: 'fr', token: 'made-up-token-000000000000', password: PASSWORD, passwordConfirm: PASSWORD });
    expect(made.state).toMatchObject({ status: 'error', formError: expect.stringMatching(/^Ce lien n’est pas valide/) });
    expect(hashed).not.toHaveBeenCalled();

    const user = await insertUser('writer');
    const token = await issueToken(db, { purpose: 'set_password', userId: user.id, hours: 1 });
    const used = await callAction(setPasswordAction, { locale: 'fr', token, password: PASSWORD, passwordConfirm: PASSWORD });
    expect(used.redirectedTo).toBe('/fr/dashboard');
    expect(hashed).toHaveBeenCalledTimes(1);
    expect((await getCredentialsByEmail(user.email))?.passwordHash).toMatch(/^\$argon2id\$/);

    const again = await callAction(setPasswordAction, { locale: 'fr', token, password: PASSWORD, passwordConfirm: PASSWORD });
    expect(again.state).toMatchObject({ status: 'error', formError: expect.stringMatching(/^Ce lien n’est pas valide/) });
    expect(hashed).toHaveBeenCalledTimes(1);
  });
});

describe('first-admin setup', () => {
  it('refuses once an admin exists, even with a live setup link, without hashing the password', async () => {
    const token = await issueToken(db, { purpose: 'setup', hours: 1 });
    await insertUser('admin');
    const run = await callAction(setupAction, { locale: 'fr', token, name: 'Intruse', email: 'intruse@example.org', password: PASSWORD, passwordConfirm: PASSWORD });
    expect(run.state).toMatchObject({ status: 'error', values: { name: 'Intruse', email: 'intruse@example.org' } });
    expect(hashed).not.toHaveBeenCalled();
    expect(await getCredentialsByEmail('intruse@example.org')).toBeNull();
  });

  it('says at the e-mail field that an account made before holds the address, and keeps the link', async () => {
    const token = await issueToken(db, { purpose: 'setup', hours: 1 });
    const writer = await insertUser('writer');
    const taken = await callAction(setupAction, { locale: 'fr', token, name: 'Ada', email: writer.email.toUpperCase(), password: PASSWORD, passwordConfirm: PASSWORD });
    expect(taken.state).toMatchObject({
      status: 'error',
      fieldErrors: { email: typeset('Un compte utilise déjà cette adresse e-mail : choisissez-en une autre pour le premier administrateur.', 'fr') },
      values: { name: 'Ada', email: writer.email.toUpperCase() },
    });
    expect(hashed).not.toHaveBeenCalled();
    // The link still works, with another address.
    const real = await callAction(setupAction, { locale: 'fr', token, name: 'Ada', email: 'ada@example.org', password: PASSWORD, passwordConfirm: PASSWORD });
    expect(real.redirectedTo).toBe('/fr/dashboard');
  });

  it('refuses a made-up link without hashing, and creates the admin with the printed one', async () => {
    const token = await issueToken(db, { purpose: 'setup', hours: 1 });
    const made = await callAction(setupAction, { locale: 'fr', token: 'made-up', name: 'Ada', email: 'ada@example.org', password: PASSWORD, passwordConfirm: PASSWORD });
    expect(made.state).toMatchObject({ status: 'error' });
    expect(hashed).not.toHaveBeenCalled();
    const real = await callAction(setupAction, { locale: 'fr', token, name: 'Ada', email: 'ada@example.org', password: PASSWORD, passwordConfirm: PASSWORD });
    expect(real.redirectedTo).toBe('/fr/dashboard');
    expect(hashed).toHaveBeenCalledTimes(1);
    expect(await getCredentialsByEmail('ada@example.org')).toMatchObject({ role: 'admin' });
  });
});
