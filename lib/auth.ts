import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import 'next-auth/jwt';
import { z } from 'zod';
import { db } from '@/db';
import { users } from '@/db/schema';
import { audit, auditRefusal, recentFailedSignIns, SIGN_IN_ACTION, THROTTLE } from '@/db/queries/audit';
import { getCredentialsByEmail } from '@/db/queries/users';
import { eq, sql } from 'drizzle-orm';
import { authLogger } from '@/lib/auth-logger';
import { emailField } from '@/lib/email';
import { verifyPassword } from '@/lib/password';
import { clientIp } from '@/lib/requester';

declare module 'next-auth' {
  interface Session {
    userId: string;
    /** When this session was issued (ms); compared with the user's sessionsValidAfter. */
    issuedAtMs: number;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    issuedAtMs?: number;
  }
}

export class TooManyAttempts extends CredentialsSignin {
  code = 'throttled';
}

/**
 * The right password for an account an admin disabled: said as it is, so that the person asks
 * an admin instead of resetting a password that is not the problem. Only to someone who typed
 * the password: a wrong one gets the generic answer, so the e-mail addresses of disabled
 * accounts cannot be found out.
 */
export class AccountDisabled extends CredentialsSignin {
  code = 'disabled';
}

const credentials = z.object({ email: emailField('required'), password: z.string().min(1).max(256) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: process.env.AUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 60 * 60 * 12 },
  pages: { signIn: '/fr/sign-in', error: '/fr/sign-in' },
  logger: authLogger,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(request?.headers);
        const failures = await recentFailedSignIns(db, { email, ip, windowMinutes: THROTTLE.windowMinutes });
        if (failures.byEmail >= THROTTLE.perEmail || failures.byIp >= THROTTLE.perIp) {
          // Anyone can keep trying: capped per address, beyond that counted in one entry (db/queries/audit.ts).
          await auditRefusal({ action: SIGN_IN_ACTION, actorEmail: email, outcome: 'denied', ip, detail: { reason: 'throttled' } });
          throw new TooManyAttempts();
        }
        const user = await getCredentialsByEmail(email);
        const ok = await verifyPassword(user?.passwordHash ?? null, password);
        if (!user || !ok || user.status !== 'active') {
          // One generic answer for a wrong e-mail or a wrong password.
          await audit(db, {
            action: SIGN_IN_ACTION,
            actorId: user?.id ?? null,
            actorEmail: email,
            outcome: 'failed',
            ip,
            detail: { reason: !user ? 'unknown_email' : !ok ? 'wrong_password' : 'disabled' },
          });
          if (user && ok) throw new AccountDisabled();
          return null;
        }
        await db.transaction(async (tx) => {
          await tx.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, user.id));
          await audit(tx, { action: SIGN_IN_ACTION, actorId: user.id, actorEmail: user.email, outcome: 'ok', ip });
        });
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.issuedAtMs = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.uid ?? '';
      session.issuedAtMs = token.issuedAtMs ?? 0;
      return session;
    },
  },
});
