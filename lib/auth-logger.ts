import type { AuthError, NextAuthConfig } from 'next-auth';

/**
 * Auth.js's `logger` option. Auth.js logs every error it meets as an error with its stack, a
 * refused sign-in included ("[auth][error] CredentialsSignin"); but a wrong password, an unknown
 * e-mail or a throttled attempt (lib/auth.ts's TooManyAttempts is a CredentialsSignin too) is an
 * everyday event, already in the audit log with its reason and address. Anything else is still
 * an error.
 *
 * Told by the error's `type`, as Auth.js itself tells its errors apart (isClientError), rather
 * than by `instanceof`: it holds whichever copy of @auth/core threw it.
 */
export const authLogger: NonNullable<NextAuthConfig['logger']> = {
  error(error) {
    if ((error as Partial<AuthError>).type === 'CredentialsSignin') return;
    console.error('[auth][error]', error);
  },
};
