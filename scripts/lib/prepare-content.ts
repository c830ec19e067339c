/**
 * After migrations: load the demo content into an empty database. Runs in the launcher's
 * process, so it connects with the URL it is given rather than a DATABASE_URL of its own.
 */
export async function prepareContent(url: string, _opts: { origin: string }): Promise<void> {
  process.env.DATABASE_URL = url;
  const { db, pool } = await import('../../db');
  const { isDatabaseEmpty, seedDemoContent } = await import('../../db/seed');
  try {
    if (await isDatabaseEmpty(db)) {
      console.log('[seed] empty database: loading the demo content');
      await seedDemoContent(db);
    }
  } finally {
    await pool.end();
  }
}
