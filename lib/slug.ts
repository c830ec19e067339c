/**
 * URL slugs: ASCII, lower case, hyphen-separated, at most {@link SLUG_MAX_LENGTH} characters.
 *
 * ASCII on purpose, in every locale: percent-encoded Arabic or accented slugs are unreadable
 * once copied from an address bar into an e-mail, and the database checks slugs against
 * `^[\w-]+$`. Letters are transliterated rather than dropped, so "Données" gives "donnees" and
 * "المنظمة" gives "almnzma" (Arabic is written without short vowels, so a transliteration of
 * the letters is all a table can give; editors may always type a better slug).
 */
import type { Locale } from './locales';

export const SLUG_MAX_LENGTH = 80;

/**
 * Path segments the site's own routes use where a slug could stand: first segments after the
 * language (an organization page's address) and segments under /news (a release's). A slug equal
 * to one would be shadowed by the route (or shadow it). Slugs are compared after slugification,
 * so "News" is caught too; lib/slug.test.ts checks the list against the app directory.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  // app/[locale]/…
  'news',
  'offices',
  'dashboard',
  'preview',
  'sign-in',
  'sign-out',
  'setup',
  'set-password',
  // app/[locale]/(site)/news/…
  'page',
  'topic',
  'country',
  'year',
  'search',
  // Words the site answers or may answer with other than a page.
  'feed',
  'api',
]);

/** Letters that Unicode decomposition does not reduce to ASCII. */
const LATIN_EXTRA: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/**
 * A simple letter-by-letter transliteration of Arabic (close to the common English-language
 * romanization, without diacritics): ʿayn and hamza carry no letter, tāʾ marbūṭa is "a".
 */
const ARABIC: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ؤ: 'u', ئ: 'i',
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q',
  ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y', ى: 'a', ة: 'a',
  // Persian and Urdu letters that turn up in names.
  پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ی: 'y',
};

/** How "&" reads in each language ("Migration & développement"). */
const AND: Record<Locale, string> = { fr: 'et', en: 'and', es: 'y', ar: 'wa' };

function transliterate(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660); // Arabic-Indic digits
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0); // Extended (Persian) digits
    else out += ARABIC[ch] ?? LATIN_EXTRA[ch] ?? ch;
  }
  return out;
}

/**
 * Turns a title into a slug. The locale only chooses how "&" reads; every script is transliterated
 * whatever the locale. Apostrophes vanish inside words ("l’OIM" → "loim"), like in the legacy
 * site's own addresses. Returns '' when nothing transliterable is left (e.g. only emoji): the
 * caller decides what to do, the database refuses an empty slug.
 */
export function slugify(text: string, locale: Locale): string {
  const ascii = transliterate(
    text
      .normalize('NFKC') // compatibility forms first (ﻻ, ﬁ, full-width letters)
      .toLowerCase()
      .replace(/[\u064b-\u065f\u0670\u0640]/g, '') // Arabic short vowels, dagger alif and tatweel
      .replace(/[’'ʼ‘`´]/g, '')
      .replace(/&/g, ` ${AND[locale]} `),
  )
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // combining accents left by the decomposition: é → e, ñ → n
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const slug = truncate(ascii);
  return RESERVED_SLUGS.has(slug) ? `${slug}-2` : slug;
}

/** Cuts at a word boundary when there is one in the last third, so no word is left half-cut. */
function truncate(slug: string): string {
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_MAX_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  const kept = lastHyphen >= (SLUG_MAX_LENGTH * 2) / 3 ? cut.slice(0, lastHyphen) : cut;
  return kept.replace(/-+$/, '');
}

/**
 * The first of `base`, `base-2`, `base-3`… that is neither reserved nor taken (e.g. by another
 * translation in the same locale), still within the length limit.
 */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  for (let n = 1; ; n++) {
    const candidate = numberedSlug(base, n);
    if (!RESERVED_SLUGS.has(candidate) && !isTaken(candidate)) return candidate;
  }
}

/** `base` itself for n = 1, else `base-n`, cut so it stays within the length limit. */
function numberedSlug(base: string, n: number): string {
  const suffix = n === 1 ? '' : `-${n}`;
  return `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/**
 * Whether `slug` is what the title gives by itself: slugify(title), or one of uniqueSlug's
 * numbered forms of it ("…-2" when the plain one was taken). Such a slug was never typed by hand,
 * so it goes on following the title while the text is unpublished.
 */
export function isTitleSlug(slug: string, title: string, locale: Locale): boolean {
  const base = slugify(title, locale);
  if (!base) return false;
  const n = /-(\d+)$/.exec(slug)?.[1];
  return slug === numberedSlug(base, 1) || (n !== undefined && Number(n) >= 2 && slug === numberedSlug(base, Number(n)));
}
