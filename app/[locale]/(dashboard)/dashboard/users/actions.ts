'use server';

import { refresh } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import {
  changeRole,
  createUser,
  forceSignOut,
  resetPassword,
  setUserStatus,
  SET_PASSWORD_LINK_HOURS,
  updateUserDetails,
  type UserChangeRefusal,
} from '@/db/queries/user-admin';
import type { Executor } from '@/db';
import { ActionFailure, defineAction, type ActionContext } from '@/lib/actions';
import type { Locale } from '@/lib/locales';
import { changeRoleSchema, createUserSchema, updateUserSchema, userIdSchema } from '@/lib/validation/user-admin';
import { initialSound } from '@/lib/format';
import type { UserDone } from './_components/done';

/** What the admin gets back to pass on: a path (the page adds its own origin) and its expiry. */
export interface SetPasswordLink {
  path: string;
  expiresAt: string;
  name: string;
}

const linkFor = (locale: Locale, token: string, name: string): SetPasswordLink => ({
  path: `/${locale}/set-password?token=${encodeURIComponent(token)}`,
  expiresAt: new Date(Date.now() + SET_PASSWORD_LINK_HOURS * 3_600_000).toISOString(),
  name,
});

/**
 * The account's screen again, with what was done said by its page (`?done=`). The forms are in
 * the screen's layout, which a redirect alone leaves as it was drawn: `refresh()` draws it again
 * from the database, keeping what is typed in the forms not sent.
 */
function doneOn(locale: Locale, id: string, done: UserDone): string {
  refresh();
  return `/${locale}/dashboard/users/${id}?done=${done}`;
}

/**
 * A refusal by the rules (last admin, own account not confirmed): answered in words, and the
 * attempt is kept in the audit log outside the rolled-back transaction, like any refused action.
 * A refusal about one field of the form sent (`field`) is that field's error, so a screen reader
 * hears it on the field; the others are the form's message.
 */
async function refuse(
  { locale, auditDenied }: Pick<ActionContext<unknown>, 'locale' | 'auditDenied'>,
  action: string,
  entityId: string,
  refusal: UserChangeRefusal,
  field?: string,
): Promise<never> {
  const t = await getTranslations({ locale, namespace: 'AdminUsers' });
  if (refusal === 'lastAdmin') await auditDenied({ action, entityType: 'user', entityId, detail: { reason: 'last_admin' } });
  if (refusal === 'emailTaken') throw new ActionFailure({ fieldErrors: { email: t('refusal.emailTaken') } });
  if (field) throw new ActionFailure({ fieldErrors: { [field]: t(`refusal.${refusal}`) }, data: { refusal } });
  throw new ActionFailure({ formError: t(`refusal.${refusal}`), data: { refusal } });
}

/** Who an entry is about, by name and address as they are at the time of the action (the log names people, not ids). */
async function person(tx: Executor, id: string) {
  const [row] = await tx.query.users.findMany({ columns: { name: true, email: true, preferredLocale: true }, where: (u, { eq }) => eq(u.id, id), limit: 1 });
  if (!row) throw new Error(`user ${id} vanished within its own change`);
  return row;
}

const named = ({ name, email }: { name: string; email: string }) => ({ name, email });

export const createUserAction = defineAction<typeof createUserSchema, SetPasswordLink>(
  { permission: 'user.manage', schema: createUserSchema, name: 'user.create' },
  async ({ tx, user, input, locale, auditDenied }) => {
    const result = await createUser(tx, user, input);
    if (!result.ok) return refuse({ locale, auditDenied }, 'user.create', '', result.refusal);
    const t = await getTranslations({ locale, namespace: 'AdminUsers' });
    return {
      audit: { action: 'user.create', entityType: 'user', entityId: result.id, detail: { name: input.name, email: input.email, role: input.role } },
      message: t('created', { name: input.name, sound: initialSound(input.name) }),
      // The link is shown to the admin once; only its hash is stored.
      data: linkFor(input.preferredLocale, result.token, input.name),
    };
  },
);

