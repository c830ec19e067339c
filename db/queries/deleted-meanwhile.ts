/**
 * Who deleted something a person was still working on, and when: from the audit log, for the
 * refusal of their save (a release's translation, a page), which says so and keeps their text.
 */
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import { auditLog, users } from '@/db/schema';

/** Who deleted it (null: unknown) and when (ISO 8601; null: the log holds no such entry). */
export interface Deletion {
  by: string | null;
  at: string | null;
}

/** The latest deletion (`action`, done) among the audit entries `where` picks; null when there is none. */
export function lastDeletion(tx: Executor, action: string, where: SQL): Promise<Deletion | null> {
  return lastDone(tx, [action], where);
}

/**
 * The latest of `actions` done among the audit entries `where` picks — who did it (null:
 * unknown) and when —, null when there is none: who took the step a person's page did not show
 * yet (a release published, sent back… meanwhile), as who deleted what they worked on.
 */
export async function lastDone(tx: Executor, actions: readonly string[], where: SQL): Promise<Deletion | null> {
  const [entry] = await tx
    .select({ at: auditLog.at, name: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(inArray(auditLog.action, [...actions]), eq(auditLog.outcome, 'ok'), where))
    .orderBy(desc(auditLog.at))
    .limit(1);
  return entry ? { by: entry.name ?? null, at: entry.at.toISOString() } : null;
}
