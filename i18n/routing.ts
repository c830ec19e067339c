import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/locales';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'always',
  // Read by the proxy when it redirects `/`; written only on an explicit language choice
  // (components/site/language-switcher.tsx), never on a public response, which stays cacheable.
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
  // hreflang alternates are in each page's metadata, where they know the translated slugs.
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];

export const RTL_LOCALES: readonly AppLocale[] = ['ar'];
export const directionOf = (locale: AppLocale): 'rtl' | 'ltr' => (RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr');

/**
 * `lang` and `dir` for a text written in `textLocale` (a French stand-in, another language's
 * title), spread on the element that holds it: nothing when it is in the page's language
 * (`pageLocale`; leave it out where the text is never in it). Marking the direction, not
 * guessing it (`dir="auto"`), keeps "17, route des Morillons" in order on an Arabic page
 * (WCAG 3.1.2, language of parts).
 */
export function langAttributes(textLocale: AppLocale, pageLocale?: AppLocale): { lang?: AppLocale; dir?: 'rtl' | 'ltr' } {
  return textLocale === pageLocale ? {} : { lang: textLocale, dir: directionOf(textLocale) };
}

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}
