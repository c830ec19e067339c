/**
 * The PostgreSQL server that tests run on, and throw-away databases on it.
 *
 * - `TEST_DATABASE_URL` (e.g. postgres://postgres@127.0.0.1:5432/test) names a server the tests
 *   may create and drop databases on; the database in the URL is only used to connect.
 * - Without it, a real embedded PostgreSQL runs under `<repo>/data/<folder>`, apart from the
 *   app's own `./data/postgres`, so a test run never touches the data of `npm start`.
 *
 * `DATABASE_URL` is deliberately ignored here: it names a database somebody cares about.
 * Every database made here is named `communique_<kind>_<pid>_<random>`, where pid is the process
 * that owns the run, so databases left behind by a killed run can be recognised and dropped.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

export type DatabaseKind = 'tpl' | 'test' | 'e2e' | 'bench';

export interface TestServer {
  /** Connects to a maintenance database of the server; never used to hold test data. */
  adminUrl: string;
  embedded: boolean;
  /** Stops the embedded server when this process started it; no-op for TEST_DATABASE_URL. */
  stop(): Promise<void>;
}

export async function startTestServer(opts: { embeddedFolder: string; quiet?: boolean }): Promise<TestServer> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    await withClient(url, (c) => c.query('select 1'));
    return { adminUrl: url, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(REPO_ROOT, 'data', opts.embeddedFolder),
    database: 'postgres',
    quiet: opts.quiet ?? true,
  });
  return { adminUrl: server.url, embedded: true, stop: () => server.stop() };
}

export function uniqueDatabaseName(kind: DatabaseKind, ownerPid = process.pid): string {
  return `communique_${kind}_${ownerPid}_${randomBytes(5).toString('hex')}`;
}

const NAME = /^communique_(tpl|test|e2e|bench)_(\d+)_[0-9a-f]+$/;

/** The same server and credentials, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export function isLocalHost(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  assertOurName(name);
  await withClient(adminUrl, async (c) => {
    const tpl = template ? ` template ${c.escapeIdentifier(template)}` : '';
    await c.query(`create database ${c.escapeIdentifier(name)}${tpl}`);
  });
  return databaseUrl(adminUrl, name);
}

/** Drops one of our databases, disconnecting whoever still uses it (PostgreSQL 13+). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  assertOurName(name);
  await withClient(adminUrl, (c) => c.query(`drop database if exists ${c.escapeIdentifier(name)} with (force)`));
}

function assertOurName(name: string): void {
  if (!NAME.test(name)) throw new Error(`Refusing to create or drop "${name}": not a test database name.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Drops test databases whose owning process is gone and that nobody is connected to: what a
 * killed run leaves behind. Only on a server on this machine, where the pid means something.
 */
export async function dropAbandonedDatabases(adminUrl: string): Promise<string[]> {
  if (!isLocalHost(adminUrl)) return [];
  const { rows } = await withClient(adminUrl, (c) =>
    c.query<{ datname: string }>(
      `select d.datname from pg_database d
        where d.datname like 'communique\\_%'
          and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)`,
    ),
  );
  const dropped: string[] = [];
  for (const { datname } of rows) {
    const m = NAME.exec(datname);
    if (!m || isAlive(Number(m[2]))) continue;
    await dropDatabase(adminUrl, datname).catch(() => undefined);
    dropped.push(datname);
  }
  return dropped;
}
