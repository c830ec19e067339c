import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom } from './params';

/**
 * The generateMetadata of a page whose title is one message, in the page's language:
 *
 *   export const generateMetadata = titleMetadata('AdminUsers', 'title');
 */
export function titleMetadata(namespace: string, key: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await localeFrom(params);
    const t = await getTranslations({ locale, namespace });
    return { title: t(key) };
  };
}
