import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { auditLog, type NewAuditEntry } from '@/db/schema';

export type AuditInput = Omit<NewAuditEntry, 'id' | 'at'>;

/** Appends to the audit log; pass the transaction of the change so both commit together. */
export async function audit(tx: Executor, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values(entry);
}

export const SIGN_IN_ACTION = 'auth.sign_in';

/** Failed sign-ins for this e-mail (any IP) or from this IP (any e-mail) in the window. */
export async function recentFailedSignIns(
  tx: Executor,
  { email, ip, windowMinutes }: { email: string; ip: string | null; windowMinutes: number },
): Promise<{ byEmail: number; byIp: number }> {
  const since = sql`now() - make_interval(mins => ${windowMinutes})`;
  const failed = and(eq(auditLog.action, SIGN_IN_ACTION), eq(auditLog.outcome, 'failed'), gt(auditLog.at, since));
  const [byEmail] = await tx.select({ n: count() }).from(auditLog).where(and(failed, eq(sql`lower(${auditLog.actorEmail})`, email.toLowerCase())));
  const [byIp] = ip ? await tx.select({ n: count() }).from(auditLog).where(and(failed, eq(auditLog.ip, ip))) : [{ n: 0 }];
  return { byEmail: byEmail?.n ?? 0, byIp: byIp?.n ?? 0 };
}
