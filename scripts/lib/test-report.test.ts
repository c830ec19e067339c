import { describe, expect, it } from 'vitest';
import { type PlaywrightReport, type VitestReport, failureLine, playwrightFailures, vitestFailures } from './test-report';

const ROOT = '/repo';

describe('vitestFailures', () => {
  it('names each failed test with its file, the line its stack points at, and its message without the stack', () => {
    const report: VitestReport = {
      numPassedTests: 1,
      numFailedTests: 1,
      testResults: [
        {
          name: '/repo/scripts/user.test.ts',
          status: 'failed',
          assertionResults: [
            { status: 'passed', fullName: 'user.ts command line prints its usage' },
            {
              status: 'failed',
              fullName: 'user.ts command line stops the embedded PostgreSQL it started',
              failureMessages: [
                "AssertionError: stderr: communique: Embedded PostgreSQL did not start\nFATAL: lock: expected [ 'communique: x' ] to deeply equal [ 'communique: y' ]\n" +
                  '    at /repo/node_modules/chai/index.js:1:1\n    at /repo/scripts/user.test.ts:101:72\n    at file:///repo/node_modules/@vitest/runner/dist/index.js:3:3',
              ],
            },
          ],
        },
        { name: '/repo/lib/ok.test.ts', status: 'passed', assertionResults: [{ status: 'passed', fullName: 'ok' }] },
      ],
    };
    expect(vitestFailures(report, ROOT)).toEqual([
      "scripts/user.test.ts:101 › user.ts command line stops the embedded PostgreSQL it started — AssertionError: stderr: communique: Embedded PostgreSQL did not start ⏎ FATAL: lock: expected [ 'communique: x' ] to deeply equal [ 'communique: y' ]",
    ]);
  });

  it('names a file that failed to load, with its error', () => {
    const report: VitestReport = {
      numPassedTests: 0,
      numFailedTests: 0,
      testResults: [
        { name: '/repo/lib/broken.test.ts', status: 'failed', message: 'Failed to load url ./nowhere', assertionResults: [] },
      ],
    };
    expect(vitestFailures(report, ROOT)).toEqual(['lib/broken.test.ts › (file) — Failed to load url ./nowhere']);
  });
});

describe('playwrightFailures', () => {
  it('lists the unexpected tests with their describe titles; flaky and skipped ones are not failures', () => {
    const report: PlaywrightReport = {
      stats: { expected: 1, unexpected: 1, flaky: 1, skipped: 1 },
      errors: [],
      suites: [
        {
          title: 'site/news.spec.ts',
          specs: [{ title: 'passes', file: 'site/news.spec.ts', line: 5, tests: [{ status: 'expected', results: [{}] }] }],
          suites: [
            {
              title: 'the news list',
              specs: [
                {
                  title: 'shows the release',
                  file: 'site/news.spec.ts',
                  line: 12,
                  tests: [
                    {
                      status: 'unexpected',
                      results: [{ error: { message: '\u001b[31mError: expect(locator).toBeVisible() failed\u001b[39m\n\nLocator: getByRole(…)' } }],
                    },
                  ],
                },
                { title: 'flaky', file: 'site/news.spec.ts', line: 20, tests: [{ status: 'flaky', results: [{ error: { message: 'x' } }, {}] }] },
                { title: 'skipped', file: 'site/news.spec.ts', line: 30, tests: [{ status: 'skipped', results: [] }] },
              ],
            },
          ],
        },
      ],
    };
    expect(playwrightFailures(report)).toEqual([
      'site/news.spec.ts:12 › the news list › shows the release — Error: expect(locator).toBeVisible() failed ⏎ Locator: getByRole(…)',
    ]);
  });
});

describe('failureLine', () => {
  it('keeps a line short enough to read at the end of a log', () => {
    const line = failureLine('a.test.ts', 't', 'x'.repeat(1000));
    expect(line).toHaveLength(400);
    expect(line.endsWith('…')).toBe(true);
  });

  it('has no dash when there is no message', () => {
    expect(failureLine('a.test.ts', 't', undefined)).toBe('a.test.ts › t');
  });
});
