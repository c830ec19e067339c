'use server';

import { z } from 'zod';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { users } from '@/db/schema';
import { audit } from '@/db/queries/audit';
import { consumeToken, findToken } from '@/db/queries/tokens';
import { emailInUse, hasAnyAdmin } from '@/db/queries/users';
import type { ActionState } from '@/lib/action-state';
import { fieldErrorsFrom, formLocale } from '@/lib/actions';
import { signIn } from '@/lib/auth';
import { hashPassword } from '@/lib/password';
import { clientIp } from '@/lib/requester';
import { emailSchema, nameSchema, newPasswordSchema } from '@/lib/validation/users';

const schema = z.object({ token: z.string().min(1), name: nameSchema, email: emailSchema }).and(newPasswordSchema);

/**
 * Creates the first administrator. Allowed only with the one-time token printed at start,
 * and only while no admin exists (checked again inside the transaction).
 */
export async function setupAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: 'Auth' });
  const v = await getTranslations({ locale, namespace: 'Validation' });
  const values = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? '') };
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsFrom(parsed.error.issues, v), values };
  const { token, name, email, password } = parsed.data;
  // Checked before the password is hashed (and again in the transaction): once an admin exists,
  // or without the printed link, posting this form costs no Argon2id work.
  if ((await hasAnyAdmin()) || !(await findToken(db, 'setup', token))) return { status: 'error', formError: t('setupInvalid'), values };
  // An account made before (a writer created on the command line, say) may hold the address:
  // said at the field, the link kept for another try.
  const emailTaken = { status: 'error', fieldErrors: { email: t('setupEmailTaken') }, values } as const;
  if (await emailInUse(db, email)) return emailTaken;
  const passwordHash = await hashPassword(password);
  const ip = clientIp(await headers());
  const created = await db.transaction(async (tx) => {
    if (await hasAnyAdmin(tx)) return null;
    if (await emailInUse(tx, email)) return 'emailTaken' as const;
    if (!(await consumeToken(tx, 'setup', token))) return null;
    const [user] = await tx.insert(users).values({ email, name, role: 'admin', passwordHash, preferredLocale: locale }).returning({ id: users.id });
    if (!user) return null;
    await audit(tx, { action: 'user.setup_first_admin', actorId: user.id, actorEmail: email, entityType: 'user', entityId: user.id, ip });
    return user;
  });
  if (created === 'emailTaken') return emailTaken;
  if (!created) return { status: 'error', formError: t('setupInvalid'), values };
  await signIn('credentials', { email, password, redirect: false });
  redirect(`/${locale}/dashboard`);
}
