import { describe, expect, it } from 'vitest';
import { analyzePhone, formatPhoneInternational, internationalPrefixStart, nationalNumberStarts, phoneHref, splitLegacyPhones } from './phone';

describe('analyzePhone', () => {
  it('accepts a valid number of the office country and returns it in E.164', () => {
    expect(analyzePhone('+598 2916 8043', 'UY')).toEqual({
      kind: 'valid',
      e164: '+59829168043',
      formatted: '+598 2916 8043',
      country: 'UY',
    });
  });

  it('reads a number without "+" as a national number of the office country', () => {
    expect(analyzePhone('2916 8043', 'UY')).toMatchObject({ kind: 'valid', e164: '+59829168043' });
    expect(analyzePhone('02916 8043', 'uy')).toMatchObject({ kind: 'valid', e164: '+59829168043' });
  });

  it('reads the international prefix 00 like "+"', () => {
    expect(analyzePhone('00598 2916 8043', 'UY')).toMatchObject({ kind: 'valid', e164: '+59829168043' });
  });

  it('spots the seed\'s Guyana calling code on a Uruguayan number and suggests the fix', () => {
    const result = analyzePhone('+592 2 9168043', 'UY');
    expect(result).toEqual({
      kind: 'wrong-calling-code',
      written: '+59229168043',
      callingCode: '592',
      country: 'GY',
      officeCountry: 'UY',
      officeCallingCode: '598',
      suggestion: { e164: '+59829168043', formatted: '+598 2916 8043' },
      message: {
        key: 'wrongCallingCode',
        values: {
          number: '+592 29168043',
          callingCode: '+592',
          country: 'GY',
          officeCountry: 'UY',
          officeCallingCode: '+598',
          suggestion: '+598 2916 8043',
        },
      },
    });
  });

  it('flags a valid number of another country, without a suggestion when no typo is plausible', () => {
    const result = analyzePhone('+33 1 23 45 67 89', 'UY');
    expect(result).toMatchObject({
      kind: 'other-country',
      e164: '+33123456789',
      country: 'FR',
      officeCountry: 'UY',
      message: { key: 'otherCountry', values: { country: 'FR', callingCode: '+33', officeCountry: 'UY' } },
    });
    expect(result).not.toHaveProperty('suggestion');
  });

  it('tells apart countries that share a calling code', () => {
    expect(analyzePhone('+1 613 555 0123', 'US')).toMatchObject({ kind: 'other-country', country: 'CA' });
    expect(analyzePhone('+1 613 555 0123', 'CA')).toMatchObject({ kind: 'valid', country: 'CA' });
  });

  it('accepts a non-geographic number, which has no country', () => {
    expect(analyzePhone('+800 1234 5678', 'UY')).toEqual({
      kind: 'valid',
      e164: '+80012345678',
      formatted: '+800 1234 5678',
    });
  });

  it.each([
    ['', 'empty', 'empty'],
    ['   ', 'empty', 'empty'],
    ['abc', 'not-a-number', 'notANumber'],
    ['12', 'too-short', 'tooShort'],
    ['+598 1234567890123456', 'too-long', 'tooLong'],
    ['+999 123456', 'unknown-calling-code', 'unknownCallingCode'],
    ['9168058', 'invalid-for-country', 'invalidForCountry'],
    ['+598 2916 8043 ext. 12', 'extension-not-supported', 'extensionNotSupported'],
  ])('refuses %j: %s', (raw, reason, key) => {
    const result = analyzePhone(raw, 'UY');
    expect(result).toMatchObject({ kind: 'invalid', reason, message: { key } });
  });

  it('says a field holds several numbers, as the legacy page wrote them, instead of "too long"', () => {
    for (const raw of ['+598 2 9168043 / 9168058', '+598 2 9168043; +598 2 9168058', '2 9168043 ou 2 9168058']) {
      const a = analyzePhone(raw, 'UY');
      expect(a, raw).toMatchObject({ kind: 'invalid', reason: 'several-numbers', message: { key: 'severalNumbers', values: { count: '2' } } });
    }
  });

  it('cannot read a national number for a country with no numbering plan', () => {
    expect(analyzePhone('2916 8043', 'AQ')).toMatchObject({ kind: 'invalid', reason: 'unknown-office-country' });
    // With its calling code it is readable, and belongs elsewhere.
    expect(analyzePhone('+598 2916 8043', 'AQ')).toMatchObject({ kind: 'other-country', country: 'UY' });
  });

  it('results carry message keys, never sentences', () => {
    for (const raw of ['', 'abc', '+592 2 9168043', '+33 1 23 45 67 89']) {
      const result = analyzePhone(raw, 'UY');
      if (result.kind === 'valid') continue;
      expect(result.message.key).toMatch(/^[a-z][A-Za-z]+$/);
    }
  });
});

