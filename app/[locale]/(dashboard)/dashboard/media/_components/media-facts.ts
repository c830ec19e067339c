import type { MediaItem } from '@/db/queries/media';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/locales';

/** How the library names an image: its text in the interface language, else its file's name or address. */
export function mediaName(item: Pick<MediaItem, 'alts' | 'fileName' | 'src'>, locale: Locale): string {
  return item.alts[locale] || item.alts.fr || item.fileName || item.src;
}

/** "1 600 × 900 px · 312 Ko" in the interface language (the size only for an uploaded file). */
export function mediaFacts(item: Pick<MediaItem, 'width' | 'height' | 'byteSize'>, locale: Locale, t: (key: 'dimensions' | 'size', values: Record<string, string>) => string): string {
  const dims = t('dimensions', { width: formatNumber(locale, item.width), height: formatNumber(locale, item.height) });
  return item.byteSize === null ? dims : `${dims} · ${t('size', { kb: formatNumber(locale, Math.max(1, Math.round(item.byteSize / 1024))) })}`;
}
