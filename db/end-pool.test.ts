import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { endPool } from './end-pool';

/** Backends the server still runs for a pool, found by the application name it connects with. */
async function backendsOf(applicationName: string): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where application_name = $1',
      [applicationName],
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

describe('endPool', () => {
  it('returns once every connection of the pool is closed, not only asked to close', async () => {
    const name = `end-pool-${randomBytes(4).toString('hex')}`;
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4, application_name: name });
    let closed = 0;
    pool.on('connect', (client) => client.once('end', () => closed++));
    // Four at once, each held until all four are open: four connections.
    await Promise.all(Array.from({ length: 4 }, () => pool.query('select pg_sleep(0.05)')));
    expect(pool.totalCount).toBe(4);

    await endPool(pool);
    // Plain pool.end() returns before any of them has closed (0 here).
    expect(closed).toBe(4);
    expect(await backendsOf(name)).toBe(0);
  });

  it('returns at once for a pool that never connected', async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
    await endPool(pool);
    expect(pool.ended).toBe(true);
  });
});
