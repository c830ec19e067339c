/**
 * Reading the JSON reports of vitest and Playwright for `npm test`'s summary (scripts/test.ts).
 */
import path from 'node:path';

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { status: string; fullName: string; failureMessages?: string[] }[];
  }[];
}

export interface PlaywrightSpec {
  title: string;
  file: string;
  line: number;
  tests: { status: string; results: { error?: { message?: string } }[] }[];
}

export interface PlaywrightSuite {
  title: string;
  specs?: PlaywrightSpec[];
  suites?: PlaywrightSuite[];
}

export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: { message?: string }[];
  suites?: PlaywrightSuite[];
}

const STACK_FRAME = /^at /;

function messageLines(message: string | undefined): string[] {
  return (message ?? '')
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The line of `file` an error's stack points at first (vitest's report gives no location). */
function lineIn(file: string, message: string | undefined): number | undefined {
  for (const l of messageLines(message)) {
    if (!STACK_FRAME.test(l)) continue;
    const at = l.lastIndexOf(`${file}:`);
    if (at !== -1) return Number(/^(\d+)/.exec(l.slice(at + file.length + 1))?.[1]) || undefined;
  }
  return undefined;
}

/**
 * A failure on one line: where, which test, and the first lines of its message, so the end of
 * a long log (all CI keeps of a run) still says why without scrolling back to the test's output.
 */
export function failureLine(where: string, title: string, message: string | undefined): string {
  const why = messageLines(message)
    .filter((l) => !STACK_FRAME.test(l))
    .slice(0, 3)
    .join(' ⏎ ');
  const line = `${where} › ${title}${why ? ` — ${why}` : ''}`;
  return line.length > 400 ? `${line.slice(0, 399)}…` : line;
}

/** The failed tests of a vitest JSON report (files named relative to `root`). */
export function vitestFailures(report: VitestReport, root: string): string[] {
  const relative = (file: string) => (path.isAbsolute(file) ? path.relative(root, file) : file);
  const lines: string[] = [];
  for (const file of report.testResults) {
    const failed = file.assertionResults.filter((a) => a.status === 'failed');
    for (const a of failed) {
      const message = a.failureMessages?.[0];
      const line = lineIn(file.name, message);
      lines.push(failureLine(`${relative(file.name)}${line ? `:${line}` : ''}`, a.fullName, message));
    }
    if (file.status === 'failed' && !failed.length) lines.push(failureLine(relative(file.name), '(file)', file.message));
  }
  return lines;
}

/** The failed tests of a Playwright JSON report (retried and passed: not failed). */
export function playwrightFailures(report: PlaywrightReport): string[] {
  const lines: string[] = [];
  const walk = (suite: PlaywrightSuite, titles: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== 'unexpected') continue;
        const error = test.results.find((r) => r.error)?.error;
        lines.push(failureLine(`${spec.file}:${spec.line}`, [...titles, spec.title].join(' › '), error?.message));
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // The top suites are the files: their titles are the paths already printed.
  for (const suite of report.suites ?? []) walk(suite, []);
  return lines;
}

