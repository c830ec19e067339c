import { splitHighlight } from '@/lib/search';

/**
 * A ts_headline result (db/queries/public-news.ts) with its matched words in <mark>: the text
 * arrives as plain text with two private-use marks, and React escapes every part of it.
 */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlight(text).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-accent-100 px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
