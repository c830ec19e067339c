import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { checkOfficePhones, type PhoneRowInput } from './office-phones';

const row = (number: string, confirm = ''): PhoneRowInput => ({ label: 'switchboard', number, confirm });

describe('checkOfficePhones', () => {
  it('refuses the seed’s "+592" for an office in Uruguay as an error, the +598 number suggested, nothing to confirm', () => {
    expect(checkOfficePhones([row('+592 2 9168043')], 'UY')).toEqual({
      phones: [],
      problems: [
        {
          index: 0,
          severity: 'error',
          suggestion: { e164: '+59829168043', formatted: '+598 2916 8043' },
          message: expect.objectContaining({ key: 'wrongCallingCode', values: expect.objectContaining({ callingCode: '+592', country: 'GY', suggestion: '+598 2916 8043' }) }),
        },
      ],
    });
  });

  it('stores no number invalid in its own country, however it is confirmed', () => {
    // +592 2 9168043 has 8 national digits; Guyana's numbers have 7.
    expect(isValidPhoneNumber('+59229168043')).toBe(false);
    const checked = checkOfficePhones([row('+592 2 9168043', '+59229168043')], 'UY');
    expect(checked.phones).toEqual([]);
    expect(checked.problems).toMatchObject([{ index: 0, severity: 'error', message: { key: 'wrongCallingCode' } }]);
  });

  it('lets a confirmation accept what it is for: a valid number of another country', () => {
    const warned = checkOfficePhones([row('+45 2916 8049')], 'UY');
    expect(warned.problems).toMatchObject([
      { index: 0, severity: 'warning', confirmValue: '+4529168049', suggestion: { e164: '+59829168049' }, message: { key: 'otherCountryWithSuggestion' } },
    ]);
    expect(checkOfficePhones([row('+45 2916 8049', '+4529168049')], 'UY')).toEqual({
      phones: [{ label: 'switchboard', e164: '+4529168049', position: 0 }],
      problems: [],
    });
  });

  it('stores only valid numbers when every warning offered is confirmed, as ticking every box does', () => {
    const typed = ['+592 2 9168043', '+592 2 9168058', '+33 1 23 45 67 89', '+1 613 555 0123', '+45 2916 8049', '+598 2916 8043', '2916 8044', '+598 1234', '+800 1234 5678'];
    const first = checkOfficePhones(typed.map((n) => row(n)), 'UY');
    const confirmed = typed.map((n, i) => row(n, first.problems.find((p) => p.index === i)?.confirmValue ?? ''));
    const { phones, problems } = checkOfficePhones(confirmed, 'UY');
    expect(phones.map((p) => p.e164)).toEqual(['+33123456789', '+16135550123', '+4529168049', '+59829168043', '+59829168044', '+80012345678']);
    for (const p of phones) expect(isValidPhoneNumber(p.e164), p.e164).toBe(true);
    expect(problems.map((p) => [p.index, p.severity])).toEqual([
      [0, 'error'],
      [1, 'error'],
      [7, 'error'],
    ]);
  });
});

describe('checkOfficePhones: every problem in one answer', () => {
  it('says an extension and the country to confirm of the number without it at once, the number without it offered', () => {
    const { phones, problems } = checkOfficePhones([row('+45 2916 8049 poste 12')], 'UY');
    expect(phones).toEqual([]);
    expect(problems).toMatchObject([
      { index: 0, severity: 'error', message: { key: 'extensionNotSupported', values: { extension: 'poste 12' } }, suggestion: { e164: '+4529168049' } },
      { index: 0, severity: 'warning', confirmValue: '+4529168049', message: { key: 'otherCountryWithSuggestion' } },
    ]);
  });

  it('says an extension and what else is wrong with the number', () => {
    expect(checkOfficePhones([row('+598 29 ext. 4')], 'UY').problems).toMatchObject([
      { index: 0, severity: 'error', message: { key: 'extensionNotSupported' } },
      { index: 0, severity: 'error', message: { key: 'tooShort' } },
    ]);
    const wrongCode = checkOfficePhones([row('+592 2 9168043 int. 7')], 'UY').problems;
    expect(wrongCode).toMatchObject([
      { severity: 'error', message: { key: 'extensionNotSupported' }, suggestion: { e164: '+59829168043' } },
      { severity: 'error', message: { key: 'wrongCallingCode' } },
    ]);
  });

  it('offers the number without its extension when that number is valid, and stores nothing until it is taken', () => {
    const { phones, problems } = checkOfficePhones([row('+598 2916 8043 #12')], 'UY');
    expect(phones).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', suggestion: { e164: '+59829168043', formatted: '+598 2916 8043' } }),
    ]);
  });

  it('says a number typed twice while its country is still to be confirmed, and every other row’s problem', () => {
    const { problems } = checkOfficePhones([row('+45 2916 8049'), row('+45 29 16 80 49'), row('+598 2916 8043 / 8044'), row('12')], 'UY');
    expect(problems.map((p) => [p.index, p.severity, p.message.key])).toEqual([
      [0, 'warning', 'otherCountryWithSuggestion'],
      [1, 'error', 'duplicate'],
      [2, 'error', 'severalNumbers'],
      [3, 'error', 'tooShort'],
    ]);
  });
});
