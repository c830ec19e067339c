import { analyzePhone, type PhoneAnalysis, type PhoneMessageKey, type PhoneSuggestion } from '@/lib/phone';
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

/** A number found to be of another country than the office's: a warning, unless confirmed for this very number. */
function countryWarning(index: number, analysis: Extract<PhoneAnalysis, { kind: 'other-country' }>): PhoneProblem {
  return {
    index,
    severity: 'warning',
    message: analysis.message,
    confirmValue: analysis.e164,
    ...(analysis.suggestion ? { suggestion: analysis.suggestion } : {}),
  };
}

/**
 * Everything wrong with one row, all at once: an extension and, about the number without it, a
 * country to confirm or a digit too many; a number typed twice even while its country still has
 * to be confirmed. One save shows every problem, rather than one per save. `e164` is the number
 * the row stands for (once confirmed, if it needs to be), for the duplicate check.
 */
function checkRow(row: PhoneRowInput, index: number, officeCountry: string): { problems: PhoneProblem[]; e164?: string; store: boolean } {
  const analysis = analyzePhone(row.number, officeCountry);
  switch (analysis.kind) {
    case 'valid':
      return { problems: [], e164: analysis.e164, store: true };
    case 'other-country':
      if (row.confirm === analysis.e164) return { problems: [], e164: analysis.e164, store: true };
      return { problems: [countryWarning(index, analysis)], e164: analysis.e164, store: false };
    case 'wrong-calling-code':
      // Not valid as written: no confirmation stores it, not even one sent for it before.
      return { problems: [{ index, severity: 'error', message: analysis.message, suggestion: analysis.suggestion }], store: false };
    case 'invalid': {
      const without = analysis.withoutExtension;
      if (!without) return { problems: [{ index, severity: 'error', message: analysis.message }], store: false };
      // The extension, and what the number is without it: the number to take in its place when it
      // is valid (the person then notes the extension elsewhere), or its own problems.
      const readable = without.kind === 'valid' || without.kind === 'other-country';
      const extension: PhoneProblem = {
        index,
        severity: 'error',
        message: analysis.message,
        ...(readable ? { suggestion: { e164: without.e164, formatted: without.formatted } } : {}),
      };
      if (without.kind === 'other-country' && row.confirm !== without.e164) return { problems: [extension, countryWarning(index, without)], e164: without.e164, store: false };
      if (readable) return { problems: [extension], e164: without.e164, store: false };
      if (without.kind === 'wrong-calling-code') return { problems: [{ ...extension, suggestion: without.suggestion }, { index, severity: 'error', message: without.message }], store: false };
      return { problems: [extension, { index, severity: 'error', message: without.message }], store: false };
    }
  }
}

/**
 * Reads every typed number of an office with libphonenumber-js (lib/phone.ts). Blank rows are
 * ignored; indexes in problems are the rows' own, so each message goes to its input. A row may
 * have several problems (an extension and a country to confirm): all are given in one answer.
 */
export function checkOfficePhones(rows: readonly PhoneRowInput[], officeCountry: string): CheckedPhones {
  const phones: CheckedPhones['phones'] = [];
  const problems: PhoneProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (row.number.trim() === '') return;
    const checked = checkRow(row, index, officeCountry);
    if (checked.e164 && seen.has(checked.e164)) {
      // Typed twice: said now, even if its country is still to be confirmed (confirming would only lead here).
      problems.push({ index, severity: 'error', message: { key: 'duplicate', values: { number: row.number } } });
      return;
    }
    problems.push(...checked.problems);
    if (checked.e164) seen.add(checked.e164);
    if (checked.store && checked.e164) phones.push({ label: row.label, e164: checked.e164, position: phones.length });
  });
  return { phones, problems };
}
