/**
 * Finding a name in a list as people type it: case and accents ignored ("cote" finds
 * "Côte d’Ivoire"), apostrophes and hyphens as spaces, any word's beginning matched ("ivoire"
 * finds it too). Arabic text is compared without its diacritics (tashkeel) or tatweel, and any
 * hamza-bearing alef (أ إ آ, split off by NFD) or alef wasla (ٱ) as a bare one, as the list
 * searches fold it (db/queries/search-fold.ts): "الامارات" finds "الإمارات".
 */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/\u0671/g, '\u0627')
    .toLowerCase()
    .replace(/[’'‘`\-–—.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `query` (folded) starts the name or one of its words. */
export function nameMatches(name: string, query: string): boolean {
  const q = foldName(query);
  if (!q) return false;
  const n = foldName(name);
  return n.startsWith(q) || n.includes(` ${q}`);
}
