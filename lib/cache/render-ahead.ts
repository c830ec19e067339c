import type { Locale } from '@/lib/locales';
import { selfOrigin } from './self';

/** At most this many pages per change: a change shown in every language warms the first ones. */
const RENDER_AHEAD_LIMIT = 6;
/** A render slower than this is left to the first reader rather than keeping anyone waiting. */
const RENDER_AHEAD_TIMEOUT_MS = 3_000;

/**
 * The public pages a change shows on, most read first: for each language whose lists or page
 * tree changed (every page of it draws the tree's navigation), the news list, the pages of the
 * changed articles readers see in it, and the home page; then any others the change shows on
 * (`more`); at most RENDER_AHEAD_LIMIT. Both the actions (lib/cache/warm.ts) and the scheduled
 * publishes coming due (lib/cache/coordinator.ts) render these again ahead of their readers.
 */
export function pagesInOrder(locales: Locale[], articles: { locale: Locale; slug: string }[], more: string[] = []): string[] {
  const paths = [...new Set(locales)].flatMap((l) => [`/${l}/news`, ...articles.filter((a) => a.locale === l).map((a) => `/${l}/news/${a.slug}`), `/${l}`]);
  return [...new Set([...paths, ...more])].slice(0, RENDER_AHEAD_LIMIT);
}

/**
 * Asks this server for each page as an anonymous reader would (no cookie), once their tags are
 * expired: Next renders and stores them, and the next readers get the stored page. Best effort:
 * a page that fails or takes too long is left to its first reader.
 */
export async function renderAhead(paths: string[]): Promise<void> {
  const origin = selfOrigin();
  await Promise.all(
    paths.map(async (path) => {
      try {
        const res = await fetch(`${origin}${path}`, { cache: 'no-store', signal: AbortSignal.timeout(RENDER_AHEAD_TIMEOUT_MS) });
        await res.arrayBuffer();
      } catch {
        // Left to the first reader.
      }
    }),
  );
}
