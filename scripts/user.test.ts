import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive } from './lib/embedded-postgres';

/**
 * `npm run user:create` / `user:reset-password`: the whole command line is checked before a
 * password is asked or a database started (a database that cannot be reached is never the
 * answer to a typo), refusals are one line with exit code 1, and an embedded PostgreSQL the
 * command started is stopped again even when the command is refused.
 */
const root = path.resolve(import.meta.dirname, '..');
// Nothing listens there: a command that got as far as the database would say so.
const UNREACHABLE = 'postgres://postgres@127.0.0.1:1/none';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-user-cli-'));
fs.chmodSync(dataDir, 0o755);

afterAll(() => {
  // Only a test that failed leaves a server: stop it before removing its files.
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    try {
      process.kill(Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGQUIT');
    } catch {
      // already gone
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function user(
  args: string[],
  opts: { stdin?: string; env?: Record<string, string | undefined> } = {},
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: UNREACHABLE, ...opts.env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/user.ts', ...args], { cwd: root, env });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.once('close', (code) => resolve({ code, stderr, stdout }));
    child.stdin.end(opts.stdin ?? '');
  });
}


const PASSWORD = 'Password-123456\n';

describe('user.ts command line', () => {
  it('prints its usage with --help, exit code 0, without a database', { timeout: 60_000 }, async () => {
    const { code, stdout, stderr } = await user(['create', '--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('npm run user:create -- --email E --name N --role writer|editor|admin [--password-stdin]');
    expect(stdout).toContain('npm run user:reset-password -- --email E [--password-stdin]');
    expect(stdout).toContain('12 to 256 characters');
  });

  it.each([
    [['create', '--email', 'a@example.org', '--name', 'A', '--role', 'boss', '--password-stdin'], '--role must be writer, editor or admin'],
    [['create', '--email', 'a@example.org', '--role', 'writer', '--password-stdin'], '--name is required (at most 120 characters)'],
    [['create', '--email', 'not-an-address', '--name', 'A', '--role', 'writer', '--password-stdin'], '--email must be a complete e-mail address'],
    [['create', '--emial', 'a@example.org'], 'unknown option --emial (--help for usage)'],
    [['delete', '--email', 'a@example.org'], 'the command is create or reset-password (--help for usage)'],
    [['reset-password', '--email', 'a@example.org', '--role', 'admin', '--password-stdin'], '--name and --role are for create only'],
  ])('refuses %j in one line before asking for the password or reaching the database', { timeout: 60_000 }, async (args, message) => {
    // No password on standard input: a command that asked for one first would complain about it.
    const { code, stderr, stdout } = await user(args);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`communique: ${message}`]);
    expect(stdout).toBe('');
  });

  it('refuses a password longer than sign-in accepts, before reaching the database', { timeout: 60_000 }, async () => {
    const { code, stderr } = await user(['create', '--email', 'a@example.org', '--name', 'A', '--role', 'writer', '--password-stdin'], {
      stdin: `${'x'.repeat(257)}\n`,
    });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual(['communique: the password must be at most 256 characters long']);
  });

  it('stops the embedded PostgreSQL it started, also when it refuses', { timeout: 180_000 }, async () => {
    const env = { DATABASE_URL: undefined, DATA_DIR: dataDir };
    const args = ['create', '--email', 'cli@example.org', '--name', 'Cli', '--role', 'writer', '--password-stdin'];
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    const readPid = () => (fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]) : 0);

    const first = await user(args, { stdin: PASSWORD, env });
    expect(first.stderr).toBe('');
    expect(first.stdout.trim()).toBe('created writer cli@example.org');
    expect(first.code).toBe(0);
    expect(readPid()).toBe(0); // stopped cleanly: PostgreSQL removes its pid file

    // The same address again: refused once the database answered, and its server stopped all the same.
    const again = await user(args, { stdin: PASSWORD, env });
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n'), `stderr: ${again.stderr}`).toEqual(['communique: a user with the e-mail cli@example.org already exists']);
    const left = readPid();
    expect(left && isAlive(left) ? `PostgreSQL ${left} still running` : 'stopped').toBe('stopped');

    const unknown = await user(['reset-password', '--email', 'nobody@example.org', '--password-stdin'], { stdin: PASSWORD, env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n'), `stderr: ${unknown.stderr}`).toEqual(['communique: no user with the e-mail nobody@example.org']);
    const leftAfterReset = readPid();
    expect(leftAfterReset && isAlive(leftAfterReset) ? `PostgreSQL ${leftAfterReset} still running` : 'stopped').toBe('stopped');
  });
});
