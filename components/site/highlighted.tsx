import type { Locale } from '@/lib/locales';
import { splitHighlight } from '@/lib/search';
import { typeset } from '@/lib/typography';

/**
 * A ts_headline result (db/queries/public-news.ts) with its matched words in <mark>: the text
 * arrives as plain text with two private-use marks, and React escapes every part of it. Each
 * part is drawn in the typography of `locale` (lib/typography.ts); what matched is unchanged.
 */
export function Highlighted({ text, locale }: { text: string; locale: Locale }) {
  return (
    <>
      {splitHighlight(text).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-accent-100 px-0.5 text-ink">
            {typeset(part.text, locale)}
          </mark>
        ) : (
          typeset(part.text, locale)
        ),
      )}
    </>
  );
}
