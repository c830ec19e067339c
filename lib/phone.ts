/**
 * Office phone numbers: analysis of what someone typed (or what a legacy page carried), storage as
 * E.164, display and links.
 *
 * The analysis never decides for a person. It says what the number is, and when it looks wrong
 * for the office it belongs to, what it probably should be, so the dashboard can ask
 * "+592 is Guyana; this office is in Uruguay — did you mean +598 2916 8043?" and the importer can
 * log the same finding. Results carry message keys (namespace {@link PHONE_MESSAGES_NAMESPACE})
 * and raw values, never sentences: the UI translates them, and turns country codes into country
 * names in the reader's language.
 *
 * The 'max' metadata is used on purpose: the smaller sets only check lengths, and "+592 2 9168043"
 * has a plausible length for several countries while being no valid number in Guyana.
 */
import {
  AsYouType,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  parsePhoneNumberWithError,
  ParseError,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';

/** The messages/ namespace holding the leaves of {@link PhoneMessageKey}. */
export const PHONE_MESSAGES_NAMESPACE = 'Phone';

export type PhoneInvalidReason =
  | 'empty'
  /** "+598 2 9168043 / 9168058": one field, several numbers (each gets a line of its own). */
  | 'several-numbers'
  | 'not-a-number'
  | 'too-short'
  | 'too-long'
  /** Neither too short nor too long for the country, but no length the country uses. */
  | 'invalid-length'
  /** "+999 …": no country uses that calling code. */
  | 'unknown-calling-code'
  /** A plausible length, but no number of that country looks like this. */
  | 'invalid-for-country'
  /**
   * "+598 2916 8043 ext. 12", "poste 12", "int. 12", "#12": E.164 has no room for an extension,
   * and office_phones no free-text column to note it in; storing the number without it would
   * silently lose it, so the person is asked (the number without it is analysed too, see
   * `withoutExtension`).
   */
  | 'extension-not-supported'
  /** Written without "+", and the office's country has no numbering plan to read it in. */
  | 'unknown-office-country';

export type PhoneMessageKey =
  | 'otherCountry'
  | 'otherCountryWithSuggestion'
  | 'wrongCallingCode'
  | 'empty'
  | 'severalNumbers'
  | 'notANumber'
  | 'tooShort'
  | 'tooLong'
  | 'invalidLength'
  | 'unknownCallingCode'
  | 'invalidForCountry'
  | 'extensionNotSupported'
  | 'unknownOfficeCountry';

/**
 * A translatable message: `t(`${PHONE_MESSAGES_NAMESPACE}.${key}`, values)`. Values hold codes
 * (`country: 'GY'`), calling codes with their "+" and formatted numbers; the UI may replace a
 * country code by its localized name before formatting.
 */
export interface PhoneMessage {
  key: PhoneMessageKey;
  values: Record<string, string>;
}

export interface PhoneSuggestion {
  e164: string;
  /** International format, e.g. "+598 2916 8043". */
  formatted: string;
}

export type PhoneAnalysis =
  /** A valid number of the office's country (or a non-geographic one, e.g. +800, with no country). */
  | { kind: 'valid'; e164: string; formatted: string; country?: string }
  /**
   * A valid number, but of another country than the office's. Only a warning: an office may well
   * list a number abroad. The suggestion is there when the same digits after the office's own
   * calling code also make a valid number, i.e. when a typo in the calling code is plausible.
   */
  | {
      kind: 'other-country';
      e164: string;
      formatted: string;
      country: string;
      officeCountry: string;
      suggestion?: PhoneSuggestion;
      message: PhoneMessage;
    }
  /**
   * Invalid as written, but the same national digits after the office's calling code are a valid
   * number of the office's country: almost certainly a mistyped calling code ("+592" for "+598").
   * `written` is the number as written, in E.164 shape, and is not a valid number.
   */
  | {
      kind: 'wrong-calling-code';
      written: string;
      callingCode: string;
      /** The country the written calling code belongs to, when libphonenumber can tell. */
      country?: string;
      officeCountry: string;
      officeCallingCode: string;
      suggestion: PhoneSuggestion;
      message: PhoneMessage;
    }
  | {
      kind: 'invalid';
      reason: PhoneInvalidReason;
      country?: string;
      message: PhoneMessage;
      /**
       * With 'extension-not-supported': what the number is without its extension, so that one
       * answer says everything about it (the extension, and a country to confirm or a digit
       * missing) rather than one problem per save.
       */
      withoutExtension?: PhoneAnalysis;
    };

const INVALID_MESSAGE_KEYS: Record<PhoneInvalidReason, PhoneMessageKey> = {
  empty: 'empty',
  'several-numbers': 'severalNumbers',
  'not-a-number': 'notANumber',
  'too-short': 'tooShort',
  'too-long': 'tooLong',
  'invalid-length': 'invalidLength',
  'unknown-calling-code': 'unknownCallingCode',
  'invalid-for-country': 'invalidForCountry',
  'extension-not-supported': 'extensionNotSupported',
  'unknown-office-country': 'unknownOfficeCountry',
};

function invalid(reason: PhoneInvalidReason, raw: string, country?: string, extra: Record<string, string> = {}): PhoneAnalysis {
  const values: Record<string, string> = { raw, ...extra };
  if (country) values.country = country;
  return {
    kind: 'invalid',
    reason,
    ...(country ? { country } : {}),
    message: { key: INVALID_MESSAGE_KEYS[reason], values },
  };
}

/**
 * An extension after the number, as offices write them in French, English, Spanish and Arabic:
 * "ext. 12", "extension 12", "x12", "#12", "poste 12", "int. 12", "interno 12", "anexo 12",
 * "تحويلة 12". libphonenumber reads some of these only ("poste" is no word it knows).
 */
const EXTENSION = /^(.*[\d)])[\s,;]*((?:(?:ext|extension|extensi[oó]n|poste|int|interne|interno|anexo|تحويلة)\.?|x|#)[\s.:]*(\d{1,7}))\s*$/iu;

/** "+598 2916 8043 poste 12" → the number ("+598 2916 8043") and the extension as written ("poste 12"). */
function splitExtension(text: string): { number: string; extension: string } | null {
  const m = EXTENSION.exec(text.trim());
  if (!m) return null;
  return { number: m[1]!.trim(), extension: m[2]! };
}

/** A number refused for its extension, with what it is without it. */
function refusedExtension(raw: string, extension: string, without: PhoneAnalysis): PhoneAnalysis {
  const country = without.country;
  const values: Record<string, string> = { raw, extension };
  if (country) values.country = country;
  return {
    kind: 'invalid',
    reason: 'extension-not-supported',
    ...(country ? { country } : {}),
    message: { key: 'extensionNotSupported', values },
    withoutExtension: without,
  };
}

/** A number "written with a calling code": "+…" or the international prefix "00…". */
function isWrittenInternationally(raw: string): boolean {
  return /^\s*(\+|00)/.test(raw);
}

/** The same national digits after the office's calling code, if that is a valid office number. */
function officeCountryVariant(parsed: PhoneNumber, officeCountry: CountryCode): PhoneSuggestion | undefined {
  const officeCallingCode = getCountryCallingCode(officeCountry);
  if (parsed.countryCallingCode === officeCallingCode) return undefined;
  const candidate = parsePhoneNumberFromString(`+${officeCallingCode}${parsed.nationalNumber}`);
  if (!candidate || !candidate.isValid() || candidate.country !== officeCountry) return undefined;
  return { e164: candidate.number, formatted: candidate.formatInternational() };
}

function lengthReason(raw: string, defaultCountry: CountryCode | undefined): PhoneInvalidReason {
  switch (validatePhoneNumberLength(raw, defaultCountry)) {
    case 'TOO_SHORT':
      return 'too-short';
    case 'TOO_LONG':
      return 'too-long';
    case 'INVALID_LENGTH':
      return 'invalid-length';
    case 'INVALID_COUNTRY':
      return 'unknown-calling-code';
    case 'NOT_A_NUMBER':
      return 'not-a-number';
    default:
      return 'invalid-for-country';
  }
}

/**
 * Reads one phone number as written for an office in `officeCountry` (ISO 3166-1 alpha-2).
 * A number without "+" (or "00") is read as a national number of the office's country.
 */
export function analyzePhone(raw: string, officeCountry: string): PhoneAnalysis {
  const text = raw.trim();
  if (text.length === 0) return invalid('empty', raw);
  // Several numbers in one field, as legacy pages write them: say so, rather than "too long".
  const several = splitLegacyPhones(text);
  if (several.length > 1) return invalid('several-numbers', raw, undefined, { count: String(several.length) });

  const extension = splitExtension(text);
  if (extension) return refusedExtension(raw, extension.extension, analyzePhone(extension.number, officeCountry));

  const office = officeCountry.toUpperCase();
  const officeSupported = isSupportedCountry(office);
  if (!isWrittenInternationally(text) && !officeSupported) return invalid('unknown-office-country', raw, office);
  const defaultCountry = officeSupported ? office : undefined;

  let parsed: PhoneNumber;
  try {
    parsed = parsePhoneNumberWithError(text, defaultCountry);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    switch (e.message) {
      case 'INVALID_COUNTRY':
        return invalid('unknown-calling-code', raw);
      case 'TOO_SHORT':
        return invalid('too-short', raw);
      case 'TOO_LONG':
        return invalid('too-long', raw);
      default:
        return invalid('not-a-number', raw);
    }
  }
  // An extension written some other way libphonenumber knows (";ext=12"): the same refusal.
  if (parsed.ext) {
    const number = `+${parsed.countryCallingCode}${parsed.nationalNumber}`;
    return refusedExtension(raw, parsed.ext, analyzePhone(number, officeCountry));
  }

  const formatted = parsed.formatInternational();
  if (parsed.isValid()) {
    if (!parsed.country || parsed.country === office) {
      return { kind: 'valid', e164: parsed.number, formatted, ...(parsed.country ? { country: parsed.country } : {}) };
    }
    const suggestion = officeSupported ? officeCountryVariant(parsed, office) : undefined;
    return {
      kind: 'other-country',
      e164: parsed.number,
      formatted,
      country: parsed.country,
      officeCountry: office,
      ...(suggestion ? { suggestion } : {}),
      message: {
        key: suggestion ? 'otherCountryWithSuggestion' : 'otherCountry',
        values: {
          number: formatted,
          country: parsed.country,
          callingCode: `+${parsed.countryCallingCode}`,
          officeCountry: office,
          ...(suggestion ? { suggestion: suggestion.formatted } : {}),
        },
      },
    };
  }

  const suggestion = officeSupported ? officeCountryVariant(parsed, office) : undefined;
  if (suggestion && officeSupported) {
    const officeCallingCode = getCountryCallingCode(office);
    return {
      kind: 'wrong-calling-code',
      written: parsed.number,
      callingCode: parsed.countryCallingCode,
      ...(parsed.country ? { country: parsed.country } : {}),
      officeCountry: office,
      officeCallingCode,
      suggestion,
      message: {
        key: 'wrongCallingCode',
        values: {
          number: formatted,
          callingCode: `+${parsed.countryCallingCode}`,
          ...(parsed.country ? { country: parsed.country } : {}),
          officeCountry: office,
          officeCallingCode: `+${officeCallingCode}`,
          suggestion: suggestion.formatted,
        },
      },
    };
  }
  return invalid(lengthReason(text, defaultCountry), raw, parsed.country);
}

/** "+59829168043" → "+598 2916 8043"; anything unreadable comes back unchanged. */
export function formatPhoneInternational(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** Every calling code, once (+1 is shared by some twenty countries): the plans a typed number may belong to. */
let callingCodes: string[] | undefined;

/**
 * The E.164 beginnings a number typed in national format, whole or only its start, may stand
 * for: "022 717" is +41 22 717… in Switzerland and +33 22 717… in France, "06 12" +36 12… in
 * Hungary. Each calling code's numbering plan reads the digits by its own rules (its trunk
 * prefix dropped, kept where it is part of the number, as Italy's "06"); only the plans that
 * read them otherwise than as typed give a beginning. A number written with "+" or "00" has
 * none: it is no national number ({@link internationalPrefixStart} reads the "00" one).
 */
export function nationalNumberStarts(typed: string): string[] {
  if (isWrittenInternationally(typed)) return [];
  const digits = typed.replace(/\D/g, '');
  if (!digits) return [];
  callingCodes ??= [...new Set(getCountries().map((c) => getCountryCallingCode(c)))];
  const starts = new Set<string>();
  for (const callingCode of callingCodes) {
    const reader = new AsYouType({ defaultCallingCode: callingCode });
    reader.input(typed);
    const read = reader.getNumber();
    if (read && read.nationalNumber !== digits) starts.add(read.number);
  }
  return [...starts];
}

/**
 * The E.164 beginning of a number typed with the international prefix "00" instead of "+":
 * "00598 2 916 8043" is +59829168043, "0041 22 717" the start of +4122717…. Nothing when the text
 * does not start with "00", or when what follows is no plausible international number: no calling
 * code any country uses ("00999…", "000…"), no digit after it, or more digits than its plan has.
 * A number still being typed (too short) is plausible: the search finds numbers by their start.
 */
export function internationalPrefixStart(typed: string): string | undefined {
  const written = /^\s*00(.*)$/s.exec(typed)?.[1];
  if (written === undefined) return undefined;
  const international = `+${written}`;
  const reader = new AsYouType();
  reader.input(international);
  const read = reader.getNumber();
  if (!reader.getCallingCode() || !read) return undefined;
  const length = validatePhoneNumberLength(international);
  if (length === 'TOO_LONG' || length === 'INVALID_COUNTRY' || length === 'NOT_A_NUMBER') return undefined;
  return read.number;
}

/**
 * The tel: link of a stored number (RFC 3966 global form). Stored numbers are E.164 by a database
 * check; everything but the leading "+" and the digits is dropped anyway so that no other
 * character can reach an href.
 */
export function phoneHref(e164: string): string {
  const digits = e164.replace(/\D/g, '');
  return `tel:+${digits}`;
}

/**
 * Separators legacy pages use between several numbers on one line: signs (the Arabic comma and
 * semicolon among them), "or"/"and" in our languages, and Arabic "و" (and) or "أو" (or), which
 * Arabic writes against the next word ("و٢٩١٦") as often as apart; no number holds those letters.
 */
const PHONE_SEPARATORS = /\s*(?:[/;,|\n\u060C\u061B]|\s(?:ou|or|o|y|et|and)\s|\s(?:\u0623\u0648|\u0648)\s?)\s*/i;

export interface LegacyPhonePart {
  /** The part as the page wrote it ("9168058"). */
  written: string;
  /** The part with the leading digits it was missing, if any ("+592 2 9168058"). */
  completed: string;
}

/**
 * Splits a legacy "several numbers on one line" field: "+592 2 9168043 / 9168058" →
 * ["+592 2 9168043", "+592 2 9168058"]. A part without its own calling code ("+"/"00") and with
 * fewer digits than the first number takes the first number's leading digits (as written, with
 * its spacing), so both have the same digit count: the legacy convention of writing only the part
 * that changes. A part already as long as the first is left alone (it is a national number).
 */
export function splitLegacyPhones(raw: string): string[] {
  return splitLegacyPhoneParts(raw).map((p) => p.completed);
}

/** {@link splitLegacyPhones}, telling for each part what was written and what it became. */
export function splitLegacyPhoneParts(raw: string): LegacyPhonePart[] {
  const parts = raw
    .split(PHONE_SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const first = parts[0];
  if (first === undefined) return [];
  const firstDigits = first.replace(/\D/g, '').length;
  return parts.map((written, i) => {
    if (i === 0 || isWrittenInternationally(written)) return { written, completed: written };
    const digits = written.replace(/\D/g, '').length;
    if (digits === 0 || digits >= firstDigits) return { written, completed: written };
    return { written, completed: `${leadingPart(first, firstDigits - digits)}${written}` };
  });
}

/** The prefix of `written` holding its first `digitCount` digits, and the spacing after them. */
function leadingPart(written: string, digitCount: number): string {
  let seen = 0;
  for (let i = 0; i < written.length; i++) {
    if (/\d/.test(written.charAt(i))) seen++;
    if (seen === digitCount) {
      const rest = written.slice(i + 1);
      const spacing = /^[\s.-]*/.exec(rest)?.[0] ?? '';
      return written.slice(0, i + 1) + spacing;
    }
  }
  return written;
}
