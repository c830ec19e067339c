/**
 * Twin of db/harness.test.ts: the same insert, the same "starts empty" check. If two test files
 * shared a database, one of them would find the other's row (or hit the unique e-mail index).
 */
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { users } from '@/db/schema';

const state = globalThis as { communiqueHarnessFile?: string };

describe('test database harness (twin)', () => {
  it('runs in a module context of its own', () => {
    expect(state.communiqueHarnessFile).toBeUndefined();
    state.communiqueHarnessFile = import.meta.filename;
  });

  it('points DATABASE_URL at a throw-away database of this file', () => {
    expect(new URL(process.env.DATABASE_URL ?? '').pathname).toMatch(/^\/communique_test_\d+_[0-9a-f]+$/);
  });

  it('starts with a migrated, empty schema', async () => {
    const [row] = await db.select({ n: count() }).from(users);
    expect(row?.n).toBe(0);
  });

  it('keeps what this file writes', async () => {
    await db.insert(users).values({ email: 'harness@example.org', name: 'Isolation', role: 'admin' });
    const found = await db.select({ name: users.name }).from(users).where(eq(users.email, 'harness@example.org'));
    expect(found).toEqual([{ name: 'Isolation' }]);
  });
});
