import 'server-only';
import { visibleArticlePaths } from '@/db/queries/public-articles';
import { isAppLocale } from '@/i18n/routing';
import type { Locale } from '@/lib/locales';
import { selfOrigin } from './self';

/** At most this many pages per change: a change shown in every language warms the first ones. */
const WARM_LIMIT = 6;
/** A render slower than this is left to the first reader rather than keeping the editor waiting. */
const WARM_TIMEOUT_MS = 3_000;

const LIST_TAG = /^articles:(.+)$/;
const ARTICLE_TAG = /^article:(.+)$/;

/**
 * The public pages that an article change just expired (the tags of lib/cache/tags.ts): for each
 * language whose lists it changed, the news list, the article's page if readers see it, and the
 * home page, in that order.
 */
export async function pagesToWarm(tagList: string[]): Promise<string[]> {
  const locales = [...new Set(tagList.map((t) => LIST_TAG.exec(t)?.[1]).filter((l): l is Locale => isAppLocale(l)))];
  if (locales.length === 0) return [];
  const articleIds = tagList.map((t) => ARTICLE_TAG.exec(t)?.[1]).filter((id): id is string => !!id);
  const articles = await visibleArticlePaths(articleIds, locales);
  const paths = locales.flatMap((l) => [`/${l}/news`, ...articles.filter((a) => a.locale === l).map((a) => a.path), `/${l}`]);
  return [...new Set(paths)].slice(0, WARM_LIMIT);
}

/**
 * After a change readers see: its pages rendered again at once, before the action answers, as an
 * anonymous reader would ask for them. The first readers of a release just published then get the
 * stored page instead of each paying a render (a release is read by many in its first minutes),
 * and the editor's "published" means readers see it. Best effort: a page that fails or takes too
 * long is left to its first reader, and the change stands. Called once the tags are expired in
 * this server (lib/cache/invalidate.ts: in a production server, where a development one would
 * compile each page on demand, seconds each).
 */
export async function warmPublicPages(tagList: string[]): Promise<void> {
  try {
    const paths = await pagesToWarm(tagList);
    const origin = selfOrigin();
    await Promise.all(
      paths.map(async (path) => {
        try {
          const res = await fetch(`${origin}${path}`, { cache: 'no-store', signal: AbortSignal.timeout(WARM_TIMEOUT_MS) });
          await res.arrayBuffer();
        } catch {
          // Left to the first reader.
        }
      }),
    );
  } catch (e) {
    console.error('[cache] rendering changed pages again failed:', (e as Error).message);
  }
}
