import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), 'db/migrations');

/** Applies pending migrations (committed SQL from drizzle-kit) in one session, under a lock. */
export async function runMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  // Its connection ended under it (`npm start` stopped meanwhile): the migration in progress
  // fails and rolls back on its own; the event must not also end the process with a stack.
  client.on('error', (err) => console.error('[migrate] connection lost:', err.message));
  await client.connect();
  try {
    // Two processes starting at once must not both migrate.
    await client.query('select pg_advisory_lock(727274)');
    await migrate(drizzle({ client, casing: 'snake_case' }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('select pg_advisory_unlock(727274)').catch(() => undefined);
    await client.end();
  }
}
