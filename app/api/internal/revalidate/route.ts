import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { REVALIDATE_HEADER } from '@/lib/cache/channel';
import { isValidRevalidateToken } from '@/lib/cache/internal-secret';

const body = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(500) });

/**
 * Expires cache tags in this process. Called only by this server's own cache coordinator
 * (lib/cache/coordinator.ts) — for changes made by other processes and for scheduled
 * publishes reaching their time — because Next lets tags be expired only inside a request.
 */
export async function POST(req: Request) {
  if (!isValidRevalidateToken(req.headers.get(REVALIDATE_HEADER))) return new Response(null, { status: 403 });
  const parsed = body.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return new Response(null, { status: 400 });
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ expired: parsed.data.tags.length });
}
