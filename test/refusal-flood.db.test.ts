/**
 * The audit log cannot be flooded by requests that name no one (db/queries/audit.ts
 * `auditRefusal`): a script calling the actions without a session, as a forged POST would (how
 * the caller is chosen: test/action-harness.ts), gets each refused, but past
 * UNNAMED_REFUSALS.perIp from its address only one more entry is written, counting the rest;
 * another address is not affected, a refusal that names someone is always written, and so is
 * every failed sign-in (which the sign-in throttle counts).
 */
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { GET as exportCsv } from '@/app/[locale]/(dashboard)/dashboard/audit/export/route';
import { disableUserAction, forceSignOutAction } from '@/app/[locale]/(dashboard)/dashboard/users/actions';
import { db } from '@/db';
import { auditRefusal, recentFailedSignIns, SIGN_IN_ACTION, SUPPRESSED_ACTION, UNNAMED_REFUSALS } from '@/db/queries/audit';
import type { PublicUser } from '@/db/queries/users';
import { auditLog } from '@/db/schema';
import { acting, callAction } from './action-harness';
import { insertUser } from './admin-fixtures';

const CAP = UNNAMED_REFUSALS.perIp;
const MORE = 3;
let admin: PublicUser;
let writer: PublicUser;
let n = 0;
/** An address of its own for each test (documentation range). */
const newIp = () => `192.0.2.${++n}`;

/** The entries from an address (null: those with none), oldest first. */
async function entriesFrom(ip: string | null) {
  return db
    .select()
    .from(auditLog)
    .where(ip === null ? isNull(auditLog.ip) : eq(auditLog.ip, ip))
    .orderBy(asc(auditLog.id));
}

/** Refused as anonymous, with the answer a person whose session ended is given. */
async function anonymousCall(action: unknown, fields: Record<string, string>) {
  const run = await callAction(action, { locale: 'fr', ...fields });
  expect(run.state).toMatchObject({ status: 'error', formError: expect.stringContaining('reconnectez-vous') });
}

beforeAll(async () => {
  admin = await insertUser('admin');
  writer = await insertUser('writer');
});

beforeEach(() => {
  Object.assign(acting, { user: null, session: null, ip: null });
});

describe('refusals that name no one, from one address', () => {
  it(`past ${CAP}, are counted in one entry, with which actions and when; the next address is written as before`, async () => {
    const ip = newIp();
    acting.ip = ip;
    // Two actions, then the export route: a script trying whatever it finds.
    for (let i = 0; i < CAP - 1; i++) await anonymousCall(disableUserAction, { id: admin.id });
    await anonymousCall(forceSignOutAction, { id: admin.id });
    for (let i = 0; i < MORE - 1; i++) await anonymousCall(forceSignOutAction, { id: admin.id });
    const response = await exportCsv(new Request('http://localhost/fr/dashboard/audit/export'), { params: Promise.resolve({ locale: 'fr' }) });
    expect(response.status).toBe(401);

    const rows = await entriesFrom(ip);
    const singles = rows.filter((r) => r.action !== SUPPRESSED_ACTION);
    expect(singles).toHaveLength(CAP);
    expect(singles.every((r) => r.outcome === 'denied' && r.actorId === null && r.detail?.session === 'none')).toBe(true);
    expect(singles.filter((r) => r.action === 'user.force_sign_out')).toHaveLength(1);

    const summaries = rows.filter((r) => r.action === SUPPRESSED_ACTION);
    expect(summaries).toHaveLength(1);
    const [summary] = summaries;
    expect(summary).toMatchObject({ outcome: 'denied', actorId: null, actorEmail: null, ip });
    expect(summary!.detail).toMatchObject({ role: 'anonymous', count: MORE, actions: { 'user.force_sign_out': MORE - 1, 'audit.export': 1 } });
    const { from, to } = summary!.detail as { from: string; to: string };
    expect(Date.parse(from)).toBeLessThanOrEqual(Date.parse(to));
    expect(Date.parse(from)).toBeGreaterThanOrEqual(singles.at(-1)!.at.getTime());

    // Another address is not affected.
    const other = newIp();
    acting.ip = other;
    await anonymousCall(disableUserAction, { id: admin.id });
    const fromOther = await entriesFrom(other);
    expect(fromOther.map((r) => r.action)).toEqual(['user.disable']);
  });

  it('without an address, they are one bucket, capped the same way', async () => {
    const before = (await entriesFrom(null)).length;
    for (let i = 0; i < CAP + 1; i++) await anonymousCall(disableUserAction, { id: admin.id });
    const rows = (await entriesFrom(null)).slice(before);
    expect(rows.filter((r) => r.action === 'user.disable')).toHaveLength(CAP);
    expect(rows.filter((r) => r.action === SUPPRESSED_ACTION).map((r) => r.detail)).toMatchObject([{ count: 1, actions: { 'user.disable': 1 } }]);
  });

  it('a signed-in person refused from that address is always written, under their name', async () => {
    const ip = newIp();
    acting.ip = ip;
    for (let i = 0; i < CAP + 1; i++) await anonymousCall(disableUserAction, { id: admin.id });
    acting.user = writer;
    for (let i = 0; i < 2; i++) {
      const run = await callAction(disableUserAction, { locale: 'fr', id: admin.id });
      expect(run.state).toMatchObject({ status: 'error', formError: 'Votre rôle ne vous permet pas de faire cela.' });
    }
    const named = await db
      .select({ actorId: auditLog.actorId, action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.ip, ip), eq(auditLog.actorId, writer.id)));
    expect(named).toEqual([
      { actorId: writer.id, action: 'user.disable' },
      { actorId: writer.id, action: 'user.disable' },
    ]);
    // The anonymous ones beyond the cap are still one entry, not one more.
    expect((await entriesFrom(ip)).filter((r) => r.action === SUPPRESSED_ACTION)).toHaveLength(1);
  });
});

