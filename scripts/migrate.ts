/** `npm run db:migrate`: apply pending migrations to DATABASE_URL or the embedded database. */
import { runMigrations } from '../db/migrate';
import { StartupError, ensureDatabase } from './lib/database';

async function main() {
  const database = await ensureDatabase();
  try {
    await runMigrations(database.url);
    console.log('[db] migrations applied');
  } finally {
    await database.stop();
  }
}

main().catch((e: Error) => {
  console.error(`communique: ${e instanceof StartupError ? e.message : e.message}`);
  process.exit(1);
});
