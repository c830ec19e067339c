import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { NavNode } from '@/db/queries/public-pages';
import { LOCALES, type Locale } from '@/lib/locales';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * Header, main landmark and footer of every public page. `alternates` is where the language
 * switcher leads for each locale: the same content's translation, or — when it has none — the
 * same address in that locale, which answers with the list of languages it exists in. A locale
 * left out is not offered (a preview offers only the languages the release has). `current`: the
 * page's address without its locale ("/qui-sommes-nous/structure", "/news/<slug>"), which the
 * menu marks — given by each page, which knows it: a cached page reads nothing of the request.
 */
export async function SiteShell({
  locale,
  nav,
  year,
  alternates,
  current,
  children,
}: {
  locale: Locale;
  nav: NavNode[];
  year: number;
  alternates: Partial<Record<Locale, string>>;
  current?: string;
  children: ReactNode;
}) {
  const names = await getTranslations({ locale, namespace: 'Languages' });
  const languages = LOCALES.flatMap((l) => {
    const href = alternates[l];
    return href === undefined ? [] : [{ locale: l, href, name: names(l), current: l === locale }];
  });
  return (
    // A column as tall as the window at least: on a short page the footer ends at the bottom
    // edge rather than leaving a white band under it.
    <div className="flex min-h-screen flex-col">
      <SiteHeader locale={locale} nav={nav} languages={languages} current={current} />
      {/* A word or an address longer than its column (a URL in a lede, a German compound) breaks
          where it must rather than widening the page: `anywhere`, unlike `break-word`, also
          narrows what grid and flex items ask for, so cards and the article column hold too. */}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 pt-8 wrap-anywhere outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} year={year} />
    </div>
  );
}

/** Same path under every locale prefix, e.g. "/news" → { fr: "/fr/news", … }. */
export function samePathEverywhere(path: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, `/${l}${path === '/' ? '' : path}`])) as Record<Locale, string>;
}
