/**
 * `npm start` / `npm run dev`: everything a fresh machine needs, in one command.
 *
 *   1. a PostgreSQL: DATABASE_URL, or the embedded one under DATA_DIR (./data);
 *   2. pending migrations applied; the demo content loaded when the database is empty;
 *   3. an AUTH_SECRET (generated once and kept in the data folder when none is given);
 *   4. a production build when there is none (npm start), then `next start` / `next dev`.
 *
 * Failures print one line meant for a person, not a stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { runMigrations } from '../db/migrate';
import { StartupError, dataDir, ensureDatabase, type DatabaseHandle } from './lib/database';
import { prepareContent } from './lib/prepare-content';

const dev = process.argv.includes('--dev');
const rebuild = process.argv.includes('--rebuild');
const port = Number(process.env.PORT || 3000);

function fail(message: string): never {
  console.error(`communique: ${message}`);
  process.exit(1);
}

async function assertPortFree(p: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', (e: NodeJS.ErrnoException) =>
      reject(new StartupError(e.code === 'EADDRINUSE' ? `port ${p} is already in use; set PORT to another port` : `cannot listen on port ${p}: ${e.message}`)),
    );
    srv.listen(p, () => srv.close(() => resolve()));
  });
}

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir(), 'auth-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir(), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 });
  console.log(`[auth] generated AUTH_SECRET in ${file}`);
  return secret;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(cmd, args, { stdio: 'inherit', env });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function main() {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartupError(`PORT must be a port number, 1 to 65535 (it is "${process.env.PORT}")`);
  }
  await assertPortFree(port);
  // Filled in as they start; shutdown (on a signal or when Next exits) stops what is there:
  // `next` is the first build while it runs, then the server.
  const running: { database?: DatabaseHandle; next?: ChildProcess } = {};
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const { next, database } = running;
    if (next && next.exitCode === null) {
      next.kill('SIGTERM');
      await new Promise((r) => next.once('exit', r));
    }
    await database?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(130));
  process.on('SIGTERM', () => void shutdown(143));

  let database: DatabaseHandle;
  try {
    database = running.database = await ensureDatabase();
    await runMigrations(database.url);
    // The first-admin link is for whoever reads this, often on another machine: the public
    // address when one is set (behind nginx, SITE_URL), as the site's own links use (lib/site.ts).
    await prepareContent(database.url, { origin: (process.env.SITE_URL ?? `http://localhost:${port}`).replace(/\/+$/, '') });
  } catch (e) {
    // Stopped meanwhile (Ctrl-C while it seeds): the lost connection is why this failed, and
    // shutdown is stopping the database and exits; a new start finds the seed rolled back.
    if (stopping) return;
    await running.database?.stop();
    if (e instanceof StartupError) fail(e.message);
    fail((e as Error).message);
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret(),
    AUTH_TRUST_HOST: 'true',
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const nextBin = path.resolve('node_modules/.bin/next');

  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (!dev && (rebuild || !fs.existsSync(path.join(distDir, 'BUILD_ID')))) {
    console.log('[start] building the site (first start only; `npm start -- --rebuild` to redo)');
    const build = (running.next = run(nextBin, ['build'], env));
    const code: number = await new Promise((r) => build.once('exit', (c) => r(c ?? 1)));
    // Stopped meanwhile: shutdown stopped the build and the database, and says nothing more.
    if (stopping) return;
    if (code !== 0) {
      await database.stop();
      fail('the build failed (see above)');
    }
  }

  const next = (running.next = run(nextBin, dev ? ['dev', '-p', String(port)] : ['start', '-p', String(port)], env));
  next.once('exit', (code) => void shutdown(code ?? 1));
  if (await waitForHttp(`http://127.0.0.1:${port}/fr`, next)) {
    console.log(`\n  Communiqué is running: http://localhost:${port}/fr\n`);
  }
}

main().catch((e: Error) => fail(e.message));
