import { textRuns } from '@/lib/bidi';

/**
 * A plain content text (a lede, a run of rich text) with its phone numbers isolated left to
 * right and unbroken (lib/bidi.ts textRuns): in Arabic they otherwise read group by group from
 * the right. A text without one is returned as is, with no markup added.
 */
export function ContentText({ text }: { text: string }) {
  const runs = textRuns(text);
  if (runs.length === 1 && !runs[0]!.ltr) return text;
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
