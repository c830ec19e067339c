/**
 * The sign-in throttle's count (lib/auth.ts): failed sign-ins of an address within the window,
 * but only those since the account's password was last set or reset, so a person locked out
 * who is given a new one-time link can sign in with the password they choose there.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog, oneTimeTokens, users } from '@/db/schema';
import { insertUser } from '@/test/admin-fixtures';
import { audit, recentFailedSignIns, SIGN_IN_ACTION } from './audit';

const WINDOW = { windowMinutes: 15 };

async function fail(email: string, ip = '10.0.0.1') {
  await audit(db, { action: SIGN_IN_ACTION, actorEmail: email, outcome: 'failed', ip, detail: { reason: 'wrong_password' } });
}

beforeEach(async () => {
  await db.delete(auditLog);
  await db.delete(oneTimeTokens);
  await db.delete(users);
});

describe('recentFailedSignIns', () => {
  it('counts the failures of an address, whatever its case, and of a client address', async () => {
    const user = await insertUser('writer');
    for (let i = 0; i < 3; i++) await fail(user.email.toUpperCase());
    await fail('someone-else@example.org', '10.0.0.2');
    expect(await recentFailedSignIns(db, { email: user.email, ip: '10.0.0.1', ...WINDOW })).toEqual({ byEmail: 3, byIp: 3 });
  });

  it('forgets the failures of an address once its password is set through a link, not those after', async () => {
    const user = await insertUser('writer');
    for (let i = 0; i < 5; i++) await fail(user.email);
    expect((await recentFailedSignIns(db, { email: user.email, ip: null, ...WINDOW })).byEmail).toBe(5);
    // What set-password/actions.ts records when the new password is chosen.
    await audit(db, { action: 'user.set_password', actorId: user.id, actorEmail: user.email, entityType: 'user', entityId: user.id, ip: '10.0.0.9' });
    expect((await recentFailedSignIns(db, { email: user.email, ip: null, ...WINDOW })).byEmail).toBe(0);
    await fail(user.email);
    expect((await recentFailedSignIns(db, { email: user.email, ip: null, ...WINDOW })).byEmail).toBe(1);
  });

  it('forgets them after an admin’s reset too, but not for another account, nor a refused reset', async () => {
    const user = await insertUser('writer');
    const other = await insertUser('editor');
    for (let i = 0; i < 5; i++) {
      await fail(user.email);
      await fail(other.email);
    }
    await audit(db, { action: 'user.reset_password', entityType: 'user', entityId: user.id, outcome: 'ok' });
    await audit(db, { action: 'user.reset_password', entityType: 'user', entityId: other.id, outcome: 'denied' });
    expect((await recentFailedSignIns(db, { email: user.email, ip: null, ...WINDOW })).byEmail).toBe(0);
    expect((await recentFailedSignIns(db, { email: other.email, ip: null, ...WINDOW })).byEmail).toBe(5);
    // The client address still counts every failure: it is not about one account's password.
    expect((await recentFailedSignIns(db, { email: user.email, ip: '10.0.0.1', ...WINDOW })).byIp).toBe(10);
  });
});
