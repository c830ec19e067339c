import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { findToken, issueToken } from '@/db/queries/tokens';
import { emailInUse, getUserById, type PublicUser } from '@/db/queries/users';
import { oneTimeTokens, users, type Locale, type Role } from '@/db/schema';

/**
 * Accounts as administrators manage them. Every change takes the acting user; the caller has
 * checked that they may act (defineAction). Rules that hold whatever the screen shows:
 *
 * - the last active administrator can be neither disabled nor demoted (all active admins are
 *   locked while one is changed, so two admins demoting each other at once cannot both win);
 * - a change to one's own account needs an explicit confirmation;
 * - disabling, forcing sign-out and resetting a password move `sessionsValidAfter`, so the
 *   person's next request finds no session (lib/dal.ts), whatever their JWT says.
 */

/** How long a link to set a password stays usable. */
export const SET_PASSWORD_LINK_HOURS = 72;

export interface UserListRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: 'active' | 'disabled';
  lastSignInAt: Date | null;
  createdAt: Date;
  /** False until the person has used their link to set a password (or after a reset). */
  hasPassword: boolean;
  /** A link to set the password was issued and is still usable. */
  linkPending: boolean;
}

const hasPassword = sql<boolean>`(${users.passwordHash} is not null)`;
const linkPending = sql<boolean>`exists (select 1 from ${oneTimeTokens} t where t.user_id = ${users.id}
  and t.purpose = 'set_password' and t.used_at is null and t.expires_at > now())`;

/** What the list and the account screen show of a user (never the password hash). */
const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  status: users.status,
  lastSignInAt: users.lastSignInAt,
  createdAt: users.createdAt,
  hasPassword,
  linkPending,
};

export async function listUsers(tx: Executor = db): Promise<UserListRow[]> {
  return tx
    .select(userColumns)
    .from(users)
    .orderBy(asc(users.status), asc(sql`lower(${users.name})`));
}

export async function getUserForAdmin(id: string, tx: Executor = db): Promise<(UserListRow & { preferredLocale: Locale | null; linkExpiresAt: Date | null }) | null> {
  const [row] = await tx
    .select({
      ...userColumns,
      preferredLocale: users.preferredLocale,
      linkExpiresAt: sql<Date | null>`(select max(t.expires_at) from ${oneTimeTokens} t where t.user_id = ${users.id}
        and t.purpose = 'set_password' and t.used_at is null and t.expires_at > now())`.mapWith(users.createdAt),
    })
    .from(users)
    .where(eq(users.id, id));
  return row ?? null;
}

export type UserChangeRefusal =
  | 'missing'
  /** The change would leave no active administrator. */
  | 'lastAdmin'
  /** The change concerns the acting user, who did not confirm it. */
  | 'confirmSelf'
  | 'emailTaken';

export type UserChangeResult<T = object> = ({ ok: true } & T) | { ok: false; refusal: UserChangeRefusal };

interface SelfConfirmation {
  /** The acting user ticked "this is my own account, I mean it". */
  confirmSelf: boolean;
}

/** Locks every active admin row; returns how many there are and the target's row. */
async function lockAdminsAndTarget(tx: Executor, id: string) {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.status, 'active')))
    .for('no key update');
  const [target] = await tx.select({ id: users.id, role: users.role, status: users.status }).from(users).where(eq(users.id, id)).for('no key update');
  return { activeAdmins: admins.length, target };
}

function isSelf(actor: PublicUser, id: string) {
  return actor.id === id;
}

export async function createUser(
  tx: Executor,
  actor: PublicUser,
  input: { name: string; email: string; role: Role; preferredLocale: Locale },
): Promise<UserChangeResult<{ id: string; token: string }>> {
  if (await emailInUse(tx, input.email)) return { ok: false, refusal: 'emailTaken' };
  const [row] = await tx
    .insert(users)
    .values({ name: input.name, email: input.email, role: input.role, preferredLocale: input.preferredLocale, passwordHash: null })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (!row) return { ok: false, refusal: 'emailTaken' };
  const token = await issueToken(tx, { purpose: 'set_password', userId: row.id, createdById: actor.id, hours: SET_PASSWORD_LINK_HOURS });
  return { ok: true, id: row.id, token };
}

export async function changeRole(
  tx: Executor,
  actor: PublicUser,
  id: string,
  role: Role,
  { confirmSelf }: SelfConfirmation,
): Promise<UserChangeResult<{ before: Role }>> {
  const { activeAdmins, target } = await lockAdminsAndTarget(tx, id);
  if (!target) return { ok: false, refusal: 'missing' };
  // The role the person already has (the form sent as it was, or from a screen drawn before
  // another admin's change): nothing changes, so there is nothing to confirm or refuse.
  if (target.role === role) return { ok: true, before: role };
  if (target.role === 'admin' && role !== 'admin' && target.status === 'active' && activeAdmins <= 1) return { ok: false, refusal: 'lastAdmin' };
  if (isSelf(actor, id) && !confirmSelf) return { ok: false, refusal: 'confirmSelf' };
  // Effective at the person's next request: lib/dal.ts reads the role from here every time.
  await tx.update(users).set({ role, updatedAt: sql`now()` }).where(eq(users.id, id));
  return { ok: true, before: target.role };
}

