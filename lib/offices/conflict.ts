import { LOCALES } from '@/lib/locales';
import { phoneRowIndexes } from './draft';

/**
 * An office edit that met a colleague's save, merged field by field as three versions: the one
 * the admin's form started from (`base`), what the admin sent (`mine`) and what is stored now
 * (`theirs`, flattened as the form holds it, form-values.ts). A field only the colleague changed
 * takes their value into the form; a field only the admin changed keeps the admin's; a field both
 * changed to the same value is no conflict; a field both changed differently keeps the admin's
 * value and is shown with theirs beside it. The phones count as one field (their rows are
 * renumbered by any removal, so row by row would pair unrelated numbers).
 */

type Values = Record<string, string>;

export const OFFICE_CONFLICT_FIELDS = [
  'countryCode',
  'email',
  'phones',
  ...LOCALES.flatMap((l) => [`texts.${l}.name`, `texts.${l}.city`, `texts.${l}.address`] as const),
] as const;

export type OfficeConflictField = (typeof OFFICE_CONFLICT_FIELDS)[number];

export interface OfficeConflictChange {
  field: OfficeConflictField;
  /**
   * `taken`: only the colleague changed it, their value is now in the form.
   * `both`: both changed it differently; the form keeps the admin's value.
   */
  kind: 'taken' | 'both';
}

export interface OfficeMerge {
  /** The form's values after the merge (the admin's, with the colleague's where only they changed something). */
  values: Values;
  changes: OfficeConflictChange[];
}

export interface PhoneRow {
  label: string;
  number: string;
}

/** The phone rows held in form values, in order, blank numbers left out. */
export function phoneRows(values: Values): PhoneRow[] {
  return phoneRowIndexes(values)
    .map((i) => ({ label: values[`phones.${i}.label`] || 'switchboard', number: (values[`phones.${i}.number`] ?? '').trim() }))
    .filter((r) => r.number !== '');
}

/** A field's value as compared: spaces around text aside, a number's spacing and punctuation aside. */
function comparable(values: Values, field: OfficeConflictField): string {
  if (field === 'phones') return phoneRows(values).map((r) => `${r.label} ${r.number.replace(/[^\d+]/g, '')}`).join('\n');
  const v = (values[field] ?? '').trim();
  return field === 'countryCode' ? v.toUpperCase() : field === 'email' ? v.toLowerCase() : v;
}

const isPhoneKey = (k: string) => k.startsWith('phones.');

export function mergeOfficeConflict(base: Values, mine: Values, theirs: Values): OfficeMerge {
  const values: Values = { ...mine };
  const changes: OfficeConflictChange[] = [];
  for (const field of OFFICE_CONFLICT_FIELDS) {
    const [b, m, t] = [comparable(base, field), comparable(mine, field), comparable(theirs, field)];
    if (t === b || t === m) continue;
    if (m !== b) {
      changes.push({ field, kind: 'both' });
      continue;
    }
    changes.push({ field, kind: 'taken' });
    if (field === 'phones') {
      for (const k of Object.keys(values)) if (isPhoneKey(k)) delete values[k];
      for (const [k, v] of Object.entries(theirs)) if (isPhoneKey(k)) values[k] = v;
    } else {
      values[field] = theirs[field] ?? '';
    }
  }
  return { values, changes };
}
