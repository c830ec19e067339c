import { mergeConflict, type ConflictMerge } from '@/lib/form-conflict';
import { LOCALES } from '@/lib/locales';
import { phoneRowIndexes } from './draft';

/**
 * An office edit that met a colleague's save, merged field by field as every dashboard form's
 * (lib/form-conflict.ts), `theirs` flattened as the form holds it (form-values.ts). The phones
 * count as one field (their rows are renumbered by any removal, so row by row would pair
 * unrelated numbers); a country and an e-mail are compared whatever their case.
 */

type Values = Record<string, string>;

export const OFFICE_CONFLICT_FIELDS = [
  'countryCode',
  'email',
  'phones',
  ...LOCALES.flatMap((l) => [`texts.${l}.name`, `texts.${l}.city`, `texts.${l}.address`] as const),
] as const;

export type OfficeConflictField = (typeof OFFICE_CONFLICT_FIELDS)[number];

export type OfficeMerge = ConflictMerge<OfficeConflictField>;

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
  return mergeConflict(OFFICE_CONFLICT_FIELDS, base, mine, theirs, {
    comparable,
    take: (values, field) => {
      if (field !== 'phones') {
        values[field] = theirs[field] ?? '';
        return;
      }
      for (const k of Object.keys(values)) if (isPhoneKey(k)) delete values[k];
      for (const [k, v] of Object.entries(theirs)) if (isPhoneKey(k)) values[k] = v;
    },
  });
}
