import path from 'node:path';
import pg from 'pg';
import { EmbeddedPostgresError, startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export class StartupError extends Error {}

export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? 'data');
}

/** Names the server in messages without leaking a password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * DATABASE_URL when set (checked to answer), else the embedded PostgreSQL under DATA_DIR.
 * Failures come back as StartupError with a one-line message meant for a person.
 */
export async function ensureDatabase(opts: { quiet?: boolean } = {}): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query('select 1');
    } catch (e) {
      throw new StartupError(`Cannot reach the database at ${describeUrl(url)}: ${(e as Error).message || (e as { code?: string }).code}`);
    } finally {
      await client.end().catch(() => undefined);
    }
    return { url, embedded: false, stop: async () => undefined };
  }
  try {
    const pgServer = await startEmbeddedPostgres({ dataDir: dataDir(), database: 'communique', quiet: opts.quiet });
    return { url: pgServer.url, embedded: true, stop: () => pgServer.stop() };
  } catch (e) {
    if (e instanceof EmbeddedPostgresError) throw new StartupError(e.message);
    throw e;
  }
}
