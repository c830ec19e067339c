import { createHmac, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { REVALIDATE_HEADER } from './channel';

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

/**
 * What a caller sent to the internal endpoint (app/api/internal/revalidate), or the answer it
 * gets instead: 403 without the token, 400 for a body the schema refuses.
 */
export async function readInternalRequest<T>(req: Request, schema: z.ZodType<T>): Promise<T | Response> {
  if (!isValidRevalidateToken(req.headers.get(REVALIDATE_HEADER))) return new Response(null, { status: 403 });
  const parsed = schema.safeParse(await req.json().catch(() => null));
  return parsed.success ? parsed.data : new Response(null, { status: 400 });
}
