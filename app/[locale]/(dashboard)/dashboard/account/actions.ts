'use server';

import { eq, sql } from 'drizzle-orm';
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { CredentialsSignin } from 'next-auth';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { audit, CHANGE_PASSWORD_ACTION, recentFailedSignIns, THROTTLE } from '@/db/queries/audit';
import { updateUserDetails } from '@/db/queries/user-admin';
import { getCredentialsByEmail } from '@/db/queries/users';
import { users } from '@/db/schema';
import { ActionFailure, defineAction } from '@/lib/actions';
import { signIn } from '@/lib/auth';
import type { Locale } from '@/lib/locales';
import { hashPassword, verifyPassword } from '@/lib/password';
import { changeOwnPasswordSchema, ownNameSchema } from '@/lib/validation/users';
import type { AccountDone } from './_components/done';

/**
 * The account page again, with what was done said by its page (`?done=`); its forms are in the
 * layout, drawn again from the database by `refresh()` (the header's name with them).
 */
function doneOn(locale: Locale, done: AccountDone): string {
  refresh();
  return `/${locale}/dashboard/account?done=${done}`;
}

/** The person's own name, as colleagues see it in the dashboard and the audit log. */
export const updateOwnNameAction = defineAction(
  { permission: 'dashboard.view', schema: ownNameSchema, name: 'user.update' },
  async ({ tx, user, input, locale }) => {
    const result = await updateUserDetails(tx, user.id, { name: input.name });
    if (!result.ok) throw new Error(`the signed-in account ${user.id} vanished within its own change`);
    const done: AccountDone = result.changed.name ? 'nameSaved' : 'nameUnchanged';
    const t = await getTranslations({ locale, namespace: 'Account' });
    return {
      audit: { action: 'user.update', entityType: 'user', entityId: user.id, detail: { name: input.name, email: user.email, changed: result.changed } },
      message: t(`done.${done}`),
      redirectTo: doneOn(locale, done),
    };
  },
);

/**
 * The person's own password, the current one asked first. A wrong current password is a failed
 * guess at it, recorded outside the rolled-back transaction and counted against the sign-in's
 * limits (db/queries/audit.ts): past them, refused without checking, as the sign-in is. Once
 * changed, every other session of the account ends (sessionsValidAfter moves, as for a reset)
 * and this one is signed in again with the new password.
 */
export const changeOwnPasswordAction = defineAction(
  { permission: 'dashboard.view', schema: changeOwnPasswordSchema, name: CHANGE_PASSWORD_ACTION },
  async ({ tx, user, input, locale, ip }) => {
    const t = await getTranslations({ locale, namespace: 'Account' });
    const failures = await recentFailedSignIns(tx, { email: user.email, ip, windowMinutes: THROTTLE.windowMinutes });
    if (failures.byEmail >= THROTTLE.perEmail || failures.byIp >= THROTTLE.perIp) {
      await audit(db, { action: CHANGE_PASSWORD_ACTION, actorId: user.id, actorEmail: user.email, entityType: 'user', entityId: user.id, outcome: 'denied', ip, detail: { reason: 'throttled' } });
      // The sign-in form's own words: the same limits, the same wait.
      const signInWords = await getTranslations({ locale, namespace: 'Auth' });
      throw new ActionFailure({ fieldErrors: { currentPassword: signInWords('throttled') } });
    }
    const stored = await getCredentialsByEmail(user.email, tx);
    if (!(await verifyPassword(stored?.passwordHash ?? null, input.currentPassword))) {
      await audit(db, { action: CHANGE_PASSWORD_ACTION, actorId: user.id, actorEmail: user.email, entityType: 'user', entityId: user.id, outcome: 'failed', ip, detail: { reason: 'wrong_password' } });
      throw new ActionFailure({ fieldErrors: { currentPassword: t('wrongPassword') } });
    }
    const passwordHash = await hashPassword(input.password);
    await tx.update(users).set({ passwordHash, sessionsValidAfter: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, user.id));
    return {
      audit: { action: CHANGE_PASSWORD_ACTION, entityType: 'user', entityId: user.id, detail: { name: user.name, email: user.email } },
      message: t('done.passwordChanged'),
      redirectTo: doneOn(locale, 'passwordChanged'),
      after: async () => {
        try {
          await signIn('credentials', { email: user.email, password: input.password, redirect: false });
        } catch (e) {
          // The password is changed; signing in again here is a convenience (it may be refused).
          if (!(e instanceof CredentialsSignin)) throw e;
          redirect(`/${locale}/sign-in`);
        }
      },
    };
  },
);
