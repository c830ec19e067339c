/**
 * The server Playwright tests run against (playwright.config.ts `webServer`):
 *
 *   1. a PostgreSQL server: TEST_DATABASE_URL's, else an embedded one under data/e2e-postgres
 *      (DATABASE_URL is ignored on purpose: it names a database somebody cares about);
 *   2. a fresh database `communique_e2e_<pid>_<random>` on it, checked to be local and ours,
 *      migrated and seeded with the demo content (`seedDemoContent` from db/seed);
 *   3. `next build` (skipped with E2E_SKIP_BUILD=1 when a build exists), then
 *      `next start -H 127.0.0.1 -p $E2E_PORT` with a generated AUTH_SECRET;
 *   4. on SIGTERM/SIGINT (Playwright's graceful shutdown) or when Next exits: the database is
 *      dropped and the embedded server, if it was started here, is stopped.
 *
 * Like `npm start` on a database without an administrator, it issues the one-time first-admin
 * setup link. Specs cannot read this process's output, so the link (and the throw-away
 * database's URL, for `scripts/user.ts`) go to the E2E STATE FILE tmp/e2e-server-<port>.json,
 * removed at shutdown; e2e/dashboard/support.ts reads it.
 *
 * Run it with `node --import tsx scripts/e2e-server.ts` so signals reach this very process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { endPool } from '../db/end-pool';
import { runMigrations } from '../db/migrate';
import {
  createDatabase,
  databaseUrl,
  dropAbandonedDatabases,
  dropDatabase,
  REPO_ROOT,
  startTestServer,
  uniqueDatabaseName,
  type TestServer,
} from '../test/database-server';
import { assertThrowawayDatabase } from '../test/e2e-database-guard';

const port = Number(process.env.E2E_PORT ?? 3100);
const nextBin = path.join(REPO_ROOT, 'node_modules/next/dist/bin/next');
const log = (message: string) => console.log(`[e2e-server] ${message}`);

let server: TestServer | undefined;
let database: string | undefined;
let child: ChildProcess | undefined;
let stopping = false;

/** Read by e2e specs (e2e/dashboard/support.ts): `{ setupUrl, databaseUrl }`. */
const stateFile = path.join(REPO_ROOT, 'tmp', `e2e-server-${port}.json`);

async function main(): Promise<void> {
  if (process.env.DATABASE_URL) log('ignoring DATABASE_URL: end-to-end tests use a throw-away database');
  server = await startTestServer({ embeddedFolder: 'e2e-postgres' });
  await dropAbandonedDatabases(server.adminUrl);

  const created = new Set<string>();
  database = uniqueDatabaseName('e2e');
  // A remote TEST_DATABASE_URL is refused before anything is created on it.
  assertThrowawayDatabase(databaseUrl(server.adminUrl, database), new Set([database]));
  const url = await createDatabase(server.adminUrl, database);
  created.add(database);
  assertThrowawayDatabase(url, created);
  log(`database ${database} on ${server.embedded ? 'the embedded PostgreSQL' : new URL(url).host}`);

  await runMigrations(url);
  await seed(url);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: randomBytes(32).toString('base64'),
    AUTH_TRUST_HOST: 'true',
    PORT: String(port),
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.TEST_DATABASE_URL;

  const hasBuild = fs.existsSync(path.join(REPO_ROOT, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'));
  if (process.env.E2E_SKIP_BUILD === '1' && hasBuild) {
    log('E2E_SKIP_BUILD=1: using the existing build');
  } else {
    const started = Date.now();
    const code = await run([nextBin, 'build'], env);
    if (stopping) return;
    if (code !== 0) throw new Error(`next build failed (exit ${code})`);
    log(`next build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  assertThrowawayDatabase(env.DATABASE_URL ?? '', created);
  child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: REPO_ROOT,
    env,
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[e2e-server] next start exited (${signal ?? code})`);
      void shutdown(1);
    }
  });
}

/** Seeds the demo content through the seed module's own entry point, on `url` only. */
async function seed(url: string): Promise<void> {
  process.env.DATABASE_URL = url; // '@/db' reads it when first imported, just below
  const candidates = ['db/seed.ts', 'db/seed/index.ts'].map((f) => path.join(REPO_ROOT, f));
  if (!candidates.some((f) => fs.existsSync(f))) {
    // TODO(seed): db/seed is being written; until it exists end-to-end tests cannot run.
    throw new Error('TODO(seed): db/seed.ts (or db/seed/index.ts) does not exist yet; end-to-end tests need its `seedDemoContent(db)`.');
  }
  const seedModule = '@/db/seed'; // a variable, so type checking does not depend on a module still being written
  const mod = (await import(seedModule)) as { seedDemoContent?: (db: unknown) => Promise<unknown> };
  if (typeof mod.seedDemoContent !== 'function') {
    throw new Error('TODO(seed): db/seed does not export seedDemoContent(db); end-to-end tests need it.');
  }
  const { db, pool } = await import('../db/index');
  const started = Date.now();
  try {
    await mod.seedDemoContent(db);
    const { issueToken } = await import('../db/queries/tokens');
    const token = await issueToken(db, { purpose: 'setup', hours: 24 });
    fs.mkdirSync(path.dirname(stateFile), { recursive: true });
    fs.writeFileSync(stateFile, JSON.stringify({ setupUrl: `http://127.0.0.1:${port}/fr/setup?token=${token}`, databaseUrl: url }));
  } finally {
    await endPool(pool);
  }
  log(`seeded demo content in ${Date.now() - started} ms`);
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
}

async function shutdown(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child?.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  fs.rmSync(stateFile, { force: true });
  if (server && database) {
    await dropDatabase(server.adminUrl, database).catch((e: Error) =>
      console.error(`[e2e-server] could not drop ${database}: ${e.message}`),
    );
  }
  await server?.stop().catch((e: Error) => console.error(`[e2e-server] could not stop PostgreSQL: ${e.message}`));
  log(`stopped${database ? `, ${database} dropped` : ''}`);
  process.exit(exitCode);
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

main().catch((e: unknown) => {
  console.error(`[e2e-server] ${e instanceof Error ? e.message : String(e)}`);
  void shutdown(1);
});
