import type { Locale } from '@/lib/locales';

/**
 * One digit style everywhere: Western digits in every locale, Arabic included (dates, figures,
 * pagination, phone numbers all read the same). Intl defaults `ar` to Arabic-Indic digits, so
 * every number shown goes through here rather than through ICU `{n, number}` or `#`.
 */
export function intlLocale(locale: Locale): string {
  // English as the organization writes it (British usage: "31 October 2006").
  return locale === 'ar' ? 'ar-u-nu-latn' : locale === 'en' ? 'en-GB' : locale;
}

/** Dates are shown in the organization's time zone (headquarters), the same for every reader. */
export function siteTimeZone(): string {
  return process.env.SITE_TIME_ZONE ?? 'Europe/Zurich';
}

/**
 * Intl formatters are costly to build (a cache-miss render of the news list built dozens) and
 * immutable once built: one per locale and options, kept for the life of the process.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

function dateFormat(locale: Locale, opts: Intl.DateTimeFormatOptions) {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: siteTimeZone(), ...opts };
  const format = cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intlLocale(locale), options));
  // French writes the first day of a month as an ordinal, "1er février", which Intl does not.
  const ordinalFirst = locale === 'fr' && options.day === 'numeric' && (options.month === 'long' || options.month === 'short');
  const joined = (parts: Intl.DateTimeFormatPart[]) => parts.map((p) => (ordinalFirst && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
  return { format, joined };
}

const asDate = (iso: string | Date) => (typeof iso === 'string' ? new Date(iso) : iso);

export function formatDate(locale: Locale, iso: string | Date, opts: Intl.DateTimeFormatOptions = {}): string {
  const { format, joined } = dateFormat(locale, opts);
  return joined(format.formatToParts(asDate(iso)));
}

/**
 * From one time to another, as the language says a span: what both share written once
 * ("1er déc. 2026, 11:38–11:40"), and a single time when they read the same ("1er déc. 2026,
 * 11:38", not "du 1er déc. 2026, 11:38 au 1er déc. 2026, 11:38").
 */
export function formatDateRange(locale: Locale, from: string | Date, to: string | Date, opts: Intl.DateTimeFormatOptions = {}): string {
  const { format, joined } = dateFormat(locale, opts);
  return joined(format.formatRangeToParts(asDate(from), asDate(to)));
}

/**
 * The day `date` falls on in the organization's time zone, as YYYY-MM-DD: the day the dashboard's
 * date filters mean (db/queries/audit-log.ts), so a file named by it agrees with them.
 */
export function siteDay(date: Date = new Date()): string {
  const zone = siteTimeZone();
  const format = cached(`day|${zone}`, () => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }));
  const part = (type: Intl.DateTimeFormatPartTypes) => format.formatToParts(date).find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * A time zone as its readers say it, in `locale` ("heure d’Europe centrale", "توقيت وسط أوروبا"),
 * rather than its IANA id. The generic name holds for summer and winter alike, as the times it
 * labels may fall in either; a zone with no name of its own reads as its offset ("UTC+00:00").
 */
export function timeZoneName(locale: Locale, zone: string): string {
  const format = cached(`z|${locale}|${zone}`, () => new Intl.DateTimeFormat(intlLocale(locale), { timeZone: zone, timeZoneName: 'longGeneric' }));
  return format.formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/**
 * How a name begins to the ear, for messages that elide before it: French writes "le compte
 * d’Edgar", "en tant qu’Hélène" but "de Marie". Passed to such messages as `sound`
 * (`{sound, select, vowel {d’{name}} other {de {name}}}`); the other languages ignore it. A
 * leading h counts as silent, as it is in nearly every given name ("d’Henri", "d’Hugo").
 */
export function initialSound(name: string): 'vowel' | 'other' {
  const first = name.trim().normalize('NFD').charAt(0).toLowerCase();
  return 'aeiouyh'.includes(first) && first !== '' ? 'vowel' : 'other';
}

export function formatNumber(locale: Locale, n: number): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(n);
}

/** The year as plain digits (a founding year is not a quantity: no group separator). */
export function formatYear(locale: Locale, year: number): string {
  return cached(`y|${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { useGrouping: false })).format(year);
}
