/**
 * What the two trees editors rearrange (organization pages, structure units) have in common:
 * a row is placed by `parent_id` and `position`, and a move is conflict-checked against the
 * row's last change time.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db';

/** A row's version for "place" edits: its last change, in microseconds (set with clock_timestamp()). */
export const changeTimeVersion = (updatedAt: AnyPgColumn): SQL<string> => sql<string>`((extract(epoch from ${updatedAt}) * 1000000)::bigint)::text`;

/** True when `candidate` is `id` itself or one of the rows below it: the row would become its own ancestor. */
export async function isSelfOrBelow(tx: Executor, table: PgTable, id: string, candidate: string): Promise<boolean> {
  const { rows } = await tx.execute<{ id: string }>(sql`
    with recursive below(id) as (
      select ${id}::uuid
      union
      select r.id from ${table} r join below b on r.parent_id = b.id
    )
    select id from below where id = ${candidate}::uuid`);
  return rows.length > 0;
}

/** True when there is no parent (a root) or the parent exists. */
export async function parentExists(tx: Executor, table: PgTable, parentId: string | null): Promise<boolean> {
  if (!parentId) return true;
  const { rows } = await tx.execute(sql`select 1 from ${table} where id = ${parentId}::uuid`);
  return rows.length > 0;
}
