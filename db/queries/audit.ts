import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { auditLog, users, type NewAuditEntry } from '@/db/schema';

export type AuditInput = Omit<NewAuditEntry, 'id' | 'at'>;

/** Appends to the audit log; pass the transaction of the change so both commit together. */
export async function audit(tx: Executor, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values(entry);
}

export const SIGN_IN_ACTION = 'auth.sign_in';

/**
 * The entries after which the password an account had no longer matters: a new one chosen
 * through a one-time link (or the command line), or the old one cleared by an admin's reset.
 */
export const PASSWORD_SET_ACTIONS = ['user.set_password', 'user.reset_password'] as const;

/**
 * Failed sign-ins for this e-mail (any IP) or from this IP (any e-mail) in the window. For the
 * e-mail, only those since the account's password was last set or reset count: they were
 * guesses at a password that is gone, and a person locked out by them who was given a new
 * link must be able to sign in with the password they chose there, not wait out the window.
 */
export async function recentFailedSignIns(
  tx: Executor,
  { email, ip, windowMinutes }: { email: string; ip: string | null; windowMinutes: number },
): Promise<{ byEmail: number; byIp: number }> {
  const address = email.trim().toLowerCase();
  const since = sql`now() - make_interval(mins => ${windowMinutes})`;
  const failed = and(eq(auditLog.action, SIGN_IN_ACTION), eq(auditLog.outcome, 'failed'), gt(auditLog.at, since));
  const passwordSet = sql`coalesce((select max(p.at) from ${auditLog} p join ${users} u on p.entity_id = u.id::text
    where p.entity_type = 'user' and p.outcome = 'ok' and p.action in (${sql.join(
      PASSWORD_SET_ACTIONS.map((a) => sql`${a}`),
      sql`, `,
    )}) and lower(u.email) = ${address}), '-infinity'::timestamptz)`;
  const [byEmail] = await tx
    .select({ n: count() })
    .from(auditLog)
    .where(and(failed, eq(sql`lower(${auditLog.actorEmail})`, address), gt(auditLog.at, passwordSet)));
  const [byIp] = ip ? await tx.select({ n: count() }).from(auditLog).where(and(failed, eq(auditLog.ip, ip))) : [{ n: 0 }];
  return { byEmail: byEmail?.n ?? 0, byIp: byIp?.n ?? 0 };
}
