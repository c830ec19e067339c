import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, LAST_YEAR, parseDay } from './calendar-day';

describe('parseDay', () => {
  it('takes a day that exists, leap days included', () => {
    for (const value of ['2026-01-01', '2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', `${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`]) {
      expect(parseDay(value), value).toEqual({ day: value });
    }
  });

  it('refuses a day the calendar lacks, as PostgreSQL does (no crash further on)', () => {
    // QA's addresses first: 31 February, month 13, year 0.
    for (const value of ['2026-02-31', '2026-13-01', '0000-01-01', '2026-02-29', '2100-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-01-00', '2026-01-32']) {
      expect(parseDay(value), value).toEqual({ error: 'notADay' });
    }
  });

  it('refuses what is not written YYYY-MM-DD', () => {
    for (const value of ['', 'hier', '2026-2-3', '26-02-03', '03/02/2026', '2026-02-03T00:00', ' 2026-02-03', '+02026-02-03', '12026-02-03', '２０２６-02-03']) {
      expect(parseDay(value), value).toEqual({ error: 'notADay' });
    }
  });

  it(`refuses a real day before ${FIRST_YEAR} (a year typed a digit short) as out of range`, () => {
    for (const value of ['0001-01-01', '0202-03-04', '1999-12-31']) expect(parseDay(value), value).toEqual({ error: 'outOfRange' });
  });
});
