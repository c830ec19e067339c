import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db';

/**
 * Several reads through one executor: at once on the pool (each takes its own connection), one
 * after another in a transaction. A transaction holds a single connection, on which pg would
 * only queue them anyway, with a deprecation warning: pg 9 refuses a query while another runs
 * on the same client. Drizzle's queries start when awaited, so they are passed unawaited.
 */
export async function readAll<const T extends readonly PromiseLike<unknown>[]>(
  tx: Executor,
  queries: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  type Results = { -readonly [K in keyof T]: Awaited<T[K]> };
  if (!(tx instanceof PgTransaction)) return (await Promise.all(queries)) as Results;
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as Results;
}
