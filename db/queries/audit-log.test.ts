/**
 * Reading the audit log by day, on a real database: days are the organization's (midnight in
 * the site's time zone), both bounds inclusive, and every day parseDay accepts is one
 * PostgreSQL takes — the days it refuses are exactly those that made `::date` fail the page.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog } from '@/db/schema';
import { FIRST_YEAR, LAST_YEAR, parseDay, type Day } from '@/lib/calendar-day';
import { siteTimeZone } from '@/lib/format';
import { eachAuditEntry, listAuditEntries, type AuditFilter } from './audit-log';

const day = (value: string): Day => {
  const parsed = parseDay(value);
  if (!parsed.day) throw new Error(`${value}: ${parsed.error}`);
  return parsed.day;
};

const ACTION = 'test.day_bounds';
// Europe/Zurich in March is UTC+1: 22:59:59Z is still 1 March there, 23:00Z is 2 March.
const AT = {
  lastOfFeb: '2026-02-28T22:59:59Z',
  firstOfMar: '2026-02-28T23:00:00Z',
  lateFirstOfMar: '2026-03-01T22:59:59Z',
  secondOfMar: '2026-03-01T23:00:00Z',
};

async function ids(filter: AuditFilter): Promise<string[]> {
  const { rows, total } = await listAuditEntries({ action: ACTION, ...filter }, 1);
  const streamed: string[] = [];
  for await (const batch of eachAuditEntry({ action: ACTION, ...filter }, 2)) streamed.push(...batch.map((r) => r.entityId!));
  const listed = rows.map((r) => r.entityId!);
  // The page and the export read the same rows.
  expect(streamed).toEqual(listed);
  expect(total).toBe(listed.length);
  return listed.sort();
}

beforeAll(async () => {
  expect(siteTimeZone()).toBe('Europe/Zurich');
  await db.insert(auditLog).values(Object.entries(AT).map(([name, at]) => ({ action: ACTION, entityId: name, at: new Date(at) })));
});

describe('listAuditEntries / eachAuditEntry by day', () => {
  it('starts and ends each day at midnight in the site time zone, both bounds inclusive', async () => {
    expect(await ids({ from: day('2026-03-01'), to: day('2026-03-01') })).toEqual(['firstOfMar', 'lateFirstOfMar']);
    expect(await ids({ to: day('2026-02-28') })).toEqual(['lastOfFeb']);
    expect(await ids({ from: day('2026-03-02') })).toEqual(['secondOfMar']);
    expect(await ids({})).toHaveLength(4);
  });

  it(`takes the first and last accepted days (${FIRST_YEAR}-01-01, ${LAST_YEAR}-12-31) without a database error`, async () => {
    expect(await ids({ from: day(`${FIRST_YEAR}-01-01`), to: day(`${LAST_YEAR}-12-31`) })).toHaveLength(4);
    expect(await ids({ from: day(`${LAST_YEAR}-12-31`) })).toEqual([]);
    expect(await ids({ to: day(`${FIRST_YEAR}-01-01`) })).toEqual([]);
  });
});

describe('parseDay agrees with PostgreSQL', () => {
  it('accepts only days PostgreSQL takes as a date, and the day after them as a timestamp', async () => {
    const candidates = ['2026-02-31', '2026-13-01', '0000-01-01', '2026-02-29', '2024-02-29', '2100-02-29', '2000-02-29', '2026-04-31', '2026-00-01', '2026-01-00', '9999-12-31', '2000-01-01'];
    for (const value of candidates) {
      const accepted = parseDay(value).day !== undefined;
      const postgres = await db
        .execute(sql`select ((${value}::date) + 1)::timestamp at time zone ${siteTimeZone()} as t`)
        .then(() => true)
        .catch(() => false);
      expect({ value, accepted }).toEqual({ value, accepted: postgres });
    }
  });
});
