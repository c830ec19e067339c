/**
 * Account administration from the command line (works on the embedded database too):
 *
 *   npm run user:create -- --email E --name N --role writer|editor|admin [--password-stdin]
 *   npm run user:reset-password -- --email E [--password-stdin]
 *
 * The password is asked twice at a hidden prompt, or read from standard input (first line)
 * with --password-stdin for scripts. Both changes are audited; a reset signs the user out
 * everywhere.
 */
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { runMigrations } from '../db/migrate';
import { StartupError, ensureDatabase } from './lib/database';

function fail(message: string): never {
  console.error(`communique: ${message}`);
  process.exit(1);
}

async function readStdinLine(): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

async function prompt(question: string): Promise<string> {
  if (!process.stdin.isTTY) fail('no terminal to ask for the password: use --password-stdin');
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  out._writeToOutput = (s: string) => {
    // Echo the prompt, hide what is typed.
    if (s.includes(question)) out.output.write(s);
  };
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readStdinLine();
  const first = await prompt('Password: ');
  const second = await prompt('Password again: ');
  if (first !== second) fail('the two passwords differ');
  return first;
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  if (command !== 'create' && command !== 'reset-password') fail('usage: user.ts create|reset-password --email E [...]');

  const { emailSchema, nameSchema, roleSchema } = await import('../lib/validation/users');
  const { PASSWORD_MIN_LENGTH, hashPassword } = await import('../lib/password');
  const email = emailSchema.safeParse(values.email ?? '');
  if (!email.success) fail('--email must be a complete e-mail address');
  const password = await readPassword(values['password-stdin']);
  if (password.length < PASSWORD_MIN_LENGTH) fail(`the password must be at least ${PASSWORD_MIN_LENGTH} characters long`);

  const database = await ensureDatabase({ quiet: true });
  try {
    await runMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    const { db, pool } = await import('../db');
    const { users } = await import('../db/schema');
    const { audit } = await import('../db/queries/audit');
    const passwordHash = await hashPassword(password);
    try {
      if (command === 'create') {
        const name = nameSchema.safeParse(values.name ?? '');
        const role = roleSchema.safeParse(values.role ?? '');
        if (!name.success) fail('--name is required (at most 120 characters)');
        if (!role.success) fail('--role must be writer, editor or admin');
        const created = await db.transaction(async (tx) => {
          const [row] = await tx
            .insert(users)
            .values({ email: email.data, name: name.data, role: role.data, passwordHash })
            .onConflictDoNothing()
            .returning({ id: users.id });
          if (row) await audit(tx, { action: 'user.create', entityType: 'user', entityId: row.id, detail: { via: 'cli', role: role.data } });
          return row;
        });
        if (!created) fail(`a user with the e-mail ${email.data} already exists`);
        console.log(`created ${role.data} ${email.data}`);
      } else {
        const updated = await db.transaction(async (tx) => {
          const [row] = await tx
            .update(users)
            .set({ passwordHash, sessionsValidAfter: sql`now()`, updatedAt: sql`now()` })
            .where(eq(sql`lower(${users.email})`, email.data))
            .returning({ id: users.id });
          if (row) await audit(tx, { action: 'user.reset_password', entityType: 'user', entityId: row.id, detail: { via: 'cli' } });
          return row;
        });
        if (!updated) fail(`no user with the e-mail ${email.data}`);
        console.log(`password reset for ${email.data}; their sessions are signed out`);
      }
    } finally {
      await pool.end();
    }
  } finally {
    await database.stop();
  }
}

main().catch((e: Error) => fail(e instanceof StartupError ? e.message : e.message));
