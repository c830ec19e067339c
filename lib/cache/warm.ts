import 'server-only';
import { visibleArticleSlugs } from '@/db/queries/public-articles';
import { getNavigation } from '@/db/queries/public-pages';
import { isAppLocale } from '@/i18n/routing';
import { LOCALES, type Locale } from '@/lib/locales';
import { PAGE_KEY } from '@/lib/page-keys';
import { findByKey } from '@/lib/tree';
import { pagesInOrder, renderAhead } from './render-ahead';
import { tags } from './tags';

const LIST_TAG = /^articles:(.+)$/;
const TREE_TAG = /^pages:(.+)$/;
const ARTICLE_TAG = /^article:(.+)$/;

const localesOf = (tagList: string[], tag: RegExp) => tagList.map((t) => tag.exec(t)?.[1]).filter((l): l is Locale => isAppLocale(l));

/** A page the site relies on (lib/page-keys.ts), at its address in each language where readers see it. */
async function keyedPageEverywhere(key: string): Promise<string[]> {
  const trees = await Promise.all(LOCALES.map(async (l) => ({ l, node: findByKey(await getNavigation(l), key) })));
  return trees.flatMap(({ l, node }) => (node ? [`/${l}/${node.path.join('/')}`] : []));
}

/**
 * The public pages that a change just expired (the tags of lib/cache/tags.ts): for each language
 * whose lists it changed, the news list, the article's page if readers see it, and the home
 * page; for each language whose page tree it changed (a profile page published, edited, moved),
 * its news list and home page; then, when an office changed, the office directory in each
 * language (the releases citing the office are left to their readers: they may be many), and
 * when the structure changed, the Structure page in each language; in that order
 * (lib/cache/render-ahead.ts).
 */
export async function pagesToWarm(tagList: string[]): Promise<string[]> {
  const lists = [...new Set(localesOf(tagList, LIST_TAG))];
  const locales = [...new Set([...lists, ...localesOf(tagList, TREE_TAG)])];
  const more = [
    ...(tagList.includes(tags.offices()) ? LOCALES.map((l) => `/${l}/offices`) : []),
    ...(tagList.includes(tags.orgUnits()) ? await keyedPageEverywhere(PAGE_KEY.structure) : []),
  ];
  if (locales.length === 0 && more.length === 0) return [];
  const articleIds = tagList.map((t) => ARTICLE_TAG.exec(t)?.[1]).filter((id): id is string => !!id);
  const articles = locales.length > 0 ? await visibleArticleSlugs(articleIds, lists) : [];
  return pagesInOrder(locales, articles, more);
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