describe('formatPhoneInternational', () => {
  it('groups the digits the way the country writes them', () => {
    expect(formatPhoneInternational('+59829168043')).toBe('+598 2916 8043');
    expect(formatPhoneInternational('+41227179111')).toBe('+41 22 717 91 11');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatPhoneInternational('not a number')).toBe('not a number');
  });
});

describe('nationalNumberStarts', () => {
  it('drops each plan’s own trunk prefix from a number typed nationally, whole or begun', () => {
    expect(nationalNumberStarts('022 717 91 11')).toEqual(expect.arrayContaining(['+41227179111', '+33227179111', '+598227179111']));
    expect(nationalNumberStarts('(022) 717')).toContain('+4122717');
    expect(nationalNumberStarts('8 495 123')).toContain('+7495123');
    expect(nationalNumberStarts('06 12 34')).toContain('+361234');
  });

  it('keeps a leading 0 that is part of the number, and reads nothing into an international one', () => {
    expect(nationalNumberStarts('06 1234 5678').some((s) => s.startsWith('+39'))).toBe(false);
    expect(nationalNumberStarts('+41 22 717')).toEqual([]);
    expect(nationalNumberStarts('0041 22 717')).toEqual([]);
  });
});

describe('internationalPrefixStart', () => {
  it('reads "00" and a calling code like "+", whole numbers and their beginnings', () => {
    expect(internationalPrefixStart('00598 2 916 8043')).toBe('+59829168043');
    expect(internationalPrefixStart('0059829168043')).toBe('+59829168043');
    expect(internationalPrefixStart(' 0041 22 717')).toBe('+4122717');
    expect(internationalPrefixStart('001 613 555')).toBe('+1613555');
  });

  it('reads nothing into a number without "00", or one that is no plausible international number', () => {
    expect(internationalPrefixStart('+598 2 916 8043')).toBeUndefined();
    expect(internationalPrefixStart('02916 8043')).toBeUndefined();
    // No country uses these calling codes.
    expect(internationalPrefixStart('00999 123 456')).toBeUndefined();
    expect(internationalPrefixStart('000 123')).toBeUndefined();
    // A calling code and nothing after it, or more digits than the plan has.
    expect(internationalPrefixStart('00598')).toBeUndefined();
    expect(internationalPrefixStart('0033 1 23 45 67 89 12 34 56')).toBeUndefined();
  });
});

describe('phoneHref', () => {
  it('builds a tel: link in the global form', () => {
    expect(phoneHref('+59829168043')).toBe('tel:+59829168043');
  });

  it('lets nothing but digits through', () => {
    expect(phoneHref('+598 2916-8043"><script>')).toBe('tel:+59829168043');
  });
});

