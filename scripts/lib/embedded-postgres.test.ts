import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { isAlive, startEmbeddedPostgres, stopPid, type EmbeddedPostgres } from './embedded-postgres';

/**
 * The launcher's promise: a launcher killed with SIGKILL leaves its PostgreSQL running, and the
 * next start adopts it with no data lost; a stale pid file is cleaned. Real processes, a real
 * embedded PostgreSQL, in a folder of its own.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-launcher-'));
fs.chmodSync(dataDir, 0o755);
const root = path.resolve(import.meta.dirname, '../..');
let server: EmbeddedPostgres | undefined;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function postmasterPid(): number {
  return Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/**
 * A launcher in a process of its own: Node itself (not the tsx wrapper), so that a killed process
 * is the one that owns the server. It starts the server on `dataDir`, runs `then` (JavaScript,
 * with the server as `s`), and says "READY <pid>"; `said` waits until it has printed `word`.
 * Its stdin is a pipe, for a launcher told when to stop.
 */
function spawnLauncher(then: string) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--eval',
      `(async () => {
         const { startEmbeddedPostgres } = await import('./scripts/lib/embedded-postgres.ts');
         const s = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, database: 'launcher', quiet: true });
         ${then}
         console.log('READY ' + s.pid);
       })();`,
    ],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const said = async (word: RegExp): Promise<RegExpExecArray> => {
    for (;;) {
      const m = word.exec(out);
      if (m) return m;
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`launcher exited (${child.exitCode ?? child.signalCode}): ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { child, said };
}

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded PostgreSQL launcher', () => {
  it('adopts the server of a launcher killed with SIGKILL, with its data', { timeout: 120_000 }, async () => {
    // A launcher in its own process writes a row, says so, and is then killed without warning.
    const { child, said } = spawnLauncher(`
      const { default: pg } = await import('pg');
      const c = new pg.Client({ connectionString: s.url });
      await c.connect();
      await c.query("create table kept (v text); insert into kept values ('before the kill')");
      await c.end();
      setInterval(() => {}, 1000);`);
    const firstPid = Number((await said(/READY (\d+)/))[1]);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(isAlive(firstPid)).toBe(true); // the orphan lives on

    server = await startEmbeddedPostgres({ dataDir, database: 'launcher', quiet: true });
    expect(server.pid).toBe(firstPid); // adopted, not a second server
    expect(await query<{ v: string }>(server.url, 'select v from kept')).toEqual([{ v: 'before the kill' }]);

    await server.stop();
    expect(isAlive(firstPid)).toBe(false);
    server = undefined;
  });

  it('cleans a stale pid file whose process is not our server, and starts with the data intact', { timeout: 120_000 }, async () => {
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    // A pid file left by a crash, naming a live process that is not PostgreSQL (this one).
    fs.writeFileSync(pidFile, `${process.pid}\n${path.join(dataDir, 'postgres')}\n0\n5432\n`);
    server = await startEmbeddedPostgres({ dataDir, database: 'launcher', quiet: true });
    expect(server.pid).not.toBe(process.pid);
    expect(postmasterPid()).toBe(server.pid);
    expect(await query<{ v: string }>(server.url, 'select v from kept')).toEqual([{ v: 'before the kill' }]);
  });
  it('keeps a server two launchers share running until the last of them stops', { timeout: 120_000 }, async () => {
    await server?.stop();
    server = undefined;
    // The first launcher (its own process) starts the server and stops it when told to.
    const { child: first, said } = spawnLauncher(
      `process.stdin.once('data', async () => { await s.stop(); console.log('STOPPED'); process.exit(0); });`,
    );
    const pgPid = Number((await said(/READY (\d+)/))[1]);

    // A second launcher (this process) uses the same server meanwhile.
    server = await startEmbeddedPostgres({ dataDir, database: 'launcher', quiet: true });
    expect(server.pid).toBe(pgPid);

    // The first one stops first: the server stays up for the second.
    first.stdin.write('stop\n');
    await said(/STOPPED/);
    expect(isAlive(pgPid)).toBe(true);
    expect(await query<{ v: string }>(server.url, 'select v from kept')).toEqual([{ v: 'before the kill' }]);

    // The last one out stops it.
    await server.stop();
    server = undefined;
    expect(isAlive(pgPid)).toBe(false);
  });

  it('starts on another port when its remembered one is taken between the check and the bind', { timeout: 120_000 }, async () => {
    const stateFile = path.join(dataDir, 'postgres.json');
    const remembered = (JSON.parse(fs.readFileSync(stateFile, 'utf8')) as { port: number }).port;
    expect(remembered).toBeGreaterThan(0);
    // Another program holds the port; the launcher's free-port check ran a moment before it took it.
    const holder = net.createServer((socket) => socket.destroy());
    await new Promise<void>((r) => holder.listen(remembered, '127.0.0.1', r));
    const realCreateServer = net.createServer;
    const check = vi.spyOn(net, 'createServer').mockImplementationOnce(() => {
      const fake = realCreateServer();
      fake.listen = ((...args: unknown[]) => {
        const done = args.find((a) => typeof a === 'function') as () => void;
        queueMicrotask(done);
        return fake;
      }) as typeof fake.listen;
      fake.close = ((cb?: () => void) => (cb?.(), fake)) as typeof fake.close;
      return fake;
    });
    try {
      server = await startEmbeddedPostgres({ dataDir, database: 'launcher', quiet: true });
      expect(check).toHaveBeenCalled();
      expect(server.port).not.toBe(remembered);
      expect(await query<{ v: string }>(server.url, 'select v from kept')).toEqual([{ v: 'before the kill' }]);
      expect((JSON.parse(fs.readFileSync(stateFile, 'utf8')) as { port: number }).port).toBe(server.port);
    } finally {
      check.mockRestore();
      await new Promise((r) => holder.close(r));
    }
    await server.stop();
    server = undefined;
  });

  it('waits for a server that ignored the fast shutdown to be gone after the immediate one', { timeout: 30_000 }, async () => {
    // Stands for a postmaster busy past the fast shutdown's time, slow to exit on SIGQUIT too.
    const slow = spawn(process.execPath, [
      '-e',
      "process.on('SIGINT', () => {}); process.on('SIGQUIT', () => setTimeout(() => process.exit(0), 400)); setInterval(() => {}, 1000); console.log('up')",
    ]);
    await new Promise((r) => slow.stdout.once('data', r));
    const pid = slow.pid as number;
    await stopPid(pid, { fastMs: 300, immediateMs: 10_000 });
    expect(isAlive(pid) ? 'still running' : 'gone').toBe('gone');
  });
});
