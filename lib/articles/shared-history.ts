import type { SharedChangeEntry, SharedFields } from '@/db/queries/article-shared';

type Field = keyof SharedFields;

/** What the words of a change are made of, in the interface language. */
export interface SharedHistoryWords {
  /** A field's label ("Thèmes"). */
  field: Record<Field, string>;
  /** A value's name: a type, office, topic, country or image by its id; null when no such one exists any more. */
  name: (field: Field, value: string) => string | null;
  /** What an empty choice reads as (no office, no image). */
  none: Record<'contactOfficeId' | 'heroMediaId', string>;
  /** A name for a value of `field` deleted since (said in the gender of what it was, where the language has one). */
  deleted: (field: Field) => string;
  replaced: (values: { field: string; before: string; after: string }) => string;
  added: (values: { field: string; items: string }) => string;
  removed: (values: { field: string; items: string }) => string;
  /** The fields alone, for an entry written before the values were recorded. */
  fieldsOnly: (values: { fields: string }) => string;
  list: (items: string[]) => string;
}

const ORDER: Field[] = ['type', 'contactOfficeId', 'topicIds', 'countryCodes', 'heroMediaId'];

/**
 * A change of the settings every language shares, in words, one line per field: a choice
 * replaced ("Bureau à contacter : Genève (auparavant : aucun)"), the topics or countries added
 * and removed, each by its name now (ids are what the change recorded).
 */
export function sharedChangeLines(entry: Pick<SharedChangeEntry, 'fields' | 'changes'>, words: SharedHistoryWords): string[] {
  const fields = ORDER.filter((f) => entry.fields.includes(f) || (entry.changes && f in entry.changes));
  if (!entry.changes) return fields.length ? [words.fieldsOnly({ fields: words.list(fields.map((f) => words.field[f])) })] : [];
  const changes = entry.changes;
  const nameOf = (field: Field, value: string | null) =>
    value === null || value === '' ? words.none[field as keyof SharedHistoryWords['none']] ?? '' : (words.name(field, value) ?? words.deleted(field));
  const lines: string[] = [];
  for (const field of fields) {
    const change = changes[field] as { before: unknown; after: unknown } | undefined;
    if (!change) {
      lines.push(words.fieldsOnly({ fields: words.field[field] }));
      continue;
    }
    const label = words.field[field];
    if (Array.isArray(change.before) || Array.isArray(change.after)) {
      const before = (Array.isArray(change.before) ? change.before : []).map(String);
      const after = (Array.isArray(change.after) ? change.after : []).map(String);
      const added = after.filter((x) => !before.includes(x)).map((x) => nameOf(field, x));
      const removed = before.filter((x) => !after.includes(x)).map((x) => nameOf(field, x));
      if (added.length) lines.push(words.added({ field: label, items: words.list(added) }));
      if (removed.length) lines.push(words.removed({ field: label, items: words.list(removed) }));
    } else {
      const text = (v: unknown) => nameOf(field, typeof v === 'string' ? v : null);
      lines.push(words.replaced({ field: label, before: text(change.before), after: text(change.after) }));
    }
  }
  return lines;
}

/** The values (ids, codes) a change names, by field: what to look their names up by. */
export function sharedValueIds(entries: Pick<SharedChangeEntry, 'changes'>[]): Record<Field, Set<string>> {
  const ids: Record<Field, Set<string>> = { type: new Set(), contactOfficeId: new Set(), topicIds: new Set(), countryCodes: new Set(), heroMediaId: new Set() };
  for (const { changes } of entries) {
    for (const field of ORDER) {
      const change = changes?.[field] as { before?: unknown; after?: unknown } | null | undefined;
      if (!change || typeof change !== 'object') continue;
      for (const v of [change.before, change.after].flat()) if (typeof v === 'string' && v !== '') ids[field].add(v);
    }
  }
  return ids;
}

/** The fields' labels, as the editor's form names them (the Editor namespace). */
export function sharedFieldLabels(t: (key: 'type' | 'office' | 'topics' | 'countries' | 'hero') => string): Record<Field, string> {
  return { type: t('type'), contactOfficeId: t('office'), topicIds: t('topics'), countryCodes: t('countries'), heroMediaId: t('hero') };
}

/** The fields a change touched, in the form's order, by their labels. */
export function sharedFieldNames(entry: Pick<SharedChangeEntry, 'fields'>, labels: Record<Field, string>): string[] {
  return ORDER.filter((f) => entry.fields.includes(f)).map((f) => labels[f]);
}