describe('splitLegacyPhones', () => {
  it('completes a short second number with the first one\'s leading digits', () => {
    expect(splitLegacyPhones('+592 2 9168043 / 9168058')).toEqual(['+592 2 9168043', '+592 2 9168058']);
  });

  it('keeps the way the second part is written', () => {
    expect(splitLegacyPhones('+598 2916 8043 / 2916 8058')).toEqual(['+598 2916 8043', '+598 2916 8058']);
    expect(splitLegacyPhones('+598 2916 8043 / 8058')).toEqual(['+598 2916 8043', '+598 2916 8058']);
  });

  it('leaves complete numbers alone', () => {
    expect(splitLegacyPhones('+598 2916 8043; +33 1 23 45 67 89')).toEqual(['+598 2916 8043', '+33 1 23 45 67 89']);
    expect(splitLegacyPhones('2916 8043, 2916 8058')).toEqual(['2916 8043', '2916 8058']);
    expect(splitLegacyPhones('+598 2916 8043 / 0041 22 717 91 11')).toEqual(['+598 2916 8043', '0041 22 717 91 11']);
  });

  it('understands the usual separators and words', () => {
    expect(splitLegacyPhones('2916 8043 ou 2916 8058')).toEqual(['2916 8043', '2916 8058']);
    expect(splitLegacyPhones('2916 8043 | 2916 8058\n2916 8059')).toEqual(['2916 8043', '2916 8058', '2916 8059']);
  });

  it('understands Arabic "and", "or", comma and semicolon, the "and" written apart or against the number', () => {
    for (const raw of ['2916 8043 و 2916 8058', '2916 8043 و2916 8058', '2916 8043 أو 2916 8058', '2916 8043، 2916 8058', '2916 8043؛ 2916 8058']) {
      expect(splitLegacyPhones(raw), raw).toEqual(['2916 8043', '2916 8058']);
    }
    expect(analyzePhone('+598 2916 8043 و +598 2916 8058', 'UY')).toMatchObject({ kind: 'invalid', reason: 'several-numbers', message: { values: { count: '2' } } });
  });

  it('returns nothing for an empty field and one part for one number', () => {
    expect(splitLegacyPhones('  ')).toEqual([]);
    expect(splitLegacyPhones(' / ')).toEqual([]);
    expect(splitLegacyPhones('+598 2916 8043')).toEqual(['+598 2916 8043']);
  });

  it('feeds analyzePhone: the seed line gives two Uruguayan numbers once corrected', () => {
    const suggestions = splitLegacyPhones('+592 2 9168043 / 9168058').map((p) => {
      const r = analyzePhone(p, 'UY');
      return r.kind === 'wrong-calling-code' ? r.suggestion.e164 : null;
    });
    expect(suggestions).toEqual(['+59829168043', '+59829168058']);
  });
});

describe('analyzePhone: extensions', () => {
  it.each([
    ['+598 2916 8043 ext. 12', 'ext. 12'],
    ['+598 2916 8043 poste 12', 'poste 12'],
    ['+598 2916 8043 int. 12', 'int. 12'],
    ['+598 2916 8043 #12', '#12'],
    ['+598 2916 8043 x12', 'x12'],
    ['2916 8043 interno 12', 'interno 12'],
  ])('refuses %j for its extension, saying what the number is without it', (raw, extension) => {
    expect(analyzePhone(raw, 'UY')).toMatchObject({
      kind: 'invalid',
      reason: 'extension-not-supported',
      message: { key: 'extensionNotSupported', values: { raw, extension } },
      withoutExtension: { kind: 'valid', e164: '+59829168043', formatted: '+598 2916 8043' },
    });
  });

  it('reads the number without its extension as any other: abroad, or too short', () => {
    expect(analyzePhone('+45 2916 8049 poste 3', 'UY')).toMatchObject({ reason: 'extension-not-supported', withoutExtension: { kind: 'other-country', country: 'DK' } });
    expect(analyzePhone('+598 29 ext 3', 'UY')).toMatchObject({ reason: 'extension-not-supported', withoutExtension: { kind: 'invalid', reason: 'too-short' } });
  });
});
