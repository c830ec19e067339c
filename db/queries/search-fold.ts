import { sql, type SQL } from 'drizzle-orm';
import { containsPattern } from '@/db/like';

/**
 * SQL: `text` as the dashboard's list searches compare it, so a word is found however it was
 * typed: without its accents ("Geneve" finds "Genève", "declaracion" "Declaración": unaccent,
 * migration 0005), and in Arabic without its vowel marks or tatweel, with any hamza-bearing
 * alef (أ إ آ ٱ) as a bare one, as most people type it ("الامم" finds "الأمم", "اسماعيل"
 * "إسماعيل"). Both sides go through it.
 */
export function searchFold(text: SQL): SQL {
  return sql`translate(regexp_replace(unaccent(${text}), '[\u064B-\u0652\u0670\u0640]', '', 'g'), 'أإآٱ', 'اااا')`;
}

/** The ILIKE pattern for "contains what was typed", folded as {@link searchFold} folds the text it is matched against. */
export const foldedContainsPattern = (typed: string): SQL => searchFold(sql`${containsPattern(typed)}::text`);

/** SQL: `text` (a column or expression) contains `pattern`, a {@link foldedContainsPattern}, both folded. */
export const foldedContains = (text: SQL, pattern: SQL): SQL => sql`${searchFold(text)} ilike ${pattern}`;
