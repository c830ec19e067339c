import { createHmac, timingSafeEqual } from 'node:crypto';

/** The internal revalidation endpoint accepts only callers that know AUTH_SECRET. */
export function revalidateToken(): string {
  return createHmac('sha256', process.env.AUTH_SECRET ?? '').update('communique:revalidate').digest('base64url');
}

export function isValidRevalidateToken(token: string | null): boolean {
  if (!token || !process.env.AUTH_SECRET) return false;
  const a = Buffer.from(token);
  const b = Buffer.from(revalidateToken());
  return a.length === b.length && timingSafeEqual(a, b);
}
