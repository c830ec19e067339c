import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

export type Database = NodePgDatabase<typeof schema>;
/** A transaction or the database itself: query functions accept either. */
export type Executor = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute' | 'query' | 'selectDistinct' | 'selectDistinctOn'> & {
  transaction: Database['transaction'];
};

const globalForDb = globalThis as unknown as { communiquePool?: pg.Pool; communiqueDb?: Database };

function createPool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idleTimeoutMillis: 30_000,
    application_name: 'communique',
  });
  if (!url) {
    // The module is imported at build time too; fail only when someone actually queries.
    pool.connect = (() =>
      Promise.reject(
        new Error('DATABASE_URL is not set. Start the app with `npm start` (it provides one) or set it.'),
      )) as typeof pool.connect;
  }
  // A connection the server ends (restart, failover, an administrator, `npm start` stopped
  // while it seeds) makes its client emit 'error'. The pool listens on its idle clients only;
  // one in use has none, and an unheard 'error' kills the process. Its query fails on its own
  // (the transaction rolls back, the action answers an error), so the event is only logged.
  pool.on('connect', (client) => client.on('error', (err) => console.error('[db] connection lost:', err.message)));
  // The pool repeats an idle client's error (already logged above) and drops the client.
  pool.on('error', () => undefined);
  return pool;
}

export const pool: pg.Pool = (globalForDb.communiquePool ??= createPool());
export const db: Database = (globalForDb.communiqueDb ??= drizzle({
  client: pool,
  schema,
  casing: 'snake_case',
}));

export { schema };
