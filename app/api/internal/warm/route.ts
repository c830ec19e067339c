import { z } from 'zod';
import { readInternalRequest } from '@/lib/cache/internal-secret';
import { warmPublicPages } from '@/lib/cache/warm';

const body = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(500) });

/**
 * Renders again the public pages of tags this process has just expired (lib/cache/warm.ts).
 * Called only by this server's own cache coordinator (lib/cache/coordinator.ts), once its
 * expiry request has answered — a scheduled release coming due, another process's change —
 * so that their first readers get a stored page, as after a publish made here. Answers once
 * the pages are rendered; a page that fails is left to its first reader.
 */
export async function POST(req: Request) {
  const request = await readInternalRequest(req, body);
  if (request instanceof Response) return request;
  return Response.json({ warmed: await warmPublicPages(request.tags) });
}
