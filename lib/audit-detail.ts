import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/locales';

/**
 * What an audit entry records about the item it is about, in one format for every kind of item
 * (the article entries' way: facts at the top of `detail`):
 * - `names`: the item's names by language as they were at the time of the action (a person's
 *   `name`), so that the log still names an item once it is renamed or deleted;
 * - `changed`: for a change, each field that changed with its value before and after, a
 *   translated field by `field.locale` ("name.es"); a value that was or became empty is null.
 */
export interface Change {
  before: string | number | null;
  after: string | number | null;
}

export type Changes = Record<string, Change>;

type Value = string | number | null | undefined;
type Texts<F extends string> = Partial<Record<Locale, Partial<Record<F, Value>>>>;

const norm = (v: Value): string | number | null => (v === undefined || v === '' ? null : v);

/** The fields among `keys` whose value differs, with both values. */
export function fieldChanges<const K extends string>(before: { [P in K]?: Value }, after: { [P in K]?: Value }, keys: readonly K[]): Changes {
  const out: Changes = {};
  for (const key of keys) {
    const b = norm(before[key]);
    const a = norm(after[key]);
    if (b !== a) out[key] = { before: b, after: a };
  }
  return out;
}

/** The translated fields that differ, language by language ("name.es": a Spanish name added). */
export function textChanges<F extends string>(before: Texts<F>, after: Texts<F>, fields: readonly F[]): Changes {
  const out: Changes = {};
  for (const locale of LOCALES) {
    for (const [field, change] of Object.entries(fieldChanges(before[locale] ?? {}, after[locale] ?? {}, fields))) out[`${field}.${locale}`] = change;
  }
  return out;
}

/** The names an item has, by language (the empty ones left out). */
export function namesOf(texts: Partial<Record<Locale, { name?: string | null } | undefined>>): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) {
    const name = texts[locale]?.name?.trim();
    if (name) out[locale] = name;
  }
  return out;
}

/** A name for an item in `locale`: its own in that language, else French, else the first it has; with the language it is in. */
export function pickName(names: Partial<Record<Locale, string>>, locale: Locale): { name: string; locale: Locale } | null {
  const chosen = [locale, DEFAULT_LOCALE, ...LOCALES].find((l) => names[l]);
  return chosen ? { name: names[chosen]!, locale: chosen } : null;
}

/** `changed` of an entry's detail, when it holds that format (older entries may hold anything). */
export function changesIn(detail: Record<string, unknown> | null | undefined): [string, Change][] {
  const changed = detail?.changed;
  if (!changed || typeof changed !== 'object' || Array.isArray(changed)) return [];
  return Object.entries(changed as Record<string, unknown>).filter((e): e is [string, Change] => {
    const c = e[1];
    return !!c && typeof c === 'object' && 'before' in c && 'after' in c;
  });
}
