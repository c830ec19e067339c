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
