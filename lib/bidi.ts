import { directionOf, type AppLocale } from '@/i18n/routing';

/**
 * Text of one direction inside a sentence of another (Unicode isolates, UAX #9): an interpolated
 * value keeps its own order and leaves the words around it in theirs — "+598 2916 8043" or
 * "Qui sommes-nous ?" inside Arabic. For a value in markup, `<bdi dir="ltr">` or the element's
 * own `lang`/`dir` (i18n/routing.ts langAttributes) does the same; these are for plain strings
 * (messages built on the server, attributes).
 */
const OPEN = { ltr: '\u2066', rtl: '\u2067', auto: '\u2068' } as const;
const CLOSE = '\u2069';

/** `text` isolated from the sentence around it: left to right, right to left, or as its first strong letter says. */
export function isolate(text: string, dir: keyof typeof OPEN = 'auto'): string {
  return `${OPEN[dir]}${text}${CLOSE}`;
}

/**
 * A phone number or calling code inside a sentence: left to right, and on one line (no-break
 * spaces) — broken after "+598 2916", an Arabic line would show "8043" on the next line first.
 */
export function phoneInText(number: string): string {
  return isolate(number.replace(/ /g, '\u00a0'), 'ltr');
}

/**
 * Whether a phone number field is drawn strictly left to right (CSS `unicode-bidi: bidi-override`),
 * as long as it holds no letter. `dir="ltr"` is not enough for Arabic-Indic digits: they are
 * "Arabic numbers" to the bidi algorithm (UAX #9, N1), the spaces between their groups take their
 * right-to-left side, and "٠٢ ٢٧٣٦ ٥١٤٠" is shown as "٥١٤٠ ٢٧٣٦ ٠٢". With a letter (an extension in
 * words) the algorithm is left alone: overridden, Arabic words would be drawn backwards.
 */
export function strictlyLeftToRight(phone: string): boolean {
  return !/\p{L}/u.test(phone);
}

/**
 * A content text (a title, a name) for a sentence of the interface: isolated when written in a
 * language of the other direction ("Qui sommes-nous ?" in Arabic), as is when the direction is
 * the interface's.
 */
export function isolateIn(text: string, textLocale: AppLocale, pageLocale: AppLocale): string {
  const dir = directionOf(textLocale);
  return dir === directionOf(pageLocale) ? text : isolate(text, dir);
}

// An international phone number written in a text: "+", digits, and groups of digits after
// single spaces ("+598 2916 8043", "+41 22 717 91 11").
const PHONE_RUN = /(?<![\p{L}\p{N}+])\+\d+(?:[ \u00a0]\d+)*/gu;

export interface TextRun {
  text: string;
  /** A run to show left to right whatever the paragraph's direction. */
  ltr: boolean;
}

/**
 * A content text cut where it holds a phone number. In an Arabic paragraph the bidirectional
 * algorithm orders "+598 2916 8043" group by group from the right ("8043 2916 598+": spaces and
 * "+" take the paragraph's direction), and a reader dials it wrong; isolated left to right (and
 * kept on one line, as phoneInText does), it reads as written. In a left-to-right paragraph the
 * isolate changes nothing. Other numbers need no help: a lone number or one joined by "-", "."
 * or "," ("2006-11-03", "3,5") already keeps its order.
 */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const [start, end] of phoneRanges(text)) {
    if (start > from) runs.push({ text: text.slice(from, start), ltr: false });
    runs.push({ text: text.slice(start, end), ltr: true });
    from = end;
  }
  if (from < text.length || runs.length === 0) runs.push({ text: text.slice(from), ltr: false });
  return runs;
}

/**
 * Where a text holds international phone numbers, as [start, end) offsets: the runs textRuns
 * isolates on public pages, and the ones the body editor draws isolated as it is typed
 * (components/dashboard/rich-text-editor.tsx), so a writer sees the number as readers will.
 */
export function phoneRanges(text: string): [number, number][] {
  return [...text.matchAll(PHONE_RUN)].map((m) => [m.index, m.index + m[0].length]);
}
