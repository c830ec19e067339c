/**
 * Two (or more) writes at the same moment, in a db test: `hold` takes a row lock that each write
 * needs after its checks (the row its foreign key points at, say), in a transaction kept open
 * until every write waits on a lock — that one, or one another write holds — then lets go. The
 * writes then meet as two people's saves sent at the same instant would, whatever the timing.
 */
import { sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';

export async function atOnce<T>(hold: (tx: Executor) => Promise<unknown>, writes: (() => Promise<T>)[]): Promise<T[]> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const holder = db.transaction(async (tx) => {
    await hold(tx);
    locked();
    await held;
  });
  await isLocked;
  const runs = writes.map((w) => w());
  for (let i = 0; ; i++) {
    const { rows } = await db.execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`);
    if ((rows[0]?.n ?? 0) >= writes.length) break;
    if (i > 400) {
      release();
      throw new Error('the writes never met');
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  release();
  await holder;
  return Promise.all(runs);
}
