/**
 * After migrations: load the demo content into an empty database, and while no admin exists,
 * print a one-time link to create the first one. Runs in the launcher's process, so it
 * connects with the URL it is given rather than a DATABASE_URL of its own.
 */
import { endPool } from '../../db/end-pool';

export async function prepareContent(url: string, opts: { origin: string }): Promise<void> {
  process.env.DATABASE_URL = url;
  const { db, pool } = await import('../../db');
  const { formatSeedSummary, isDatabaseEmpty, seedDemoContent } = await import('../../db/seed');
  const { hasAnyAdmin } = await import('../../db/queries/users');
  const { issueToken } = await import('../../db/queries/tokens');
  try {
    if (await isDatabaseEmpty(db)) {
      console.log('[seed] empty database: loading the demo content');
      for (const line of formatSeedSummary(await seedDemoContent(db))) console.log(`[seed] ${line}`);
    }
    if (!(await hasAnyAdmin(db))) {
      const token = await issueToken(db, { purpose: 'setup', hours: 24 });
      console.log(
        `\n  No administrator yet. Create the first one (link valid 24 h, once):\n  ${opts.origin}/fr/setup?token=${token}\n`,
      );
    }
  } finally {
    await endPool(pool);
  }
}
