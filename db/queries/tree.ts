/**
 * What the two trees editors rearrange (organization pages, structure units) have in common:
 * a row is placed by `parent_id` and `position`, and a move is conflict-checked against the
 * row's last change time.
 */
import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db';

/** A row's version for "place" edits: its last change, in microseconds (set with clock_timestamp()). */
export const changeTimeVersion = (updatedAt: AnyPgColumn): SQL<string> => sql<string>`((extract(epoch from ${updatedAt}) * 1000000)::bigint)::text`;

/**
 * Moves in one tree take turns until their transaction ends. Two people moving rows of the same
 * tree at once would otherwise each check for a loop on the tree as it was (A under B and B
 * under A both pass, and both rows leave the tree), or lock the two rows in opposite orders
 * (the row moved, then its new parent) and deadlock: one of them got a server error.
 */
export async function lockTreeMoves(tx: Executor, table: PgTable): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`tree-moves:${getTableName(table)}`}))`);
}

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
