'use server';

import { sql, eq } from 'drizzle-orm';
import { CredentialsSignin } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/db';
import { audit } from '@/db/queries/audit';
import { consumeToken, findToken } from '@/db/queries/tokens';
import { getUserById } from '@/db/queries/users';
import { users } from '@/db/schema';
import type { ActionState } from '@/lib/action-state';
import { fieldErrorsFrom, formLocale } from '@/lib/actions';
import { signIn } from '@/lib/auth';
import { hashPassword } from '@/lib/password';
import { clientIp } from '@/lib/requester';
import { newPasswordSchema } from '@/lib/validation/users';

const schema = z.object({ token: z.string().min(1).max(200) }).and(newPasswordSchema);

/**
 * The public end of a one-time link an admin passed on: whoever holds the token chooses the
 * account's password, once. Other sessions of the account end (sessionsValidAfter moves), and
 * the person is signed in here. There is no signed-in user, so this is not a defineAction; the
 * token is the authorization, checked and used up in the same transaction.
 */
export async function setPasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: 'SetPassword' });
  const v = await getTranslations({ locale, namespace: 'Validation' });
  const parsed = schema.safeParse({ token: form.get('token') ?? '', password: form.get('password') ?? '', passwordConfirm: form.get('passwordConfirm') ?? '' });
  if (!parsed.success) {
    // A missing or malformed token is the link's fault, not a field's.
    if (parsed.error.issues.some((issue) => issue.path[0] === 'token')) return { status: 'error', formError: t('invalidLink') };
    return { status: 'error', fieldErrors: fieldErrorsFrom(parsed.error.issues, v) };
  }
  const { token, password } = parsed.data;
  // The link is looked at before the password is hashed: Argon2id's time and memory are spent
  // for someone holding a live link, not for anyone who posts this form (it is used up below).
  if (!(await findToken(db, 'set_password', token))) return { status: 'error', formError: t('invalidLink') };
  const passwordHash = await hashPassword(password);
  const ip = clientIp(await headers());
  const user = await db.transaction(async (tx) => {
    const used = await consumeToken(tx, 'set_password', token);
    if (!used?.userId) return null;
    const target = await getUserById(used.userId, tx);
    if (!target || target.status !== 'active') return null;
    await tx.update(users).set({ passwordHash, sessionsValidAfter: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, target.id));
    await audit(tx, { action: 'user.set_password', actorId: target.id, actorEmail: target.email, entityType: 'user', entityId: target.id, ip });
    return target;
  });
  if (!user) return { status: 'error', formError: t('invalidLink') };
  try {
    await signIn('credentials', { email: user.email, password, redirect: false });
  } catch (e) {
    // The password is set; signing in is only a convenience (it may be throttled).
    if (!(e instanceof CredentialsSignin)) throw e;
    redirect(`/${locale}/sign-in`);
  }
  redirect(`/${locale}/dashboard`);
}
