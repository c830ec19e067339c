/**
 * Runs before each test file of the `db` project (files under db/ and any *.db.test.ts): gives
 * the file a database of its own, copied from the migrated template, and points DATABASE_URL
 * at it before the file imports '@/db'. Vitest isolates every test file in its own process
 * (pool 'forks', isolate on), so '@/db' builds a fresh pool per file. The database is dropped
 * after the file's last test.
 */
import { afterAll, inject } from 'vitest';
import { createDatabase, dropDatabase, uniqueDatabaseName } from './database-server';

const serverUrl = inject('testServerUrl');
const name = uniqueDatabaseName('test', inject('testRunPid'));

process.env.DATABASE_URL = await createDatabase(serverUrl, name, inject('templateDatabase'));

afterAll(async () => {
  // Close the app's pool first so dropping does not kill connections in use (noisy errors).
  const { pool } = await import('@/db');
  await pool.end().catch(() => undefined);
  await dropDatabase(serverUrl, name);
});
