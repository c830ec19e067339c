import type { MediaItem } from '@/db/queries/media';
import { directionOf, langAttributes } from '@/i18n/routing';
import { isolate, isolateIn } from '@/lib/bidi';
import { formatNumber } from '@/lib/format';
import { LOCALES, type Locale } from '@/lib/locales';
import type { MediaTextsInput } from '@/lib/validation/media';
import { flatten } from '@/lib/validation/nested-form';

/** How the library names an image: its text in the interface language, else its file's name or address. */
export function mediaName(item: Pick<MediaItem, 'alts' | 'fileName' | 'src'>, locale: Locale): string {
  return item.alts[locale] || item.alts.fr || item.fileName || item.src;
}

/**
 * The language of mediaName's answer, as attributes for the element showing it: none in the
 * interface language, French standing in marked as such, a file name or address in no language
 * given its own direction.
 */
export function mediaNameAttributes(item: Pick<MediaItem, 'alts'>, locale: Locale): { lang?: Locale; dir?: 'ltr' | 'rtl' | 'auto' } {
  if (item.alts[locale]) return {};
  return item.alts.fr ? langAttributes('fr', locale) : { dir: 'auto' };
}

/** mediaName for a sentence of the interface, isolated when it may run the other way (lib/bidi.ts). */
export function mediaNameInText(item: Pick<MediaItem, 'alts' | 'fileName' | 'src'>, locale: Locale): string {
  const name = mediaName(item, locale);
  if (item.alts[locale]) return name;
  if (item.alts.fr) return isolateIn(name, 'fr', locale);
  // A file name or address, in no language: its first letter says its direction.
  return directionOf(locale) === 'rtl' ? isolate(name) : name;
}

/** "1 600 × 900 px · 312 Ko" in the interface language (the size only for an uploaded file). */
export function mediaFacts(item: Pick<MediaItem, 'width' | 'height' | 'byteSize'>, locale: Locale, t: (key: 'dimensions' | 'size', values: Record<string, string>) => string): string {
  const dims = t('dimensions', { width: formatNumber(locale, item.width), height: formatNumber(locale, item.height) });
  return item.byteSize === null ? dims : `${dims} · ${t('size', { kb: formatNumber(locale, Math.max(1, Math.round(item.byteSize / 1024))) })}`;
}

/** An image's texts as its form's inputs hold them ("credit", "texts.fr.alt"): what the page opens it with, and a colleague's version. */
export function mediaFormValues({ credit, alts }: { credit: string | null; alts: Partial<MediaTextsInput['alts']> }): Record<string, string> {
  return flatten({ credit: credit ?? '', texts: Object.fromEntries(LOCALES.map((l) => [l, { alt: alts[l] ?? '' }])) });
}
