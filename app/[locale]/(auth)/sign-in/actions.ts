'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { isAppLocale } from '@/i18n/routing';
import type { ActionState } from '@/lib/action-state';
import { signIn } from '@/lib/auth';
import { DEFAULT_LOCALE } from '@/lib/locales';

const schema = z.object({
  email: z.string().trim().min(1, 'required').max(320, 'invalid').email('email'),
  password: z.string().min(1, 'required').max(256, 'invalid'),
});

function safeNext(next: unknown, locale: string): string {
  return typeof next === 'string' && next.startsWith(`/${locale}/`) && !next.startsWith('//') ? next : `/${locale}/dashboard`;
}

/**
 * Sign-in is the one action without a signed-in user; Auth.js verifies the password
 * (Argon2id), throttles and audits in lib/auth.ts. Wrong e-mail, wrong password and disabled
 * account get the same answer.
 */
export async function signInAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const rawLocale = form.get('locale');
  const locale = isAppLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'Auth' });
  const v = await getTranslations({ locale, namespace: 'Validation' });
  const email = String(form.get('email') ?? '');
  const values = { email };
  const parsed = schema.safeParse({ email, password: form.get('password') ?? '' });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= v(issue.message);
    return { status: 'error', fieldErrors, values };
  }
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (e) {
    if (e instanceof CredentialsSignin) {
      return { status: 'error', formError: t(e.code === 'throttled' ? 'throttled' : 'invalidCredentials'), values };
    }
    if (e instanceof AuthError) return { status: 'error', formError: t('invalidCredentials'), values };
    throw e;
  }
  redirect(safeNext(form.get('next'), locale));
}
