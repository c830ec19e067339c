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
    child.once('exit', (code) => resolve({ code, stderr, stdout }));
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

  it('says in one line that the database cannot be reached', { timeout: 60_000 }, async () => {
    const { code, stderr } = await start({ PORT: '0', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^communique: Cannot reach the database at 127\.0\.0\.1:1\/none: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
