/**
 * `npm test`: every check the project has, in order, each one's output streamed as it runs:
 *
 *   static  typecheck (next typegen, then tsc --noEmit) and lint (eslint): one test each
 *   unit    vitest: unit tests, and database tests on a fresh PostgreSQL database per file
 *           (TEST_DATABASE_URL's server, else an embedded one; see vitest.config.ts)
 *   e2e     Playwright in Chromium against `next build && next start` on a throw-away database
 *           (see playwright.config.ts)
 *
 * A failure does not stop the run: every suite runs so all results show. The last line is
 * exactly `N passed, N failed`, summed over the suites; the exit code is non-zero when anything
 * failed or when no test ran at all.
 *
 *   npm test                      everything
 *   npm test -- --only unit       one group (static, unit or e2e); several: --only static,unit
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type PlaywrightReport, type VitestReport, playwrightFailures, vitestFailures } from './lib/test-report';

type Group = 'static' | 'unit' | 'e2e';
const GROUPS: readonly Group[] = ['static', 'unit', 'e2e'];

interface Outcome {
  passed: number;
  failed: number;
  note?: string;
  /** One line per failed test (where, which, why), repeated under the summary. */
  failures?: string[];
}

interface Suite {
  name: string;
  group: Group;
  run(reports: string): Promise<Outcome>;
}

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

let current: ReturnType<typeof spawn> | undefined;
let interrupted = false;

/** Runs a tool with the terminal as its output; resolves with its exit code. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    current = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    current.once('error', (e) => {
      console.error(`[test] could not run ${command}: ${e.message}`);
      resolve(127);
    });
    current.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

// A tool stopped halfway must still clean up (Playwright drops its database on SIGTERM/SIGINT).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true;
    current?.kill(signal);
  });
}

/** What starts a failed test's line under the summary (.ci/run repeats these lines at its end). */
const FAILURE_MARK = '  ✗ ';
const MAX_FAILURE_LINES = 20;

