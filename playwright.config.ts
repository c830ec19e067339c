/**
 * Browser tests against `next build && next start` on a throw-away database
 * (scripts/e2e-server.ts creates, migrates and seeds it, and drops it afterwards).
 *
 * - Port: E2E_PORT (default 3100). A port already in use is an error, never reused: the tests
 *   must not run against a server on someone's real database.
 * - Browser: Debian's /usr/bin/chromium when present (Playwright's downloads are unavailable on
 *   CI and air-gapped machines), else Playwright's own Chromium (`npx playwright install chromium`).
 * - E2E_SKIP_BUILD=1 reuses an existing .next build for quicker local runs.
 * - Results: list on the console, JSON in E2E_JSON_REPORT (scripts/test.ts reads it) or
 *   playwright-report/results.json.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './test/chromium';

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT ?? 'playwright-report/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
      },
    },
  ],
  webServer: {
    command: 'node --import tsx scripts/e2e-server.ts',
    env: { E2E_PORT: String(port) },
    port,
    reuseExistingServer: false,
    // Migrate + seed + `next build` (~20 s here, more on a cold cache) before Next listens.
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // Lets scripts/e2e-server.ts drop its database and stop its PostgreSQL.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
