import 'server-only';
import { visibleArticleSlugs } from '@/db/queries/public-articles';
import { isAppLocale } from '@/i18n/routing';
import type { Locale } from '@/lib/locales';
import { pagesInOrder, renderAhead } from './render-ahead';

const LIST_TAG = /^articles:(.+)$/;
const TREE_TAG = /^pages:(.+)$/;
const ARTICLE_TAG = /^article:(.+)$/;

const localesOf = (tagList: string[], tag: RegExp) => tagList.map((t) => tag.exec(t)?.[1]).filter((l): l is Locale => isAppLocale(l));

/**
 * The public pages that a change just expired (the tags of lib/cache/tags.ts): for each language
 * whose lists it changed, the news list, the article's page if readers see it, and the home
 * page; for each language whose page tree it changed (a profile page published, edited, moved),
 * its news list and home page, in that order (lib/cache/render-ahead.ts).
 */
export async function pagesToWarm(tagList: string[]): Promise<string[]> {
  const lists = [...new Set(localesOf(tagList, LIST_TAG))];
  const locales = [...new Set([...lists, ...localesOf(tagList, TREE_TAG)])];
  if (locales.length === 0) return [];
  const articleIds = tagList.map((t) => ARTICLE_TAG.exec(t)?.[1]).filter((id): id is string => !!id);
  return pagesInOrder(locales, await visibleArticleSlugs(articleIds, lists));
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
    await renderAhead(await pagesToWarm(tagList));
  } catch (e) {
    console.error('[cache] rendering changed pages again failed:', (e as Error).message);
  }
}
