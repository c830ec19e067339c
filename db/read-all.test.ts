/**
 * readAll: reads run at once on the pool and one after another in a transaction, whose single
 * connection must never be handed a query while another runs on it (pg 9 refuses it; pg 8
 * queues it with a deprecation warning).
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, type Executor } from '@/db';
import { readAll } from '@/db/read-all';

/** A query stand-in that, like Drizzle's, starts only when awaited, and logs when it runs. */
function query(log: string[], name: string, ms: number): PromiseLike<string> {
  return {
    then(onFulfilled, onRejected) {
      log.push(`start ${name}`);
      return new Promise<string>((resolve) =>
        setTimeout(() => {
          log.push(`end ${name}`);
          resolve(name);
        }, ms),
      ).then(onFulfilled, onRejected);
    },
  };
}

describe('readAll', () => {
  it('in a transaction, starts each read when the one before has finished', async () => {
    const log: string[] = [];
    const results = await db.transaction((tx) => readAll(tx, [query(log, 'slow', 30), query(log, 'quick', 0)]));
    expect(results).toEqual(['slow', 'quick']);
    expect(log).toEqual(['start slow', 'end slow', 'start quick', 'end quick']);
  });

  it('on the pool, starts them all at once', async () => {
    const log: string[] = [];
    expect(await readAll(db as Executor, [query(log, 'slow', 30), query(log, 'quick', 0)])).toEqual(['slow', 'quick']);
    expect(log).toEqual(['start slow', 'start quick', 'end quick', 'end slow']);
  });

  it('returns real query results in order, inside a transaction and outside', async () => {
    const read = (tx: Executor) =>
      readAll(tx, [tx.execute<{ n: number }>(sql`select 1 as n`), tx.execute<{ n: number }>(sql`select 2 as n`)]);
    const inside = await db.transaction((tx) => read(tx));
    const outside = await read(db);
    for (const [one, two] of [inside, outside]) {
      expect(one.rows).toEqual([{ n: 1 }]);
      expect(two.rows).toEqual([{ n: 2 }]);
    }
  });
});
