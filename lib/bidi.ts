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
 * A content text (a title, a name) for a sentence of the interface: isolated when written in a
 * language of the other direction ("Qui sommes-nous ?" in Arabic), as is when the direction is
 * the interface's.
 */
export function isolateIn(text: string, textLocale: AppLocale, pageLocale: AppLocale): string {
  const dir = directionOf(textLocale);
  return dir === directionOf(pageLocale) ? text : isolate(text, dir);
}
