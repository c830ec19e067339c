import type { Locale } from '@/lib/locales';
import { CONTROL } from '@/lib/params';

const CONTROLS = new RegExp(CONTROL.source, 'g');

/**
 * The text-search configuration of each locale, the same as the generated column
 * `article_translations.search` uses (db/schema.ts, searchVector): a query must be parsed the
 * way the text was, or stems never meet. Every language strips accents before its Snowball
 * stemmer (configurations made by migrations 0005 and 0006), so "refugies" finds "réfugiés";
 * the Arabic stemmer also drops the article and diacritics, so "هجرة" finds "الهجرة".
 */
export const SEARCH_CONFIG = {
  fr: 'fr_unaccent',
  en: 'en_unaccent',
  es: 'es_unaccent',
  ar: 'ar_unaccent',
} as const satisfies Record<Locale, string>;

/** Longest query kept; a longer one is cut (it is also the cache key of its results). */
export const SEARCH_QUERY_MAX = 200;

/**
 * The query as searched and cached: spaces collapsed, trimmed, at most SEARCH_QUERY_MAX
 * characters. "  migration   Montevideo " and "migration Montevideo" share one cache entry.
 */
export function normalizeQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  // Control characters (NUL, which PostgreSQL refuses in text, first) count as spaces.
  return value.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim().slice(0, SEARCH_QUERY_MAX).trim();
}

/**
 * The word for "or" a reader types in each language. PostgreSQL's web search syntax knows only
 * the English "or", which in French is a word ("l'or", gold) and which nobody types in Spanish or
 * Arabic, where "ou", "o"/"u" or "أو" say the same and were searched as words or ignored.
 */
const OR_WORDS: Record<Locale, readonly string[]> = {
  fr: ['ou'],
  en: [],
  es: ['o', 'u'],
  ar: ['أو', 'او'],
};

/**
 * Common words the language's configuration keeps although they say nothing: French "a" ("il a")
 * is missing from PostgreSQL's list of French common words, which has "à" and the other forms of
 * "avoir" — searched, it found nearly every release. Dropped from the query outside a phrase (in
 * one, it holds its place between the words around it).
 */
const QUERY_IGNORED: Record<Locale, readonly string[]> = {
  fr: ['a'],
  en: [],
  es: [],
  ar: [],
};