export async function setUserStatus(
  tx: Executor,
  actor: PublicUser,
  id: string,
  status: 'active' | 'disabled',
  { confirmSelf }: SelfConfirmation,
): Promise<UserChangeResult> {
  const { activeAdmins, target } = await lockAdminsAndTarget(tx, id);
  if (!target) return { ok: false, refusal: 'missing' };
  if (status === 'disabled' && target.role === 'admin' && target.status === 'active' && activeAdmins <= 1) return { ok: false, refusal: 'lastAdmin' };
  if (isSelf(actor, id) && !confirmSelf) return { ok: false, refusal: 'confirmSelf' };
  await tx
    .update(users)
    .set(
      status === 'disabled'
        ? // Old sessions stay dead even if the account is enabled again later.
          { status, sessionsValidAfter: sql`now()`, updatedAt: sql`now()` }
        : { status, updatedAt: sql`now()` },
    )
    .where(eq(users.id, id));
  return { ok: true };
}

/** The fields an admin may correct on an account, and what one change did to each. */
export interface UserDetails {
  name: string;
  email: string;
  preferredLocale: Locale;
}
export type UserDetailsChange = Partial<Record<keyof UserDetails, { before: string | null; after: string }>>;

/**
 * Corrects a person's name, sign-in address or the language of their set-password page (an
 * admin), or only those given (the person's own name, from their account page). The
 * address stays unique whatever its case (users_email_lower_key; a concurrent taker is caught
 * by the index). Sessions stay valid: the account is still the same person's, and lib/dal.ts
 * reads the address from here on every request. Returns what changed, for the audit log.
 */
export async function updateUserDetails(tx: Executor, id: string, input: Partial<UserDetails>): Promise<UserChangeResult<{ changed: UserDetailsChange }>> {
  const [before] = await tx
    .select({ name: users.name, email: users.email, preferredLocale: users.preferredLocale })
    .from(users)
    .where(eq(users.id, id))
    .for('no key update');
  if (!before) return { ok: false, refusal: 'missing' };
  const { email } = input;
  const [taken] =
    email === undefined
      ? []
      : await tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), ne(users.id, id)));
  if (taken) return { ok: false, refusal: 'emailTaken' };
  const changed: UserDetailsChange = {};
  for (const key of ['name', 'email', 'preferredLocale'] as const) {
    const after = input[key];
    if (after !== undefined && before[key] !== after) changed[key] = { before: before[key], after };
  }
  if (Object.keys(changed).length === 0) return { ok: true, changed };
  try {
    await tx.update(users).set({ name: input.name, email, preferredLocale: input.preferredLocale, updatedAt: sql`now()` }).where(eq(users.id, id));
  } catch (e) {
    // Another admin gave the address to someone else between the check and this write (the
    // transaction is rolled back with the refusal).
    if (isUniqueViolation(e)) return { ok: false, refusal: 'emailTaken' };
    throw e;
  }
  return { ok: true, changed };
}

function isUniqueViolation(e: unknown): boolean {
  const cause = e instanceof Error && 'cause' in e ? e.cause : e;
  return typeof cause === 'object' && cause !== null && (cause as { code?: string }).code === '23505';
}

/** Ends every session of the person (on every device) at their next request. */
export async function forceSignOut(tx: Executor, actor: PublicUser, id: string, { confirmSelf }: SelfConfirmation): Promise<UserChangeResult> {
  if (isSelf(actor, id) && !confirmSelf) return { ok: false, refusal: 'confirmSelf' };
  const rows = await tx.update(users).set({ sessionsValidAfter: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, id)).returning({ id: users.id });
  return rows.length ? { ok: true } : { ok: false, refusal: 'missing' };
}

/**
 * A new one-time link to set a password. The old password stops working and every session
 * ends at once: a reset is also what an admin does when an account may be compromised.
 */
export async function resetPassword(
  tx: Executor,
  actor: PublicUser,
  id: string,
  { confirmSelf }: SelfConfirmation,
): Promise<UserChangeResult<{ token: string }>> {
  if (isSelf(actor, id) && !confirmSelf) return { ok: false, refusal: 'confirmSelf' };
  const rows = await tx
    .update(users)
    .set({ passwordHash: null, sessionsValidAfter: sql`now()`, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning({ id: users.id });
  if (!rows.length) return { ok: false, refusal: 'missing' };
  const token = await issueToken(tx, { purpose: 'set_password', userId: id, createdById: actor.id, hours: SET_PASSWORD_LINK_HOURS });
  return { ok: true, token };
}

/** The account a set-password link opens, if the link is live and the account active. */
export async function userForSetPasswordToken(tx: Executor, token: string) {
  const row = await findToken(tx, 'set_password', token);
  if (!row?.userId) return null;
  const user = await getUserById(row.userId, tx);
  return user && user.status === 'active' ? { user, expiresAt: row.expiresAt } : null;
}
