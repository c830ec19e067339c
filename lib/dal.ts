import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { db } from '@/db';
import { audit } from '@/db/queries/audit';
import type { PublicUser } from '@/db/queries/users';
import { auth } from '@/lib/auth';
import { signInPath } from '@/lib/callback-path';
import type { Locale } from '@/lib/locales';
import { can, type Permission } from '@/lib/permissions';
import { clientIp, deniedEntry, sessionStanding, type Requester, type SessionStanding } from '@/lib/requester';

/**
 * The session of this request, checked against the database on every request: a disabled
 * account, a role change, a forced sign-out or a sign-out elsewhere take effect at the very next
 * request, although the session itself is a signed JWT (lib/requester.ts).
 */
const readSession = cache(async (): Promise<SessionStanding> => {
  // Per request, never prerendered (reading the session also draws random values).
  await connection();
  const session = await auth();
  if (!session?.userId) return { user: null, ended: null };
  return sessionStanding(session);
});

/** Who is asking: the signed-in user whose session still counts, or null. */
export const getCurrentUser = cache(async (): Promise<PublicUser | null> => (await readSession()).user);

/**
 * Who is asking, as a refusal records it: also the person whose session no longer counts, and
 * the client's address (lib/requester.ts `deniedEntry`).
 */
export const getRequester = cache(async (): Promise<Requester> => ({ ...(await readSession()), ip: clientIp(await headers()) }));

export { signInPath };

/**
 * For pages: the signed-in user, or a redirect to sign-in that comes back here. `here` is the
 * path to come back to, with whatever query the page needs again (a preview's `?ui=`).
 */
export async function requireUser(locale: Locale, here: string): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(locale, here));
  return user;
}

/** For pages: the user if their role allows `permission`; otherwise sign-in or a 403 page. */
export async function requirePermission(locale: Locale, here: string, permission: Permission): Promise<PublicUser> {
  const user = await requireUser(locale, here);
  if (!can(user.role, permission)) {
    // A failed authorization (PRODUCT.md: the audit log records them), like a refused action:
    // a writer who opens the users screen by its address is sent away, and it is on record.
    await audit(db, deniedEntry(await getRequester(), { action: 'screen.view', detail: { path: here, permission } }));
    redirect(`/${locale}/dashboard/forbidden`);
  }
  return user;
}
