/**
 * "Change the role" sent with the role the person already has (the form sent as it was drawn,
 * or from a screen drawn before another admin's change) says that nothing changed, as the
 * details form does, and the audit log records no change of role. Called as a forged POST would.
 */
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { changeRoleAction } from '@/app/[locale]/(dashboard)/dashboard/users/actions';
import { db } from '@/db';
import { auditLog } from '@/db/schema';
import { acting, callAction } from './action-harness';
import { insertUser } from './admin-fixtures';

const lastEntry = async (id: string) =>
  (await db.select().from(auditLog).where(and(eq(auditLog.action, 'user.change_role'), eq(auditLog.entityId, id))).orderBy(desc(auditLog.id)).limit(1))[0]!;

beforeAll(async () => {
  acting.user = await insertUser('admin');
});

describe('a role sent unchanged', () => {
  it('is said as nothing to change, and logged with no change of role', async () => {
    const person = await insertUser('editor');
    const run = await callAction(changeRoleAction, { locale: 'fr', id: person.id, role: 'editor' });
    expect(run.redirectedTo).toBe(`/fr/dashboard/users/${person.id}?done=roleUnchanged`);
    expect((await lastEntry(person.id)).detail).toMatchObject({ name: person.name, changed: {} });
  });

  it('on one’s own account, needs no confirmation (nothing would change)', async () => {
    const me = acting.user!;
    const run = await callAction(changeRoleAction, { locale: 'fr', id: me.id, role: 'admin' });
    expect(run.redirectedTo).toBe(`/fr/dashboard/users/${me.id}?done=roleUnchanged`);
  });

  it('still says a real change as one, with both roles', async () => {
    const person = await insertUser('writer');
    const run = await callAction(changeRoleAction, { locale: 'fr', id: person.id, role: 'editor' });
    expect(run.redirectedTo).toBe(`/fr/dashboard/users/${person.id}?done=roleChanged`);
    expect((await lastEntry(person.id)).detail).toMatchObject({ changed: { role: { before: 'writer', after: 'editor' } } });
  });
});
