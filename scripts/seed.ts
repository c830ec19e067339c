/**
 * `npm run db:seed`: load the demo content into DATABASE_URL or the embedded database, after
 * applying pending migrations. Creates only what is missing (db/seed/index.ts), so it is safe on
 * a database editors have worked on, and running it twice changes nothing the second time.
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { endPool } from '../db/end-pool';
import { runMigrations } from '../db/migrate';
import * as schema from '../db/schema';
import { formatSeedSummary, seedDemoContent } from '../db/seed';
import { describeUrl, ensureDatabase, type DatabaseHandle } from './lib/database';

async function main() {
  let database: DatabaseHandle | undefined;
  // A pool of its own on the URL ensureDatabase() chose, rather than '@/db', which reads
  // DATABASE_URL when first imported and would miss the embedded server's.
  let pool: pg.Pool | undefined;
  try {
    database = await ensureDatabase();
    await runMigrations(database.url);
    pool = new pg.Pool({ connectionString: database.url, max: 2, application_name: 'communique-seed' });
    const summary = await seedDemoContent(drizzle({ client: pool, schema, casing: 'snake_case' }));
    console.log(`[seed] ${describeUrl(database.url)}`);
    for (const line of formatSeedSummary(summary)) console.log(`[seed] ${line}`);
  } finally {
    if (pool) await endPool(pool);
    await database?.stop();
  }
}

main().catch((e: Error) => {
  // One line for a person; the stack only when asked for.
  console.error(`communique: seeding failed: ${e.message.split('\n')[0]}`);
  if (process.env.DEBUG) console.error(e);
  process.exit(1);
});
