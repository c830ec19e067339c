import { analyzePhone, type PhoneMessageKey, type PhoneSuggestion } from '@/lib/phone';
import type { PhoneLabel } from '@/db/schema';

/** Keys of the Phone messages namespace: lib/phone.ts's, and a number typed twice. */
export type OfficePhoneMessage = { key: PhoneMessageKey | 'duplicate'; values: Record<string, string> };

export interface PhoneRowInput {
  label: PhoneLabel;
  number: string;
  confirm: string;
}

/**
 * What is wrong with one typed number. An error must be fixed; a warning may be confirmed by
 * sending back `confirmValue` in the row's `confirm` field, and holds only for that very number.
 * The only warning is a valid number of another country than the office's: a confirmation
 * accepts that mismatch (an office may list a number abroad), never a number that is not valid
 * in its own country. A mistyped calling code ("+592 2 9168043" for an office in Uruguay: 8
 * national digits where Guyana has 7) is such a number, so an error, with the number it
 * probably is as its suggestion.
 */
export interface PhoneProblem {
  index: number;
  severity: 'error' | 'warning';
  message: OfficePhoneMessage;
  /** For a warning: what to send back to confirm it (the number as written, in E.164). */
  confirmValue?: string;
  /** The same digits after the office's calling code, when they make a valid number there. */
  suggestion?: PhoneSuggestion;
}

export interface CheckedPhones {
  /** The numbers to store, in the order typed, blank rows left out. */
  phones: { label: PhoneLabel; e164: string; position: number }[];
  problems: PhoneProblem[];
}

/**
 * Reads every typed number of an office with libphonenumber-js (lib/phone.ts). Blank rows are
 * ignored; indexes in problems are the rows' own, so each message goes to its input.
 */
export function checkOfficePhones(rows: readonly PhoneRowInput[], officeCountry: string): CheckedPhones {
  const phones: CheckedPhones['phones'] = [];
  const problems: PhoneProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (row.number.trim() === '') return;
    const analysis = analyzePhone(row.number, officeCountry);
    let e164: string;
    switch (analysis.kind) {
      case 'invalid':
        problems.push({ index, severity: 'error', message: analysis.message });
        return;
      case 'valid':
        e164 = analysis.e164;
        break;
      case 'other-country':
        if (row.confirm !== analysis.e164) {
          problems.push({
            index,
            severity: 'warning',
            message: analysis.message,
            confirmValue: analysis.e164,
            ...(analysis.suggestion ? { suggestion: analysis.suggestion } : {}),
          });
          return;
        }
        e164 = analysis.e164;
        break;
      case 'wrong-calling-code':
        // Not valid as written: no confirmation stores it, not even one sent for it before.
        problems.push({ index, severity: 'error', message: analysis.message, suggestion: analysis.suggestion });
        return;
    }
    if (seen.has(e164)) {
      problems.push({ index, severity: 'error', message: { key: 'duplicate', values: { number: row.number } } });
      return;
    }
    seen.add(e164);
    phones.push({ label: row.label, e164, position: phones.length });
  });
  return { phones, problems };
}
