import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { oneTimeTokens } from '@/db/schema';

type Purpose = 'setup' | 'set_password';

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * One-time links (first-admin setup, setting a password): the token is shown once and only
 * its SHA-256 is stored; issuing a new one for the same purpose and user revokes older ones.
 */
export async function issueToken(
  tx: Executor,
  { purpose, userId = null, createdById = null, hours }: { purpose: Purpose; userId?: string | null; createdById?: string | null; hours: number },
): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await tx
    .update(oneTimeTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(oneTimeTokens.purpose, purpose),
        userId ? eq(oneTimeTokens.userId, userId) : isNull(oneTimeTokens.userId),
        isNull(oneTimeTokens.usedAt),
      ),
    );
  await tx.insert(oneTimeTokens).values({
    purpose,
    userId,
    createdById,
    tokenHash: digest(token),
    expiresAt: sql`now() + make_interval(hours => ${hours})`,
  });
  return token;
}

/** The live token's row, without using it up. */
export async function findToken(tx: Executor, purpose: Purpose, token: string) {
  if (!token || token.length > 200) return null;
  const [row] = await tx
    .select({ id: oneTimeTokens.id, userId: oneTimeTokens.userId, expiresAt: oneTimeTokens.expiresAt })
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.purpose, purpose),
        eq(oneTimeTokens.tokenHash, digest(token)),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Uses the token up; false when it was already used (a concurrent submit) or expired. */
export async function consumeToken(tx: Executor, purpose: Purpose, token: string): Promise<{ userId: string | null } | null> {
  const [row] = await tx
    .update(oneTimeTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(oneTimeTokens.purpose, purpose),
        eq(oneTimeTokens.tokenHash, digest(token)),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: oneTimeTokens.userId });
  return row ?? null;
}