const oneTest = (code: number): Outcome => (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** How many tests Playwright would run, without starting the server. */
function plannedE2eTests(): number | undefined {
  const listed = spawnSync(bin('playwright'), ['test', '--list', '--reporter=json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  try {
    const report = JSON.parse(listed.stdout) as { suites: unknown[] };
    let count = 0;
    const walk = (suite: { specs?: { tests?: unknown[] }[]; suites?: unknown[] }) => {
      for (const spec of suite.specs ?? []) count += spec.tests?.length ?? 0;
      for (const child of suite.suites ?? []) walk(child as typeof suite);
    };
    for (const suite of report.suites) walk(suite as Parameters<typeof walk>[0]);
    return count;
  } catch {
    return undefined;
  }
}

const suites: Suite[] = [
  {
    name: 'typecheck',
    group: 'static',
    // Next's global route types (PageProps, LayoutProps, RouteContext) and next-env.d.ts are
    // generated, not committed: a clean clone needs `next typegen` before tsc sees them.
    run: async () => {
      const typegen = await run(bin('next'), ['typegen']);
      return oneTest(typegen === 0 ? await run(bin('tsc'), ['--noEmit']) : typegen);
    },
  },
  {
    name: 'lint',
    group: 'static',
    run: async () => oneTest(await run(bin('eslint'), ['--max-warnings=0', '.'])),
  },
  {
    name: 'unit',
    group: 'unit',
    async run(reports) {
      const file = path.join(reports, 'vitest.json');
      const code = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
      const report = readJson<VitestReport>(file);
      if (!report) return { passed: 0, failed: 1, note: `no report (exit ${code})` };
      // A file that fails to load has no failed test, only a failed status: count it once.
      const brokenFiles = report.testResults.filter(
        (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
      ).length;
      const outcome = { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles, failures: vitestFailures(report, root) };
      if (code !== 0 && outcome.failed === 0) return { ...outcome, failed: 1, note: `vitest exited ${code}` };
      return brokenFiles ? { ...outcome, note: `${brokenFiles} file(s) failed to load` } : outcome;
    },
  },
  {
    name: 'e2e',
    group: 'e2e',
    async run(reports) {
      const file = path.join(reports, 'playwright.json');
      const planned = plannedE2eTests();
      const code = await run(bin('playwright'), ['test'], { E2E_JSON_REPORT: file });
      const report = readJson<PlaywrightReport>(file);
      if (!report) return { passed: 0, failed: Math.max(planned ?? 1, 1), note: `no report (exit ${code})` };
      const { expected, unexpected, flaky, skipped } = report.stats;
      const passed = expected + flaky;
      // Tests that never ran because the server or a setup failed count as failed.
      const notRun = planned === undefined ? 0 : Math.max(planned - (expected + unexpected + flaky + skipped), 0);
      let failed = unexpected + notRun;
      const notes: string[] = [];
      if (notRun) notes.push(`${notRun} did not run`);
      if (report.errors.length) notes.push(report.errors.map((e) => (e.message ?? '').split('\n')[0]).join('; '));
      if (code !== 0 && failed === 0) failed = 1;
      return { passed, failed, note: notes.join('; ') || undefined, failures: playwrightFailures(report) };
    },
  },
];

function parseOnly(argv: string[]): Set<Group> {
  const i = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i === -1) {
    if (argv.length) usage(`unknown argument ${argv[0]}`);
    return new Set(GROUPS);
  }
  const value = argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  const picked = (value ?? '').split(',').filter(Boolean);
  if (!picked.length || picked.some((g) => !GROUPS.includes(g as Group))) usage(`--only takes ${GROUPS.join('|')}`);
  return new Set(picked as Group[]);
}

function usage(problem: string): never {
  console.error(`npm test: ${problem}\nUsage: npm test [-- --only static|unit|e2e[,…]]`);
  process.exit(2);
}

async function main(): Promise<void> {
  const only = parseOnly(process.argv.slice(2));
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-test-'));
  const results: { name: string; seconds: number; outcome: Outcome }[] = [];

  for (const suite of suites.filter((s) => only.has(s.group))) {
    if (interrupted) break;
    console.log(`\n━━━ ${suite.name} ━━━`);
    const started = Date.now();
    let outcome: Outcome;
    try {
      outcome = await suite.run(reports);
    } catch (e) {
      outcome = { passed: 0, failed: 1, note: (e as Error).message };
    }
    if (outcome.passed + outcome.failed === 0) outcome = { passed: 0, failed: 1, note: 'no test ran' };
    results.push({ name: suite.name, seconds: (Date.now() - started) / 1000, outcome });
  }
  fs.rmSync(reports, { recursive: true, force: true });

  const passed = results.reduce((n, r) => n + r.outcome.passed, 0);
  const failed = results.reduce((n, r) => n + r.outcome.failed, 0) + (interrupted ? 1 : 0);
  console.log('\n━━━ summary ━━━');
  for (const { name, seconds, outcome } of results) {
    const status = outcome.failed ? 'FAIL' : 'ok  ';
    const note = outcome.note ? `  (${outcome.note})` : '';
    console.log(`${status} ${name.padEnd(10)} ${String(outcome.passed).padStart(4)} passed ${String(outcome.failed).padStart(4)} failed  ${seconds.toFixed(1).padStart(6)} s${note}`);
  }
  const failures = results.flatMap(({ name, outcome }) => {
    const lines = (outcome.failures ?? []).map((f) => `${name}: ${f}`);
    // A failure no test names (typecheck, lint, e2e tests that never ran): the suite's own line.
    const unnamed = outcome.failed - lines.length;
    if (unnamed > 0) lines.push(`${name}: ${unnamed} failed${outcome.note ? ` (${outcome.note})` : ''}, see its output above`);
    return lines;
  });
  if (failures.length) console.log('failed tests:');
  for (const f of failures.slice(0, MAX_FAILURE_LINES)) console.log(`${FAILURE_MARK}${f}`);
  if (failures.length > MAX_FAILURE_LINES) console.log(`${FAILURE_MARK}… and ${failures.length - MAX_FAILURE_LINES} more`);
  if (interrupted) console.log('interrupted');
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

await main();
