'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { fieldErrorsFrom, formLocale } from '@/lib/actions';
import { emailField } from '@/lib/email';
import { signIn } from '@/lib/auth';
import { inInterfaceLanguage, safeCallbackPath } from '@/lib/callback-path';

const schema = z.object({
  email: emailField('required'),
  password: z.string().min(1, 'required').max(256, 'invalid'),
});

/** What each refusal of lib/auth.ts (its `code`) says; anything else is the generic answer. */
const SIGN_IN_REFUSALS: Record<string, 'throttled' | 'accountDisabled'> = { throttled: 'throttled', disabled: 'accountDisabled' };

/**
 * Sign-in is the one action without a signed-in user; Auth.js verifies the password
 * (Argon2id), throttles and audits in lib/auth.ts. Wrong e-mail and wrong password get the same
 * answer; a disabled account is said so to whoever typed its password.
 */
export async function signInAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: 'Auth' });
  const v = await getTranslations({ locale, namespace: 'Validation' });
  const email = String(form.get('email') ?? '');
  const values = { email };
  const parsed = schema.safeParse({ email, password: form.get('password') ?? '' });
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsFrom(parsed.error.issues, v), values };
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (e) {
    if (e instanceof CredentialsSignin) {
      return { status: 'error', formError: t(SIGN_IN_REFUSALS[e.code] ?? 'invalidCredentials'), values };
    }
    if (e instanceof AuthError) return { status: 'error', formError: t('invalidCredentials'), values };
    throw e;
  }
  // Back where the person was going, in the language they read this form in.
  redirect(inInterfaceLanguage(safeCallbackPath(form.get('next'), `/${locale}/dashboard`), locale));
}
