import { directionOf, type AppLocale } from '@/i18n/routing';
import { isolate } from '@/lib/bidi';

/**
 * The name of what a list screen's "deleted" message names, carried by the redirect after the
 * delete (`?deleted=<name>`): the item is gone, so the list cannot read it back. It is only
 * what the address says — anyone can edit it — so it is shown as text (React escapes it),
 * stripped of control and bidirectional formatting characters (which could reorder the sentence
 * around it), cut to a length a name has, and dropped when nothing is left: the message then
 * says what was deleted without naming it (`?deleted=1`, what older addresses carry, included).
 */
export const DELETED_NAME_MAX = 120;

const UNSAFE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** The query string naming `name` as deleted, its length capped. */
export function deletedQuery(name: string): string {
  return `deleted=${encodeURIComponent(cleanName(name) || '1')}`;
}

/**
 * From the list's `deleted` parameter: `undefined` when nothing was deleted, `null` when
 * something was but its name is missing or unusable, else the name as text.
 */
export function deletedName(param: string | string[] | undefined): string | null | undefined {
  if (param === undefined) return undefined;
  const name = cleanName(typeof param === 'string' ? param : '');
  return name && name !== '1' ? name : null;
}

function cleanName(text: string): string {
  const clean = text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  return chars.length > DELETED_NAME_MAX ? `${chars.slice(0, DELETED_NAME_MAX - 1).join('').trimEnd()}…` : clean;
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/**
 * The name for a sentence of the interface in `locale`: as is when its first letter writes in
 * the interface's direction, else isolated in its own ("« الهجرة »" in French, "Migration" in
 * Arabic) — its language is not known, only what the address carried.
 */
export function deletedNameIn(name: string, locale: AppLocale): string {
  const first = name.match(/\p{L}/u)?.[0];
  const dir = first && RTL_LETTER.test(first) ? 'rtl' : 'ltr';
  return !first || dir === directionOf(locale) ? name : isolate(name, dir);
}

/**
 * A list screen's "deleted" message from its `deleted` parameter: null when nothing was deleted,
 * the named sentence when the name is usable (isolated as {@link deletedNameIn} says), else the
 * sentence without a name.
 */
export function deletedNotice(
  param: string | string[] | undefined,
  locale: AppLocale,
  sentences: { named: (name: string) => string; unnamed: string },
): string | null {
  const name = deletedName(param);
  if (name === undefined) return null;
  return name ? sentences.named(deletedNameIn(name, locale)) : sentences.unnamed;
}
