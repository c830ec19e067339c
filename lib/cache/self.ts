import { REVALIDATE_HEADER } from './channel';
import { revalidateToken } from './internal-secret';

/**
 * This server's own address, for the requests it makes to itself: tag expiries
 * (lib/cache/coordinator.ts, lib/cache/invalidate.ts) and the pages it renders again after a
 * change (lib/cache/warm.ts). `next start` listens on PORT (scripts/start.ts, scripts/e2e-server.ts).
 */
export function selfOrigin(): string {
  return `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/**
 * Expires tags in this server's cache through its internal endpoint
 * (app/api/internal/revalidate): done when it answers, where a `revalidateTag` made in a server
 * action takes effect only once the action has returned. With `at`, from that instant on.
 * False, with the reason logged, when the endpoint could not do it.
 */
export async function expireHere(payload: { tags: string[]; at?: number }): Promise<boolean> {
  try {
    const res = await fetch(`${selfOrigin()}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REVALIDATE_HEADER]: revalidateToken() },
      body: JSON.stringify(payload),
    });
    if (!res.ok) console.error(`[cache] expiring tags failed: HTTP ${res.status}`);
    return res.ok;
  } catch (e) {
    console.error(`[cache] expiring tags failed: ${(e as Error).message}`);
    return false;
  }
}
