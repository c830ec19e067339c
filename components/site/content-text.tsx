import { textRuns } from '@/lib/bidi';
import type { Locale } from '@/lib/locales';
import { typeset } from '@/lib/typography';

/**
 * A plain content text (a lede, a run of rich text) with its phone numbers isolated left to
 * right and unbroken (lib/bidi.ts textRuns): in Arabic they otherwise read group by group from
 * the right. With the text's `locale` (public pages), its French spaces drawn unbreakable
 * (lib/typography.ts). A text with neither is returned as is, with no markup added.
 */
export function ContentText({ text, locale }: { text: string; locale?: Locale }) {
  const drawn = typeset(text, locale);
  const runs = textRuns(drawn);
  if (runs.length === 1 && !runs[0]!.ltr) return drawn;
  return runs.map((r, i) =>
    r.ltr ? (
      <bdi key={i} dir="ltr" className="whitespace-nowrap">
        {r.text}
      </bdi>
    ) : (
      r.text
    ),
  );
}
