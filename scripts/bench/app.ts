import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runMigrations } from '../../db/migrate';
import {
  createDatabase,
  dropAbandonedDatabases,
  dropDatabase,
  isLocalHost,
  REPO_ROOT,
  startTestServer,
  uniqueDatabaseName,
  type TestServer,
} from '../../test/database-server';
import { info } from './log';
import { runCommand, startService, waitForHttp, type Service } from './proc';

const NEXT_BIN = path.join(REPO_ROOT, 'node_modules/next/dist/bin/next');
export const APP_DIST = '.next-bench';
export const BASELINE_DIR = path.join(REPO_ROOT, 'bench/baseline');
/** Relative to the baseline app: a .next-* folder at the repository root. */
export const BASELINE_DIST = '../../.next-bench-baseline';

export interface BenchDatabase {
  url: string;
  server: TestServer;
  drop(): Promise<void>;
}

/**
 * A fresh database with the demo content: on TEST_DATABASE_URL's server when set (it must be
 * on this machine), else on an embedded PostgreSQL under data/bench-postgres.
 */
export async function freshDatabase(): Promise<BenchDatabase> {
  const server = await startTestServer({ embeddedFolder: 'bench-postgres' });
  if (!isLocalHost(server.adminUrl)) {
    await server.stop();
    throw new Error('the bench creates and drops databases: TEST_DATABASE_URL must name a server on this machine');
  }
  await dropAbandonedDatabases(server.adminUrl);
  const name = uniqueDatabaseName('bench');
  const url = await createDatabase(server.adminUrl, name);
  info(`database ${name} on ${server.embedded ? 'an embedded PostgreSQL' : new URL(url).host}`);
  await runMigrations(url);
  process.env.DATABASE_URL = url; // '@/db' reads it when first imported, just below
  const { db, pool } = await import('../../db/index');
  const { seedDemoContent } = await import('../../db/seed');
  await seedDemoContent(db);
  await pool.end();
  return {
    url,
    server,
    async drop() {
      await dropDatabase(server.adminUrl, name).catch((e: Error) => info(`could not drop ${name}: ${e.message}`));
      await server.stop().catch(() => undefined);
    },
  };
}

/**
 * `next build` rewrites tsconfig.json to include its build folder's types; a benchmark must
 * leave the working tree as it found it.
 */
async function buildKeepingTsconfig(args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  const tsconfig = path.join(REPO_ROOT, 'tsconfig.json');
  const before = fs.readFileSync(tsconfig);
  try {
    const { code } = await runCommand(process.execPath, [NEXT_BIN, 'build', ...args], { cwd: REPO_ROOT, env, logFile });
    if (code !== 0) throw new Error(`next build ${args.join(' ')} failed (exit ${code}); see ${logFile}`);
  } finally {
    if (!fs.readFileSync(tsconfig).equals(before)) fs.writeFileSync(tsconfig, before);
  }
}

export interface AppEnv {
  databaseUrl: string;
  authSecret: string;
  port: number;
  siteUrl: string;
}

export function appEnv(a: AppEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: APP_DIST,
    DATABASE_URL: a.databaseUrl,
    AUTH_SECRET: a.authSecret,
    AUTH_TRUST_HOST: 'true',
    PORT: String(a.port),
    SITE_URL: a.siteUrl,
  };
  delete env.TEST_DATABASE_URL;
  return env;
}

export const newAuthSecret = () => randomBytes(32).toString('base64url');

function baselineEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: BASELINE_DIST };
}

export async function buildApp(env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  await buildKeepingTsconfig([], env, logFile);
}

export async function buildBaseline(logFile: string): Promise<void> {
  await buildKeepingTsconfig([path.relative(REPO_ROOT, BASELINE_DIR)], baselineEnv(), logFile);
}

export async function startApp(env: NodeJS.ProcessEnv, port: number, logFile: string, nodeArgs: string[] = []): Promise<Service> {
  const service = startService('next start (app)', process.execPath, [...nodeArgs, NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: REPO_ROOT,
    env,
    logFile,
  });
  await waitForHttp(`http://127.0.0.1:${port}/fr`, service);
  return service;
}

export async function startBaseline(port: number, logFile: string, nodeArgs: string[] = []): Promise<Service> {
  const service = startService(
    'next start (baseline)',
    process.execPath,
    [...nodeArgs, NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)],
    { cwd: BASELINE_DIR, env: baselineEnv(), logFile },
  );
  await waitForHttp(`http://127.0.0.1:${port}/empty`, service);
  return service;
}
