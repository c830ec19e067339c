/**
 * A dashboard form's save that met a colleague's, merged field by field as three versions: the
 * one the form started from (`base`), what the person sent (`mine`) and what is stored now
 * (`theirs`, as the form's inputs hold it). A field only the colleague changed takes their value
 * into the form; a field only the person changed keeps theirs; a field both changed to the same
 * value is no conflict; a field both changed differently keeps the person's value and is shown
 * with the colleague's beside it (components/dashboard/form-conflict.tsx). The office form merges
 * its phones as one field (lib/offices/conflict.ts); the other forms compare input by input.
 */

type Values = Record<string, string>;

/**
 * What a colleague saved while the form was open, sent back with the refusal: the version now
 * stored (the next save goes over it), the stored record as the form's inputs hold it, and who
 * saved it when, as the audit log says (db/queries/audit.ts savedStamp; null when it does not:
 * a record written before the log, or by a script).
 */
export interface FormConflict {
  version: string;
  theirs: Values;
  savedBy: string | null;
  /** ISO 8601, UTC; shown in the person's time zone. */
  savedAt: string | null;
}

export interface ConflictChange<F extends string = string> {
  field: F;
  /**
   * `taken`: only the colleague changed it, their value is now in the form.
   * `both`: both changed it differently; the form keeps the person's value.
   */
  kind: 'taken' | 'both';
}

export interface ConflictMerge<F extends string = string> {
  /** The form's values after the merge (the person's, with the colleague's where only they changed something). */
  values: Values;
  changes: ConflictChange<F>[];
}

/** A field's value as compared: spaces around it aside. */
const trimmed = (values: Values, field: string) => (values[field] ?? '').trim();

export function mergeConflict<F extends string>(
  fields: readonly F[],
  base: Values,
  mine: Values,
  theirs: Values,
  {
    comparable = trimmed,
    take = (values, field) => {
      values[field] = theirs[field] ?? '';
    },
  }: {
    comparable?: (values: Values, field: F) => string;
    /** Puts their value of `field` in `values` (a field held by several inputs takes them all). */
    take?: (values: Values, field: F) => void;
  } = {},
): ConflictMerge<F> {
  const values: Values = { ...mine };
  const changes: ConflictChange<F>[] = [];
  for (const field of fields) {
    const [b, m, t] = [comparable(base, field), comparable(mine, field), comparable(theirs, field)];
    if (t === b || t === m) continue;
    if (m !== b) {
      changes.push({ field, kind: 'both' });
      continue;
    }
    changes.push({ field, kind: 'taken' });
    take(values, field);
  }
  return { values, changes };
}

/** The record's own fields among a form's values (not its identity, its version or the interface language). */
export const formFields = (values: Values) => Object.keys(values).filter((k) => k !== 'id' && k !== 'version' && k !== 'locale');
