'use server';

import { eq, sql } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { db } from '@/db';
import { users } from '@/db/schema';
import { audit } from '@/db/queries/audit';
import { formLocale } from '@/lib/actions';
import { signOut } from '@/lib/auth';
import { getRequester } from '@/lib/dal';

/**
 * Signing out also moves the user's sessionsValidAfter, so a copy of the session cookie is
 * refused too (this signs the person out on every device, which is what "sign out" should
 * guarantee for an editorial account).
 */
export async function signOutAction(form: FormData): Promise<void> {
  const locale = formLocale(form);
  const { user, ip } = await getRequester();
  if (user) {
    await db.transaction(async (tx) => {
      await tx.update(users).set({ sessionsValidAfter: sql`now()` }).where(eq(users.id, user.id));
      await audit(tx, { action: 'auth.sign_out', actorId: user.id, actorEmail: user.email, ip });
    });
  }
  await signOut({ redirect: false });
  redirect(`/${locale}/sign-in?signedOut=1`);
}
