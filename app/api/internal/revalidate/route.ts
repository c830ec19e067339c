import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { readInternalRequest } from '@/lib/cache/internal-secret';

const body = z.object({
  tags: z.array(z.string().min(1).max(200)).min(1).max(500),
  /** Epoch ms: the tags expire at that instant instead of now (scheduled publishes). */
  at: z.number().int().positive().optional(),
});

/**
 * Expires cache tags in this process. Called only by this server's own cache coordinator
 * (lib/cache/coordinator.ts) — for changes made by other processes, and for scheduled
 * publishes — because Next lets tags be expired only inside a request.
 *
 * With `at` in the future, entries cached before that instant count as expired from that
 * instant on (Next's tag manifest keeps an expiry time per tag): the first request after a
 * scheduled publish renders anew, with no timer racing it. Such tags (`at:<ms>`) are never
 * expired "now" by anything else, which would overwrite their expiry time.
 */
export async function POST(req: Request) {
  const request = await readInternalRequest(req, body);
  if (request instanceof Response) return request;
  const { tags, at } = request;
  // Next adds the seconds to its own clock when the request ends, a little later than now:
  // the expiry lands at or just after `at`, never before it.
  const expire = at === undefined ? 0 : Math.max(0, (at - Date.now()) / 1000);
  for (const tag of tags) revalidateTag(tag, { expire });
  return Response.json({ expired: tags.length, at: at ?? null });
}
