import { and, count, desc, eq, gt, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { db as database, type Executor } from '@/db';
import { auditLog, users, type NewAuditEntry } from '@/db/schema';
import type { FormConflict } from '@/lib/form-conflict';

export type AuditInput = Omit<NewAuditEntry, 'id' | 'at'>;

/** Appends to the audit log; pass the transaction of the change so both commit together. */
export async function audit(tx: Executor, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values(entry);
}

/**
 * Who saved a record's fields last, and when, from the audit log: for the records whose table
 * keeps no author (an office, a topic, a structure unit, an image's texts, a page's place), so
 * that a save meeting theirs can name them. `actions`: the entries that write what the form
 * holds (a creation, an edit), not an archiving; refusals aside. `elsewhere`: the entries of
 * other records that wrote its fields too (an image's description typed in a release's editor).
 */
export async function lastSaved(
  tx: Executor,
  entityType: string,
  entityId: string,
  actions: readonly string[],
  elsewhere?: SQL,
): Promise<{ name: string; at: Date } | null> {
  const [row] = await tx
    .select({ name: users.name, at: auditLog.at })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.outcome, 'ok'), or(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId), inArray(auditLog.action, [...actions])), elsewhere)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1);
  return row ?? null;
}

/** A refused save's word on who saved the record meanwhile, and when (lib/form-conflict.ts FormConflict). */
export async function savedStamp(
  tx: Executor,
  entityType: string,
  entityId: string,
  actions: readonly string[],
  elsewhere?: SQL,
): Promise<Pick<FormConflict, 'savedBy' | 'savedAt'>> {
  const last = await lastSaved(tx, entityType, entityId, actions, elsewhere);
  return { savedBy: last?.name ?? null, savedAt: last?.at.toISOString() ?? null };
}

export const SIGN_IN_ACTION = 'auth.sign_in';

/** The one entry standing for the refusals from an address that were left out (see auditRefusal). */
export const SUPPRESSED_ACTION = 'audit.suppressed';

/**
 * Refusals that name no one, written one by one per client address (a missing one is an address
 * too) in any window of that length; beyond, counted in one entry. 20 is more than a person or
 * an office behind one address sets off by mistake (a form or two sent after a session ended, a
 * few sign-ins still tried while blocked), and enough of a sample to read what a flood was
 * after; ten minutes keeps what one address can add to the log at 21 entries per ten minutes
 * (about 3,000 a day), against one per request before.
 */
export const UNNAMED_REFUSALS = { windowMinutes: 10, perIp: 20 } as const;

/**
 * Whether a refusal is one anyone can set off as often as the server answers: a request that
 * names no account (no user, no session that ended: lib/requester.ts `deniedEntry`, `session:
 * 'none'`), or a sign-in refused as too many attempts. One naming someone (a signed-in person
 * refused, a session that ended) is never left out, nor is a failed sign-in ('failed', which
 * the sign-in throttle counts).
 */
export function isUnnamedRefusal(entry: AuditInput): boolean {
  if (entry.outcome !== 'denied' || entry.actorId) return false;
  return entry.detail?.session === 'none' || (entry.action === SIGN_IN_ACTION && entry.detail?.reason === 'throttled');
}

/**
 * Records a refusal. One that names no one (isUnnamedRefusal) is written only while its address
 * has had fewer than UNNAMED_REFUSALS.perIp of them in the window; beyond, it is counted in one
 * entry per address and window (SUPPRESSED_ACTION, detail: how many, of which actions, the
 * first and last one's time), so that a script cannot grow the log without bound nor bury the
 * entries around it. Done in the database (one Node process or several, across restarts): per
 * address, one at a time (a transaction-scoped advisory lock, so that requests sent at once
 * cannot all pass the cap), reading only the window's entries without an account (the index on
 * actor and time: PostgreSQL reads `actor_id is null and at > …` from it), which the cap itself
 * bounds at 21 per flooding address; the open summary is found by the index on action.
 */
