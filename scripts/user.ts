/**
 * Account administration from the command line (works on the embedded database too):
 *
 *   npm run user:create -- --email E --name N --role writer|editor|admin [--password-stdin]
 *   npm run user:reset-password -- --email E [--password-stdin]
 *
 * The password is asked twice at a hidden prompt, or read from standard input (first line)
 * with --password-stdin for scripts. Both changes are audited; a reset signs the user out
 * everywhere. The whole command line is checked before a password is asked or a database
 * started, and an embedded server the command started is stopped again whatever happens.
 */
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { endPool } from '../db/end-pool';
import { runMigrations } from '../db/migrate';
import { StartupError, ensureDatabase } from './lib/database';

function usage(min: number, max: number): string {
  return `Usage:
  npm run user:create -- --email E --name N --role writer|editor|admin [--password-stdin]
  npm run user:reset-password -- --email E [--password-stdin]

The password (${min} to ${max} characters) is asked twice at a hidden prompt, or read from the
first line of standard input with --password-stdin. Uses DATABASE_URL, else the embedded database.`;
}

/** A refusal meant for a person: printed on one line, exit code 1. */
class CliError extends Error {}

function fail(message: string): never {
  throw new CliError(message);
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

function parseCommandLine() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    const m = /^Unknown option '([^']+)'/.exec((e as Error).message);
    fail(`${m ? `unknown option ${m[1]}` : (e as Error).message} (--help for usage)`);
  }
}

type CommandLine =
  | { help: true }
  | { help: false; command: 'reset-password'; email: string; fromStdin: boolean }
  | { help: false; command: 'create'; email: string; name: string; role: 'writer' | 'editor' | 'admin'; fromStdin: boolean };

/** The command line, checked whole before a password is asked or a database started. */
async function readCommandLine(): Promise<CommandLine> {
  const { values, positionals } = parseCommandLine();
  const [command, ...extra] = positionals;
  if (values.help) return { help: true };
  if (command !== 'create' && command !== 'reset-password') fail('the command is create or reset-password (--help for usage)');
  if (extra.length > 0) fail(`unexpected argument ${extra[0]} (--help for usage)`);

  const { emailSchema, nameSchema, roleSchema } = await import('../lib/validation/users');
  const email = emailSchema.safeParse(values.email ?? '');
  if (!email.success) fail('--email must be a complete e-mail address');
  if (command === 'reset-password') {
    if (values.name !== undefined || values.role !== undefined) fail('--name and --role are for create only');
    return { help: false, command, email: email.data, fromStdin: values['password-stdin'] };
  }
  const name = nameSchema.safeParse(values.name ?? '');
  const role = roleSchema.safeParse(values.role ?? '');
  if (!name.success) fail('--name is required (at most 120 characters)');
  if (!role.success) fail('--role must be writer, editor or admin');
  return { help: false, command, email: email.data, name: name.data, role: role.data, fromStdin: values['password-stdin'] };
}

async function main() {
  const { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, hashPassword } = await import('../lib/password');
  const args = await readCommandLine();
  if (args.help) {
    console.log(usage(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH));
    return;
  }
  const password = await readPassword(args.fromStdin);
  if (password.length < PASSWORD_MIN_LENGTH) fail(`the password must be at least ${PASSWORD_MIN_LENGTH} characters long`);
  // Sign-in takes no longer one (lib/auth.ts): such an account could never be used.
  if (password.length > PASSWORD_MAX_LENGTH) fail(`the password must be at most ${PASSWORD_MAX_LENGTH} characters long`);
  const passwordHash = await hashPassword(password);

  const database = await ensureDatabase({ quiet: true });
  // Whatever happens from here, an embedded server this command started is stopped again.
  try {
    await runMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    const { db, pool } = await import('../db');
    const { users } = await import('../db/schema');
    const { audit } = await import('../db/queries/audit');
    try {
      if (args.command === 'create') {
        const { email, name, role } = args;
        const created = await db.transaction(async (tx) => {
          const [row] = await tx
            .insert(users)
            .values({ email, name, role, passwordHash })
            .onConflictDoNothing()
            .returning({ id: users.id });
          if (row) await audit(tx, { action: 'user.create', entityType: 'user', entityId: row.id, detail: { via: 'cli', role } });
          return row;
        });
        if (!created) fail(`a user with the e-mail ${email} already exists`);
        console.log(`created ${role} ${email}`);
      } else {
        const { email } = args;
        const updated = await db.transaction(async (tx) => {
          const [row] = await tx
            .update(users)
            .set({ passwordHash, sessionsValidAfter: sql`now()`, updatedAt: sql`now()` })
            .where(eq(sql`lower(${users.email})`, email))
            .returning({ id: users.id });
          if (row) await audit(tx, { action: 'user.reset_password', entityType: 'user', entityId: row.id, detail: { via: 'cli' } });
          return row;
        });
        if (!updated) fail(`no user with the e-mail ${email}`);
        console.log(`password reset for ${email}; their sessions are signed out`);
      }
    } finally {
      await endPool(pool);
    }
  } finally {
    await database.stop();
  }
}

main().catch((e: Error) => {
  console.error(`communique: ${e instanceof CliError || e instanceof StartupError ? e.message : e.message.split('\n')[0]}`);
  if (process.env.DEBUG && !(e instanceof CliError)) console.error(e);
  process.exit(1);
});
