/**
 * Who sent a request, as the audit log records a refusal of it: the signed-in user whose session
 * still counts, or else the session it carried that no longer does (whose, and why), and the
 * client's address. Plain (no 'server-only', no request APIs): lib/dal.ts reads the session and
 * the headers and hands them here, and the action tests run this on their own database while
 * choosing the session (test/action-harness.ts).
 */
import type { AuditInput } from '@/db/queries/audit';
import { getUserById, type PublicUser } from '@/db/queries/users';

/** Why a session the request carries no longer counts. */
export type SessionEnd = 'account_deleted' | 'account_disabled' | 'session_revoked';

export interface EndedSession {
  /** The session's user (an account that no longer exists cannot be named as an actor). */
  userId: string;
  email: string | null;
  reason: SessionEnd;
}

export interface SessionStanding {
  /** The user, when the session still counts. */
  user: PublicUser | null;
  /** The session, when there is one that no longer counts. */
  ended: EndedSession | null;
}

export interface Requester extends SessionStanding {
  ip: string | null;
}

/**
 * A session checked against the database: a disabled account, or a sign-out forced by an admin,
 * a password reset or a sign-out elsewhere (which move sessionsValidAfter), end it at the very
 * next request although the session itself is a signed JWT.
 */
export async function sessionStanding(session: { userId: string; issuedAtMs: number }): Promise<SessionStanding> {
  const user = await getUserById(session.userId);
  if (!user) return { user: null, ended: { userId: session.userId, email: null, reason: 'account_deleted' } };
  if (user.status !== 'active') return { user: null, ended: { userId: user.id, email: user.email, reason: 'account_disabled' } };
  if (session.issuedAtMs < user.sessionsValidAfter.getTime()) return { user: null, ended: { userId: user.id, email: user.email, reason: 'session_revoked' } };
  return { user, ended: null };
}

/**
 * Why a request is refused before anything in it is read: the role (`forbidden`), or the
 * session, said as it is. An account an admin disabled cannot sign in again: asking to (as for a
 * session that ended) would send the person to a sign-in that refuses them, with no word of why.
 * The actions (lib/actions.ts) and the audit export say each in words.
 */
export function refusedBecause({ user, ended }: SessionStanding): 'forbidden' | 'accountDisabled' | 'signedOut' {
  if (user) return 'forbidden';
  return ended?.reason === 'account_disabled' ? 'accountDisabled' : 'signedOut';
}

/**
 * The client's address: the first X-Forwarded-For entry (set by the proxy, or by Next itself from
 * the socket), else X-Real-IP. Only a trusted proxy's headers reach this far (lib/trusted-proxies.ts).
 */
export function clientIp(headers: Headers | undefined): string | null {
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers?.get('x-real-ip') || null;
}

export type DeniedEntry = Omit<AuditInput, 'actorId' | 'actorEmail' | 'ip' | 'outcome'>;

/**
 * The audit entry of a refused request. It names whoever the request came from: the user, or
 * the person whose session no longer counts, with why in the detail (`session`) — the role the
 * refusal was judged with is then "anonymous", as for a request without any session
 * (`session: 'none'`). An entry with no actor is thereby told apart from the seed's and the
 * importer's, which come from no request at all (the audit list's "System").
 */
export function deniedEntry(who: Requester, entry: DeniedEntry): AuditInput {
  const { user, ended, ip } = who;
  const known = !!ended && ended.reason !== 'account_deleted';
  const as = user
    ? { role: user.role }
    : { role: 'anonymous', session: ended?.reason ?? 'none', ...(ended && !known ? { sessionUserId: ended.userId } : {}) };
  return {
    ...entry,
    actorId: user?.id ?? (known ? ended.userId : null),
    actorEmail: user?.email ?? ended?.email ?? null,
    outcome: 'denied',
    ip,
    detail: { ...as, ...entry.detail },
  };
}
