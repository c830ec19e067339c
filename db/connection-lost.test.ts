import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A connection the server ends while the app uses it (a restart, a failover, `npm start`
 * stopped while it seeds) fails the work in progress, and only that: the process lives on.
 * node-postgres emits 'error' on such a client, and the pool listens on its idle clients only;
 * db/index.ts listens on every one. Run in a process of its own, since an unheard 'error' ends it.
 */
const root = path.resolve(import.meta.dirname, '..');
/** The script lives in a scratch folder: it names the modules it imports by their files. */
const from = (id: string) => JSON.stringify(createRequire(import.meta.url).resolve(id));

function runScript(code: string): Promise<{ status: number | null; out: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-lost-'));
  const file = path.join(dir, 'lost.ts');
  fs.writeFileSync(file, code);
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [file], { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) =>
    child.once('exit', (status) => {
      fs.rmSync(dir, { recursive: true, force: true });
      resolve({ status, out });
    }),
  );
}

describe('a connection ended by the server', () => {
  it('fails the transaction using it, and the process goes on', { timeout: 60_000 }, async () => {
    const { status, out } = await runScript(`
      import pg from ${from('pg')};
      import { sql } from ${from('drizzle-orm')};
      import { db, pool } from ${JSON.stringify(path.join(root, 'db/index.ts'))};
      (async () => {
        const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await admin.connect();
        const outcome = await db
          .transaction(async (tx) => {
            const { rows } = await tx.execute(sql\`select pg_backend_pid() as pid\`);
            await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
            // Let the end of the connection arrive while the client is still checked out.
            await new Promise((r) => setTimeout(r, 300));
            await tx.execute(sql\`select 1\`);
          })
          .then(() => 'committed', () => 'failed');
        console.log('outcome:', outcome);
        // The pool hands out a working connection afterwards.
        const { rows } = await db.execute(sql\`select 2 as two\`);
        console.log('after:', rows[0]!.two);
        await admin.end();
        await pool.end();
      })();
    `);
    expect(out).toContain('outcome: failed');
    expect(out).toContain('after: 2');
    expect(out).toMatch(/\[db\] connection lost: terminating connection due to administrator command/);
    expect(out).not.toMatch(/Unhandled 'error' event/);
    expect(status).toBe(0);
  });
});