export async function auditRefusal(entry: AuditInput, tx: Executor = database): Promise<void> {
  if (!isUnnamedRefusal(entry)) return audit(tx, entry);
  const ip = entry.ip ?? null;
  const sameIp = ip === null ? isNull(auditLog.ip) : eq(auditLog.ip, ip);
  const inWindow = gt(auditLog.at, sql`now() - make_interval(mins => ${UNNAMED_REFUSALS.windowMinutes})`);
  await tx.transaction(async (t) => {
    await t.execute(sql`select pg_advisory_xact_lock(hashtext(${`audit-refusals:${ip ?? ''}`}))`);
    const [written] = await t
      .select({ n: count() })
      .from(
        t
          .select({ id: auditLog.id })
          .from(auditLog)
          .where(
            and(
              inWindow,
              sameIp,
              eq(auditLog.outcome, 'denied'),
              isNull(auditLog.actorId),
              ne(auditLog.action, SUPPRESSED_ACTION),
              sql`(${auditLog.detail}->>'session' = 'none' or (${auditLog.action} = ${SIGN_IN_ACTION} and ${auditLog.detail}->>'reason' = 'throttled'))`,
            ),
          )
          .limit(UNNAMED_REFUSALS.perIp)
          .as('written'),
      );
    if ((written?.n ?? 0) < UNNAMED_REFUSALS.perIp) return audit(t, entry);
    // The summary still open for this address: its first left-out refusal is within the window.
    const [open] = await t
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, SUPPRESSED_ACTION), isNull(auditLog.actorEmail), inWindow, sameIp))
      .orderBy(desc(auditLog.at))
      .limit(1);
    if (open) {
      await t
        .update(auditLog)
        .set({
          detail: sql`${auditLog.detail} || jsonb_build_object(
            'count', (${auditLog.detail}->>'count')::int + 1,
            'actions', coalesce(${auditLog.detail}->'actions', '{}'::jsonb)
              || jsonb_build_object(${entry.action}::text, coalesce((${auditLog.detail}->'actions'->>${entry.action}::text)::int, 0) + 1),
            'to', now())`,
        })
        .where(eq(auditLog.id, open.id));
      return;
    }
    await t.insert(auditLog).values({
      action: SUPPRESSED_ACTION,
      outcome: 'denied',
      ip,
      detail: sql`jsonb_build_object('role', 'anonymous', 'count', 1, 'actions', jsonb_build_object(${entry.action}::text, 1), 'from', now(), 'to', now())`,
    });
  });
}

/** A signed-in person changing their own password, the current one asked first (dashboard → My account). */
export const CHANGE_PASSWORD_ACTION = 'user.change_password';

/**
 * The entries after which the password an account had no longer matters: a new one chosen
 * through a one-time link (or the command line) or by the person signed in, or the old one
 * cleared by an admin's reset.
 */
export const PASSWORD_SET_ACTIONS = ['user.set_password', 'user.reset_password', CHANGE_PASSWORD_ACTION] as const;

/**
 * Failures allowed per e-mail (and per address) in the window before sign-in (and a change of
 * one's own password) is refused; for an e-mail, only those since its password was last set or
 * reset count (recentFailedSignIns).
 */
export const THROTTLE = { windowMinutes: 15, perEmail: 5, perIp: 30 } as const;

/**
 * The attempts whose failures are guesses at an account's password: a sign-in, and a change of
 * it whose "current password" was wrong (a session left open must not let anyone guess at it
 * beyond what the sign-in form allows). Both count against the same limits.
 */
const PASSWORD_GUESS_ACTIONS = [SIGN_IN_ACTION, CHANGE_PASSWORD_ACTION];

/**
 * Failed sign-ins (and wrong current passwords) for this e-mail (any IP) or from this IP (any
 * e-mail) in the window. For the e-mail, only those since the account's password was last set
 * or reset count: they were guesses at a password that is gone, and a person locked out by them
 * who was given a new link must be able to sign in with the password they chose there, not wait
 * out the window.
 */
export async function recentFailedSignIns(
  tx: Executor,
  { email, ip, windowMinutes }: { email: string; ip: string | null; windowMinutes: number },
): Promise<{ byEmail: number; byIp: number }> {
  const address = email.trim().toLowerCase();
  const since = sql`now() - make_interval(mins => ${windowMinutes})`;
  const failed = and(inArray(auditLog.action, PASSWORD_GUESS_ACTIONS), eq(auditLog.outcome, 'failed'), gt(auditLog.at, since));
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
