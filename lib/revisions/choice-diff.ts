/**
 * Differences between two sets of choices (an article's type, office, topics, countries, hero
 * image), in the shape of lib/revisions/diff.ts so DiffView shows them like text differences:
 * what only they chose struck through, what only I chose underlined. Pure, without the word
 * diff: it runs in the browser, which already has the labels of every choice.
 */
import type { DiffPart, FieldDiff } from './diff';

/** One choice each (a type, an office): theirs, then mine, when they differ. */
export function choiceDiff(field: string, theirs: string, mine: string): FieldDiff {
  if (theirs === mine) return { field, changed: false, parts: [{ kind: 'same', value: mine }] };
  return { field, changed: true, parts: [{ kind: 'removed', value: theirs }, { kind: 'same', value: ' ' }, { kind: 'added', value: mine }] };
}

/** Several choices each (topics, countries), in the order given: kept ones plain, the others marked. */
export function setDiff(field: string, theirs: string[], mine: string[]): FieldDiff {
  const all = [...theirs, ...mine.filter((m) => !theirs.includes(m))];
  const parts: DiffPart[] = [];
  all.forEach((value, i) => {
    if (i > 0) parts.push({ kind: 'same', value: ', ' });
    parts.push({ kind: !mine.includes(value) ? 'removed' : !theirs.includes(value) ? 'added' : 'same', value });
  });
  return { field, changed: parts.some((p) => p.kind !== 'same'), parts };
}
