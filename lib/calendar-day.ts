/**
 * A day typed in a date filter, as `<input type="date">` sends it (YYYY-MM-DD), checked once
 * before any query sees it: PostgreSQL refuses `'2026-02-31'::date` (and year 0, which the
 * Gregorian calendar lacks) with an error that would fail the whole page or export.
 *
 * Accepted: a day that exists, in the years FIRST_YEAR to LAST_YEAR.
 * - 2000 as the floor: nothing in the dashboard is older than the product (the audit log began
 *   with it), so an earlier year is a slip, typically a year typed one digit short in a date
 *   field ("0202", "0026"), which would otherwise quietly mean "since forever".
 * - 9999 as the ceiling: four-digit years are what a date field and YYYY-MM-DD hold, and the
 *   day after 9999-12-31 (an inclusive "to" ends there) is still a timestamp PostgreSQL takes.
 */
declare const calendarDay: unique symbol;

/** A YYYY-MM-DD string that names a real day within the accepted years: made by {@link parseDay} only. */
export type Day = string & { readonly [calendarDay]: true };

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 9999;

/** Why a value is not a {@link Day}: message keys of the forms that show it. */
export type DayError = 'notADay' | 'outOfRange';

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function daysIn(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The value as a {@link Day}, or why not: `notADay` for anything that is not a day of the
 * calendar written YYYY-MM-DD (a date field cannot even hold it), `outOfRange` for a real day
 * outside the accepted years.
 */
export function parseDay(value: string): { day: Day; error?: undefined } | { day?: undefined; error: DayError } {
  const m = SHAPE.exec(value);
  if (!m) return { error: 'notADay' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return { error: 'notADay' };
  if (year < FIRST_YEAR || year > LAST_YEAR) return { error: 'outOfRange' };
  return { day: value as Day };
}
