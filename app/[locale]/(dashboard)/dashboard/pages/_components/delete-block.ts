import { getTranslations } from 'next-intl/server';
import type { PageDeleteBlock } from '@/db/queries/page-writes';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/locales';

/** Why a page cannot be deleted, in words: on its overview and as the delete action's refusal. */
export async function pageDeleteBlockMessage(locale: Locale, block: PageDeleteBlock): Promise<string> {
  const [t, languages] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminPages' }),
    getTranslations({ locale, namespace: 'LanguageNames' }),
  ]);
  switch (block.status) {
    case 'missing':
      return t('refusal.missing');
    case 'needed':
      return t('deleteNeeded');
    case 'hasChildren':
      return t('deleteHasChildren', { count: block.children, n: formatNumber(locale, block.children) });
    case 'live':
      return t('deleteLive', { languages: new Intl.ListFormat(locale, { type: 'conjunction' }).format(block.locales.map((l) => languages(l))) });
  }
}
