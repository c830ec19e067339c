import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive } from './lib/embedded-postgres';

/**
 * `npm start` on a database without an administrator prints a one-time link to create the first
 * one. Behind nginx the operator reads it on another machine: the link is at SITE_URL, the
 * address the site itself uses, not at localhost. And stopped while it builds the site for the
 * first time, it stops the build too.
 */
const root = path.resolve(import.meta.dirname, '..');
// A build folder that "exists", so the launcher goes on to `next start` (which fails on it at
// once) rather than building; and a data folder of its own, though nothing should be written.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-start-'));
fs.writeFileSync(path.join(scratch, 'BUILD_ID'), 'none\n');
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));


describe('npm start on a fresh database', () => {
  it('prints the first-admin link at SITE_URL when one is set', { timeout: 180_000 }, async () => {
    // This file's own fresh database (test/vitest-db-setup.ts): migrated, empty, no administrator.
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: '0',
        SITE_URL: 'https://news.example.org/',
        AUTH_SECRET: 'start-db-test-secret-start-db-test',
        DATA_DIR: scratch,
        NEXT_DIST_DIR: scratch,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    try {
      const link = await new Promise<string>((resolve, reject) => {
        const read = (d: Buffer) => {
          out += d.toString();
          const m = /\n\s*(\S+\/fr\/setup\?token=\S+)/.exec(out);
          if (m) resolve(m[1]!);
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before printing the link:\n${out}`)));
      });
      expect(link).toMatch(/^https:\/\/news\.example\.org\/fr\/setup\?token=[\w-]+$/);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    }
  });
  it('stops the first build when it is stopped during it', { timeout: 180_000 }, async () => {
    // A folder standing for the repository whose `next` only says it runs and waits: `npm start`
    // reads the migrations and Next's command from its working folder (db/migrate.ts, start.ts).
    const cwd = path.join(scratch, 'repo');
    fs.mkdirSync(path.join(cwd, 'node_modules/.bin'), { recursive: true });
    fs.symlinkSync(path.join(root, 'db'), path.join(cwd, 'db'));
    const pidFile = path.join(scratch, 'build.pid');
    const fakeNext = path.join(cwd, 'node_modules/.bin/next');
    fs.writeFileSync(fakeNext, `#!/bin/sh\n[ "$1" = build ] && echo $$ > ${JSON.stringify(pidFile)}\nexec sleep 120\n`, { mode: 0o755 });

    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/start.ts')], {
      cwd,
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: path.join(root, 'tsconfig.json'),
        PORT: '0',
        AUTH_SECRET: 'start-db-test-secret-start-db-test',
        DATA_DIR: scratch,
        NEXT_DIST_DIR: path.join(scratch, 'no-build-yet'),
      },
      stdio: 'ignore',
    });
    const exited = new Promise((r) => child.once('exit', r));
    let buildPid = 0;
    try {
      const deadline = Date.now() + 150_000;
      while (!buildPid && child.exitCode === null && Date.now() < deadline) {
        if (fs.existsSync(pidFile)) buildPid = Number(fs.readFileSync(pidFile, 'utf8').trim()) || 0;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(buildPid).toBeGreaterThan(0);
      child.kill('SIGTERM');
      await exited;
      await new Promise((r) => setTimeout(r, 500));
      expect(isAlive(buildPid) ? `the build (pid ${buildPid}) still runs` : 'stopped').toBe('stopped');
    } finally {
      child.kill('SIGKILL');
      if (buildPid && isAlive(buildPid)) process.kill(buildPid, 'SIGKILL');
    }
  });
});