// A hyphen joining two letters ("Asie-Pacifique", "porte-parole"); not a minus before a word
// (an excluded word) nor before digits ("COVID-19", which PostgreSQL reads as a number).
const JOINING_HYPHEN = /(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu;

// The quotation marks readers type for a phrase besides the straight ones PostgreSQL knows:
// French and Spanish « », English “ ” (what a phone's keyboard writes for "), German-style „ “,
// and the Arabic keyboard's « ». All of them delimit a phrase as " does.
const TYPOGRAPHIC_QUOTES = /[\u00AB\u00BB\u201C\u201D\u201E\u201F]/g;

/**
 * The query as websearch_to_tsquery reads it, for a reader of `locale`: a phrase in any of the
 * quotation marks readers type is a phrase; their own word for "or"
 * is the operator, as is "OR" in capitals in every language (the search engines' convention);
 * outside English a lower-case "or" is the word, searched as such. A hyphenated word is searched
 * as the phrase of its parts, which the text has whether it was written with the hyphen or
 * without ("Asie Pacifique"): PostgreSQL's parser otherwise also wants the hyphenated compound
 * itself, found only where the text has the hyphen. Quoted phrases are left as typed: there the
 * compound keeps its place between the words around it, which its parts alone would not.
 */
export function websearchQuery(locale: Locale, query: string): string {
  const orWords = OR_WORDS[locale];
  const pieces = query.replace(TYPOGRAPHIC_QUOTES, '"').split('"');
  return pieces
    .map((part, i) => {
      if (i % 2 === 1) return part;
      // Left out before "or" is placed: "zzz ou a" has its "ou" last, joining nothing.
      const words = part.split(' ').filter((word) => !QUERY_IGNORED[locale].includes(word.toLocaleLowerCase(locale)));
      return words
        .map((word, j) => {
          const parts = word.replace(JOINING_HYPHEN, ' ');
          if (parts !== word) return word.startsWith('-') ? `-"${parts.slice(1)}"` : `"${parts}"`;
          if (locale === 'en' || word === 'OR') return word;
          const lower = word.toLocaleLowerCase(locale);
          // "Or" joins two things: first or last in the query ("réfugiés ou", typed on the way
          // to a second word), PostgreSQL would read an OR as the word "or" (gold, in French),
          // so the reader's word stays a word (French and Spanish ignore it).
          const edge = (i === 0 && j === 0) || (i === pieces.length - 1 && j === words.length - 1);
          if (orWords.includes(lower)) return edge ? word : 'OR';
          return lower === 'or' ? '"or"' : word;
        })
        .join(' ');
    })
    .join('"');
}

/**
 * ts_headline marks the matched words with these two private-use characters instead of HTML:
 * the snippet stays plain text, and the page turns the marks into <mark> elements while React
 * escapes everything else (no HTML from the database is ever rendered as HTML).
 */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_STOP = '\uE001';

export interface HighlightPart {
  text: string;
  match: boolean;
}

/** What separates the passages of a snippet (ts_headline's FragmentDelimiter, db/queries/public-news.ts). */
export const SNIPPET_DELIMITER = ' … ';

/** Text compared without its marks, its runs of white space as one, and the signs at its ends ("«", "."). */
const bare = (text: string) =>
  text
    .replaceAll(HIGHLIGHT_START, '')
    .replaceAll(HIGHLIGHT_STOP, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');

/**
 * A snippet that says where it was cut: "… " before it when its first passage does not start the
 * text, " …" after it when its last does not end it (ts_headline marks only the cut between two
 * passages). `head` and `tail` are the text's first and last characters, a few hundred of each.
 * A sentence cut at its start reads as one: "Brunson McKinley, assistera…" without a sign
 * looked like the text's first words, and a quotation opened and never closed like a mistake.
 */
export function withCuts(snippet: string, head: string, tail: string): string {
  const passages = snippet.split(SNIPPET_DELIMITER);
  const first = bare(passages[0] ?? '');
  const last = bare(passages.at(-1) ?? '');
  if (!first) return snippet;
  const probe = 40;
  const cutBefore = !bare(head).startsWith(first.slice(0, probe));
  const cutAfter = !bare(tail).endsWith(last.slice(-probe));
  return `${cutBefore ? '… ' : ''}${snippet}${cutAfter ? ' …' : ''}`;
}

/**
 * A ts_headline result as parts: plain text, and the words that matched. ts_headline marks a
 * hyphenated word's parts one by one ("Asie", "Pacifique"); when both matched, the hyphen between
 * them is marked with them, so the reader sees the word they searched for as one.
 */
export function splitHighlight(headline: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.match === match) return void (last.text += text);
    const hyphen = parts.at(-2);
    if (match && hyphen?.match && last && /^[-\u2010\u2011]$/u.test(last.text) && /\p{L}$/u.test(hyphen.text) && /^\p{L}/u.test(text)) {
      parts.pop();
      hyphen.text += last.text + text;
      return;
    }
    parts.push({ text, match });
  };
  headline.split(HIGHLIGHT_START).forEach((chunk, i) => {
    const stop = i === 0 ? -1 : chunk.indexOf(HIGHLIGHT_STOP);
    if (stop === -1) return push(chunk.replaceAll(HIGHLIGHT_STOP, ''), false);
    push(chunk.slice(0, stop), true);
    push(chunk.slice(stop + 1).replaceAll(HIGHLIGHT_STOP, ''), false);
  });
  return parts;
}

/**
 * The search page has a query string (`/fr/news/search?q=…&page=2`, what a GET form sends), but
 * public pages are static output, cached per path. The proxy therefore rewrites it to this
 * internal path, which carries the normalized query as base64url (no "/", "." or "%" to trip
 * routing) and the page number: each query's page is rendered once, cached and tagged like any
 * list, and served complete, so it works without JavaScript (docs/caching.md, "Search").
 */
export const EMPTY_QUERY_SEGMENT = '-';

export function searchPagePath(locale: Locale, query: string, page: number): string {
  const segment = query ? Buffer.from(query, 'utf8').toString('base64url') : EMPTY_QUERY_SEGMENT;
  return `/${locale}/news/search/${segment}/${page}`;
}

/** The query a path segment carries, or null when it is not one that searchPagePath writes. */
export function queryFromSegment(segment: string): string | null {
  if (segment === EMPTY_QUERY_SEGMENT) return '';
  if (!/^[\w-]+$/.test(segment)) return null;
  const query = Buffer.from(segment, 'base64url').toString('utf8');
  // One address per query: a segment that is not exactly the canonical encoding is refused.
  return query && normalizeQuery(query) === query && Buffer.from(query, 'utf8').toString('base64url') === segment ? query : null;
}

/** The `page` parameter of the search page: a page number, 1 when absent or malformed. */
export function searchPageNumber(raw: string | null | undefined): number {
  return raw && /^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : 1;
}

/** The public address of a results page (what links and the form use). */
export function searchHref(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `/news/search?${params.toString()}`;
}