describe('sent at the same moment', () => {
  it('still one entry each up to the cap, and one summary', async () => {
    const ip = newIp();
    await Promise.all(
      Array.from({ length: CAP + MORE }, (_, i) =>
        auditRefusal({ action: SIGN_IN_ACTION, actorEmail: `guess${i}@example.org`, outcome: 'denied', ip, detail: { reason: 'throttled' } }),
      ),
    );
    const rows = await entriesFrom(ip);
    expect(rows.filter((r) => r.action === SIGN_IN_ACTION)).toHaveLength(CAP);
    expect(rows.filter((r) => r.action === SUPPRESSED_ACTION).map((r) => r.detail)).toMatchObject([{ count: MORE }]);
  });
});

describe('sign-ins', () => {
  it('refused as too many attempts: capped per address like the rest', async () => {
    const ip = newIp();
    for (let i = 0; i < CAP + MORE; i++) {
      // As lib/auth.ts records it: the e-mail typed, no account.
      await auditRefusal({ action: SIGN_IN_ACTION, actorEmail: `guess${i}@example.org`, outcome: 'denied', ip, detail: { reason: 'throttled' } });
    }
    const rows = await entriesFrom(ip);
    expect(rows.filter((r) => r.action === SIGN_IN_ACTION)).toHaveLength(CAP);
    expect(rows.filter((r) => r.action === SUPPRESSED_ACTION).map((r) => r.detail)).toMatchObject([{ count: MORE, actions: { [SIGN_IN_ACTION]: MORE } }]);
  });

  it('failed, for an e-mail: every one written, and the throttle counts them all', async () => {
    const ip = newIp();
    const failures = CAP + MORE;
    for (let i = 0; i < failures; i++) {
      await auditRefusal({ action: SIGN_IN_ACTION, actorEmail: writer.email, outcome: 'failed', ip, detail: { reason: 'wrong_password' } });
    }
    const rows = await entriesFrom(ip);
    expect(rows.filter((r) => r.action === SIGN_IN_ACTION && r.outcome === 'failed')).toHaveLength(failures);
    expect(rows.filter((r) => r.action === SUPPRESSED_ACTION)).toHaveLength(0);
    expect(await recentFailedSignIns(db, { email: writer.email, ip, windowMinutes: 15 })).toEqual({ byEmail: failures, byIp: failures });
    // Nothing else from that address was taken for a failed sign-in.
    const other = await db.select().from(auditLog).where(and(eq(auditLog.ip, ip), ne(auditLog.action, SIGN_IN_ACTION)));
    expect(other).toHaveLength(0);
  });
});
