/**
 * Readable differences between two versions of a text record (an article translation, an
 * organization page…): word by word, field by field, with the `diff` library. Pure and
 * serializable, so it runs in a server component, in an action (the conflict view) or in a
 * test alike; components/dashboard/diff-view.tsx renders the result.
 */
import { diffWordsWithSpace } from 'diff';
import { toPlainText } from '@/lib/rich-text/plain-text';
import type { RichTextDoc } from '@/lib/rich-text/types';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  value: string;
}

export interface FieldDiff {
  field: string;
  changed: boolean;
  parts: DiffPart[];
}

export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', value: before }] : [];
  return diffWordsWithSpace(before, after).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    value: c.value,
  }));
}

/** One FieldDiff per field, in the order given; `changed` tells which differ. */
export function diffFields<F extends string>(
  fields: readonly F[],
  before: Partial<Record<F, string>>,
  after: Partial<Record<F, string>>,
): FieldDiff[] {
  return fields.map((field) => {
    const a = before[field] ?? '';
    const b = after[field] ?? '';
    return { field, changed: a !== b, parts: diffText(a, b) };
  });
}

/** The text fields of a revisioned record, its rich-text body as plain text (one block per paragraph). */
export function textSnapshot<T extends { body: RichTextDoc }>(
  record: T,
  fields: readonly Exclude<keyof T & string, 'body'>[],
): Record<string, string> {
  const out: Record<string, string> = { body: toPlainText(record.body) };
  for (const f of fields) out[f] = String(record[f] ?? '');
  return out;
}

export function hasChanges(diffs: FieldDiff[]): boolean {
  return diffs.some((d) => d.changed);
}
