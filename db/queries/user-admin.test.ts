/**
 * Account rules on a real database: the last active admin is never lost (not even to two
 * admins demoting each other at the same moment), one's own account needs a confirmation,
 * and the changes that must end sessions move sessionsValidAfter.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { oneTimeTokens, users } from '@/db/schema';
import { consumeToken } from '@/db/queries/tokens';
import { countActiveAdmins, getUserById, type PublicUser } from '@/db/queries/users';
import { insertUser } from '@/test/admin-fixtures';
import { changeRole, createUser, forceSignOut, resetPassword, setUserStatus, updateUserDetails, userForSetPasswordToken } from './user-admin';

const yes = { confirmSelf: true };
const no = { confirmSelf: false };

beforeEach(async () => {
  await db.delete(oneTimeTokens);
  await db.delete(users);
});

describe('last active admin', () => {
  it('can be neither demoted nor disabled, even by themselves with confirmation', async () => {
    const admin = await insertUser('admin');
    await insertUser('admin', { status: 'disabled' }); // a disabled admin does not count
    expect(await db.transaction((tx) => changeRole(tx, admin, admin.id, 'editor', yes))).toEqual({ ok: false, refusal: 'lastAdmin' });
    expect(await db.transaction((tx) => setUserStatus(tx, admin, admin.id, 'disabled', yes))).toEqual({ ok: false, refusal: 'lastAdmin' });
    expect((await getUserById(admin.id))).toMatchObject({ role: 'admin', status: 'active' });
  });

  it('can be demoted once another admin is active, and then the other one is the last', async () => {
    const a = await insertUser('admin');
    const b = await insertUser('admin');
    expect(await db.transaction((tx) => changeRole(tx, a, b.id, 'editor', no))).toEqual({ ok: true, before: 'admin' });
    expect(await db.transaction((tx) => setUserStatus(tx, a, a.id, 'disabled', yes))).toEqual({ ok: false, refusal: 'lastAdmin' });
    expect(await countActiveAdmins()).toBe(1);
  });

  it('survives two admins demoting each other at the same moment: exactly one wins', async () => {
    const a = await insertUser('admin');
    const b = await insertUser('admin');
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // The first change stays uncommitted for a while; the second starts meanwhile and must
    // wait for it rather than count two active admins.
    const first = db.transaction(async (tx) => {
      const r = await changeRole(tx, a, b.id, 'writer', no);
      await sleep(300);
      return r;
    });
    await sleep(50);
    const second = db.transaction((tx) => setUserStatus(tx, b, a.id, 'disabled', no));
    const results = await Promise.all([first, second]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, refusal: 'lastAdmin' }]);
    expect(await countActiveAdmins()).toBe(1);
  });

  it('does not protect an admin while another is active, nor other roles', async () => {
    const a = await insertUser('admin');
    await insertUser('admin');
    const editor = await insertUser('editor');
    expect((await db.transaction((tx) => setUserStatus(tx, a, editor.id, 'disabled', no))).ok).toBe(true);
    expect((await db.transaction((tx) => changeRole(tx, a, a.id, 'writer', yes))).ok).toBe(true);
  });
});

describe('changes to one’s own account', () => {
  it('are refused without the explicit confirmation', async () => {
    const a = await insertUser('admin');
    await insertUser('admin');
    for (const change of [
      (me: PublicUser) => db.transaction((tx) => changeRole(tx, me, me.id, 'editor', no)),
      (me: PublicUser) => db.transaction((tx) => setUserStatus(tx, me, me.id, 'disabled', no)),
      (me: PublicUser) => db.transaction((tx) => forceSignOut(tx, me, me.id, no)),
      (me: PublicUser) => db.transaction((tx) => resetPassword(tx, me, me.id, no)),
    ]) {
      expect(await change(a)).toEqual({ ok: false, refusal: 'confirmSelf' });
    }
    expect(await getUserById(a.id)).toMatchObject({ role: 'admin', status: 'active', sessionsValidAfter: a.sessionsValidAfter });
  });
});

describe('a role sent unchanged', () => {
  it('changes nothing, even on one’s own account without confirmation or as the last admin', async () => {
    const admin = await insertUser('admin');
    const writer = await insertUser('writer');
    expect(await db.transaction((tx) => changeRole(tx, admin, writer.id, 'writer', no))).toEqual({ ok: true, before: 'writer' });
    expect(await db.transaction((tx) => changeRole(tx, admin, admin.id, 'admin', no))).toEqual({ ok: true, before: 'admin' });
    const [row] = await db.select({ updatedAt: users.updatedAt, createdAt: users.createdAt }).from(users).where(eq(users.id, writer.id));
    expect(row!.updatedAt).toEqual(row!.createdAt);
  });
});

describe('sessions', () => {
  const validAfter = async (id: string) => (await getUserById(id))!.sessionsValidAfter.getTime();

  it('end when the account is disabled, signed out or its password reset, and not when it is enabled again', async () => {
    const admin = await insertUser('admin');
    const editor = await insertUser('editor');
    const t0 = await validAfter(editor.id);
    await new Promise((r) => setTimeout(r, 5));
    await db.transaction((tx) => setUserStatus(tx, admin, editor.id, 'disabled', no));
    const t1 = await validAfter(editor.id);
    expect(t1).toBeGreaterThan(t0);
    await db.transaction((tx) => setUserStatus(tx, admin, editor.id, 'active', no));
    expect(await validAfter(editor.id)).toBe(t1);
    await new Promise((r) => setTimeout(r, 5));
    await db.transaction((tx) => forceSignOut(tx, admin, editor.id, no));
    const t2 = await validAfter(editor.id);
    expect(t2).toBeGreaterThan(t1);
    await new Promise((r) => setTimeout(r, 5));
    await db.transaction((tx) => resetPassword(tx, admin, editor.id, no));
    expect(await validAfter(editor.id)).toBeGreaterThan(t2);
  });
});

describe('details', () => {
  it('an admin corrects a name and an address; the changes are reported and sessions stay valid', async () => {
    const editor = await insertUser('editor', { email: 'old@example.org' });
    const before = (await getUserById(editor.id))!;
    const result = await db.transaction((tx) => updateUserDetails(tx, editor.id, { name: 'Ana María', email: 'ana.maria@example.org', preferredLocale: 'es' }));
    expect(result).toEqual({
      ok: true,
      changed: {
        name: { before: before.name, after: 'Ana María' },
        email: { before: 'old@example.org', after: 'ana.maria@example.org' },
        preferredLocale: { before: before.preferredLocale, after: 'es' },
      },
    });
    const after = (await getUserById(editor.id))!;
    expect([after.name, after.email, after.preferredLocale]).toEqual(['Ana María', 'ana.maria@example.org', 'es']);
    expect(after.sessionsValidAfter.getTime()).toBe(before.sessionsValidAfter.getTime());
  });

  it('refuses an address another account has, whatever its case, and keeps the account as it was', async () => {
    await insertUser('admin', { email: 'ada@example.org' });
    const editor = await insertUser('editor', { email: 'bo@example.org' });
    expect(await db.transaction((tx) => updateUserDetails(tx, editor.id, { name: 'Bo', email: 'ADA@example.org', preferredLocale: 'fr' }))).toEqual({
      ok: false,
      refusal: 'emailTaken',
    });
    expect((await getUserById(editor.id))!.email).toBe('bo@example.org');
  });

  it('accepts the account’s own address in another case, and reports nothing when nothing changed', async () => {
    const editor = await insertUser('editor', { email: 'cy@example.org' });
    const same = (await getUserById(editor.id))!;
    const details = { name: same.name, email: 'cy@example.org', preferredLocale: same.preferredLocale ?? 'fr' };
    await db.update(users).set({ preferredLocale: details.preferredLocale }).where(eq(users.id, editor.id));
    expect(await db.transaction((tx) => updateUserDetails(tx, editor.id, details))).toEqual({ ok: true, changed: {} });
    expect(await db.transaction((tx) => updateUserDetails(tx, editor.id, { ...details, email: 'CY@example.org' }))).toEqual({
      ok: true,
      changed: { email: { before: 'cy@example.org', after: 'CY@example.org' } },
    });
  });

  it('answers "missing" for an account that does not exist', async () => {
    expect(await db.transaction((tx) => updateUserDetails(tx, crypto.randomUUID(), { name: 'X', email: 'x@example.org', preferredLocale: 'fr' }))).toEqual({
      ok: false,
      refusal: 'missing',
    });
  });
});

describe('one-time links', () => {
  it('a new account has no password and a link that opens it once', async () => {
    const admin = await insertUser('admin');
    const created = await db.transaction((tx) => createUser(tx, admin, { name: 'Nadia', email: 'Nadia@Example.org', role: 'writer', preferredLocale: 'ar' }));
    if (!created.ok) throw new Error('not created');
    const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, created.id));
    expect(row?.passwordHash).toBeNull();
    expect((await userForSetPasswordToken(db, created.token))?.user.id).toBe(created.id);
    expect(await consumeToken(db, 'set_password', created.token)).toEqual({ userId: created.id });
    expect(await userForSetPasswordToken(db, created.token)).toBeNull();
  });

  it('refuses a second account with the same e-mail, whatever its case', async () => {
    const admin = await insertUser('admin', { email: 'ada@example.org' });
    expect(await db.transaction((tx) => createUser(tx, admin, { name: 'X', email: 'ADA@example.org', role: 'writer', preferredLocale: 'fr' }))).toEqual({
      ok: false,
      refusal: 'emailTaken',
    });
  });

  it('a reset makes the old password unusable, and a newer link replaces an older one', async () => {
    const admin = await insertUser('admin');
    const editor = await insertUser('editor');
    const first = await db.transaction((tx) => resetPassword(tx, admin, editor.id, no));
    const second = await db.transaction((tx) => resetPassword(tx, admin, editor.id, no));
    if (!first.ok || !second.ok) throw new Error('not reset');
    const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, editor.id));
    expect(row?.passwordHash).toBeNull();
    expect(await userForSetPasswordToken(db, first.token)).toBeNull();
    expect((await userForSetPasswordToken(db, second.token))?.user.id).toBe(editor.id);
  });

  it('a link does not open a disabled account', async () => {
    const admin = await insertUser('admin');
    const editor = await insertUser('editor');
    const reset = await db.transaction((tx) => resetPassword(tx, admin, editor.id, no));
    await db.transaction((tx) => setUserStatus(tx, admin, editor.id, 'disabled', no));
    if (!reset.ok) throw new Error('not reset');
    expect(await userForSetPasswordToken(db, reset.token)).toBeNull();
  });
});
