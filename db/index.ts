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
  // An idle client that loses its connection must not crash the server.
  pool.on('error', (err) => console.error('[db] idle client error:', err.message));
  return pool;
}

export const pool: pg.Pool = (globalForDb.communiquePool ??= createPool());
export const db: Database = (globalForDb.communiqueDb ??= drizzle({
  client: pool,
  schema,
  casing: 'snake_case',
}));

export { schema };
