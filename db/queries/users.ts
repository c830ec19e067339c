import { and, eq, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { users, type Role } from '@/db/schema';

/** What the app may know about a user: never the password hash. */
export const publicUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  status: users.status,
  sessionsValidAfter: users.sessionsValidAfter,
  preferredLocale: users.preferredLocale,
  lastSignInAt: users.lastSignInAt,
  createdAt: users.createdAt,
};

export type PublicUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: 'active' | 'disabled';
  sessionsValidAfter: Date;
  preferredLocale: 'fr' | 'en' | 'es' | 'ar' | null;
  lastSignInAt: Date | null;
  createdAt: Date;
};

export async function getUserById(id: string, tx: Executor = db): Promise<PublicUser | null> {
  const [row] = await tx.select(publicUserColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Only for verifying a password at sign-in: the one place the hash is read. */
export async function getCredentialsByEmail(email: string, tx: Executor = db) {
  const [row] = await tx
    .select({ ...publicUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function countActiveAdmins(tx: Executor = db): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.status, 'active')));
  return row?.n ?? 0;
}

/** Whether an account already signs in with this address (addresses are unique whatever their case). */
export async function emailInUse(tx: Executor, email: string): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase())).limit(1);
  return !!row;
}

export async function hasAnyAdmin(tx: Executor = db): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  return !!row;
}