export const updateUserAction = defineAction(
  { permission: 'user.manage', schema: updateUserSchema, name: 'user.update' },
  async ({ tx, input, locale, auditDenied }) => {
    const { id, ...details } = input;
    const result = await updateUserDetails(tx, id, details);
    if (!result.ok) return refuse({ locale, auditDenied }, 'user.update', id, result.refusal);
    const { name, email } = await person(tx, id);
    const t = await getTranslations({ locale, namespace: 'AdminUsers' });
    // Said as it is: a new sign-in address, other details only, or nothing to change.
    const done = result.changed.email ? 'emailChanged' : Object.keys(result.changed).length ? 'detailsSaved' : 'detailsUnchanged';
    return {
      audit: { action: 'user.update', entityType: 'user', entityId: id, detail: { name, email, changed: result.changed } },
      message: t(`done.${done}`),
      redirectTo: doneOn(locale, id, done),
    };
  },
);

export const changeRoleAction = defineAction(
  { permission: 'user.manage', schema: changeRoleSchema, name: 'user.change_role' },
  async ({ tx, user, input, locale, auditDenied }) => {
    const result = await changeRole(tx, user, input.id, input.role, input);
    if (!result.ok) {
      // The role chosen is what cannot be: the last active admin must stay one.
      return refuse({ locale, auditDenied }, 'user.change_role', input.id, result.refusal, result.refusal === 'lastAdmin' ? 'role' : undefined);
    }
    const t = await getTranslations({ locale, namespace: 'AdminUsers' });
    // Said as it is, as for the details: a role sent unchanged changed nothing, and the log says so.
    const done = result.before === input.role ? 'roleUnchanged' : 'roleChanged';
    return {
      audit: {
        action: 'user.change_role',
        entityType: 'user',
        entityId: input.id,
        detail: { ...named(await person(tx, input.id)), changed: done === 'roleChanged' ? { role: { before: result.before, after: input.role } } : {} },
      },
      message: done === 'roleChanged' ? t('roleChanged') : t('done.roleUnchanged'),
      redirectTo: doneOn(locale, input.id, done),
    };
  },
);

/** Disabling and re-enabling differ only by the state they set and the words they say it with. */
const userStatusAction = (status: 'disabled' | 'active', name: 'user.disable' | 'user.enable', done: 'disabled' | 'enabled') =>
  defineAction({ permission: 'user.manage', schema: userIdSchema, name }, async ({ tx, user, input, locale, auditDenied }) => {
    const result = await setUserStatus(tx, user, input.id, status, input);
    if (!result.ok) return refuse({ locale, auditDenied }, name, input.id, result.refusal);
    const t = await getTranslations({ locale, namespace: 'AdminUsers' });
    return {
      audit: { action: name, entityType: 'user', entityId: input.id, detail: named(await person(tx, input.id)) },
      message: t(done),
      redirectTo: doneOn(locale, input.id, done),
    };
  });

export const disableUserAction = userStatusAction('disabled', 'user.disable', 'disabled');
export const enableUserAction = userStatusAction('active', 'user.enable', 'enabled');

export const forceSignOutAction = defineAction(
  { permission: 'user.manage', schema: userIdSchema, name: 'user.force_sign_out' },
  async ({ tx, user, input, locale, auditDenied }) => {
    const result = await forceSignOut(tx, user, input.id, input);
    if (!result.ok) return refuse({ locale, auditDenied }, 'user.force_sign_out', input.id, result.refusal);
    const t = await getTranslations({ locale, namespace: 'AdminUsers' });
    return { audit: { action: 'user.force_sign_out', entityType: 'user', entityId: input.id, detail: named(await person(tx, input.id)) }, message: t('signedOut'), redirectTo: doneOn(locale, input.id, 'signedOut') };
  },
);

export const resetPasswordAction = defineAction<typeof userIdSchema, SetPasswordLink>(
  { permission: 'user.manage', schema: userIdSchema, name: 'user.reset_password' },
  async ({ tx, user, input, locale, auditDenied }) => {
    const result = await resetPassword(tx, user, input.id, input);
    if (!result.ok) return refuse({ locale, auditDenied }, 'user.reset_password', input.id, result.refusal);
    const t = await getTranslations({ locale, namespace: 'AdminUsers' });
    const target = await person(tx, input.id);
    return {
      audit: { action: 'user.reset_password', entityType: 'user', entityId: input.id, detail: named(target) },
      message: t('passwordReset'),
      data: linkFor(target.preferredLocale ?? locale, result.token, target.name),
    };
  },
);
