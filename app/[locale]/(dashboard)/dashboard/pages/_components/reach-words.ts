import { getTranslations } from 'next-intl/server';
import { offlineIn, reachableBelow, type PageTreeRow } from '@/db/queries/dashboard-pages';
import { isolateIn } from '@/lib/bidi';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/locales';

/** Named in full up to this many; past it, the first ones and how many more (a long branch). */
const NAMED = 3;

/**
 * What editors are told about a translation readers cannot reach although it is published (a page
 * above it is not: db/queries/dashboard-pages.ts), and about the published pages below one that
 * leave the site with it: in the interface language, the pages named.
 */
export async function pageReachWords(locale: Locale) {
  const [t, languageNames] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminPages' }),
    getTranslations({ locale, namespace: 'LanguageNames' }),
  ]);
  // A title in the language it is written in, quoted and isolated in the interface's sentence.
  const names = (items: { text: string; textLocale: Locale }[]) => {
    const quoted = items.slice(0, items.length > NAMED + 1 ? NAMED : NAMED + 1).map((i) => t('quotedTitle', { title: isolateIn(i.text, i.textLocale, locale) }));
    const more = items.length - quoted.length;
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(more > 0 ? [...quoted, t('moreTitles', { count: more, n: formatNumber(locale, more) })] : quoted);
  };
  const byId = (tree: PageTreeRow[]) => new Map(tree.map((r) => [r.id, r]));
  const above = (tree: PageTreeRow[], row: PageTreeRow, lang: Locale) => {
    const rows = byId(tree);
    const hidden = row.locales[lang].hiddenAbove.flatMap((id) => rows.get(id) ?? []);
    return { count: hidden.length, titles: names(hidden.map((r) => ({ text: r.title, textLocale: r.titleLocale }))), language: languageNames(lang) };
  };
  const below = (rows: PageTreeRow[], lang: Locale) => ({
    count: rows.length,
    n: formatNumber(locale, rows.length),
    titles: names(rows.map((r) => ({ text: r.locales[lang].title ?? r.title, textLocale: r.locales[lang].title ? lang : r.titleLocale }))),
    language: languageNames(lang),
  });

  return {
    /** The state chip's label and, when published but offline, why (its tooltip, the editor's note). */
    chip(tree: PageTreeRow[], row: PageTreeRow, lang: Locale): { state: PageTreeRow['locales'][Locale]['state'] | 'offline'; label: string; why: string | null } {
      if (offlineIn(row, lang)) return { state: 'offline', label: t('state.offline'), why: t('offline', above(tree, row, lang)) };
      const state = row.locales[lang].state;
      return { state, label: t(`state.${state}`), why: null };
    },
    /** After a publication: "online", or "once the page above is published" when one is not. */
    published(tree: PageTreeRow[], row: PageTreeRow, lang: Locale, saved: 'publish' | 'published'): string {
      return offlineIn(row, lang) ? t(`saved.${saved}Offline`, above(tree, row, lang)) : t(`saved.${saved}`);
    },
    /** Unpublishing `row` in `lang` takes these published pages below offline too; null when none. */
    unpublishWarning(tree: PageTreeRow[], row: PageTreeRow, lang: Locale): string | null {
      const rows = reachableBelow(tree, row.id, lang);
      return rows.length > 0 ? t('unpublishBelow', below(rows, lang)) : null;
    },
    /**
     * After an unpublication: the published pages below that went with it (those nothing else
     * above keeps offline), named.
     */
    unpublished(tree: PageTreeRow[], row: PageTreeRow, lang: Locale): string {
      // Only this page stands in their way: readers reached them until now.
      const gone = tree.filter((r) => r.locales[lang].state === 'published' && r.locales[lang].hiddenAbove.join() === row.id);
      return gone.length > 0 ? t('saved.unpublishedBelow', below(gone, lang)) : t('saved.unpublished');
    },
  };
}
