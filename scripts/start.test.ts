import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm start` fails with one line meant for a person, never a stack trace. */
const root = path.resolve(import.meta.dirname, '..');

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.once('close', (code) => resolve({ code, stderr, stdout }));
  });
}

describe('npm start errors', () => {
  it('says in one line that the port is taken', { timeout: 60_000 }, async () => {
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen(0, r));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      const { code, stderr } = await start({ PORT: String(port), DATABASE_URL: 'postgres://127.0.0.1:1/none' });
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([`communique: port ${port} is already in use; set PORT to another port`]);
    } finally {
      busy.close();
    }
  });

  it('stops when `npm start` itself is told to (a service manager signals only its main process)', { timeout: 60_000 }, async () => {
    // A "database" that accepts the launcher's connection and never answers: the launcher waits
    // on it (5 s, then gives up), so a launcher still running holds the connection open.
    const held: net.Socket[] = [];
    let onConnection: (socket: net.Socket) => void = () => undefined;
    const connected = new Promise<net.Socket>((resolve) => (onConnection = resolve));
    const fake = net.createServer((socket) => {
      socket.resume(); // read (and drop) what it sends, so that its end is noticed
      held.push(socket);
      onConnection(socket);
    });
    await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
    const dbPort = (fake.address() as net.AddressInfo).port;
    const child = spawn('npm', ['start', '--silent'], {
      cwd: root,
      env: { ...process.env, PORT: '0', DATABASE_URL: `postgres://postgres@127.0.0.1:${dbPort}/none` },
      stdio: 'ignore',
    });
    try {
      const socket = await connected;
      const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
      const signalled = Date.now();
      child.kill('SIGTERM');
      // Gone at once (its connection closed), not when its connection attempt times out.
      const gone = await Promise.race([closed, new Promise<number>((r) => setTimeout(() => r(Infinity), 3000))]);
      expect(gone - signalled).toBeLessThan(3000);
    } finally {
      child.kill('SIGKILL');
      for (const s of held) s.destroy();
      fake.close();
    }
  });

  it.each(['abc', '70000', '3000.5'])('says in one line that PORT=%s is no port', { timeout: 60_000 }, async (value) => {
    const { code, stderr } = await start({ PORT: value, DATABASE_URL: 'postgres://127.0.0.1:1/none' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`communique: PORT must be a port number, 1 to 65535 (it is "${value}")`]);
  });

  it('says in one line that the database cannot be reached', { timeout: 60_000 }, async () => {
    const { code, stderr } = await start({ PORT: '0', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^communique: Cannot reach the database at 127\.0\.0\.1:1\/none: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
