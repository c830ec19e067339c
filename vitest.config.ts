/**
 * Unit and database tests (`npm run test:unit`; `npm test` runs them among the rest).
 *
 * Two projects, so files that need no database pay nothing for one:
 * - `unit`: every *.test.ts beside the code, with DATABASE_URL removed;
 * - `db`: files under db/ and any *.db.test.ts. Each such file runs on a fresh PostgreSQL
 *   database of its own (test/vitest-db-setup.ts), copied from a template migrated once per run
 *   (test/vitest-global-setup.ts) on TEST_DATABASE_URL's server, or when unset on an embedded
 *   PostgreSQL under data/test-postgres. The server starts only when a db test is selected.
 *
 * Tests run outside Next: 'next/cache' is replaced by test/next-cache.ts (no-op cache
 * directives, recorded invalidations) and 'server-only' by its empty module.
 */
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const ignored = ['e2e/**', '**/node_modules/**', '.next/**', '.next-*/**', 'data/**', 'tmp/**', 'test-results/**', 'playwright-report/**'];
const dbTests = ['db/**/*.test.ts', '**/*.db.test.ts'];

export default defineConfig({
  resolve: {
    alias: [
      // Outside a Next server: 'next/cache' would throw, see test/next-cache.ts; 'server-only'
      // resolves to its empty module, as Next resolves it for server code.
      { find: /^next\/cache$/, replacement: path.join(root, 'test/next-cache.ts') },
      { find: /^server-only$/, replacement: path.join(root, 'node_modules/server-only/empty.js') },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    environment: 'node',
    pool: 'forks',
    // One process per test file: module state (the '@/db' pool, env) never leaks between files.
    isolate: true,
    maxWorkers: 2,
    testTimeout: 15_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...ignored, ...dbTests],
          setupFiles: [path.join(root, 'test/vitest-unit-setup.ts')],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: dbTests,
          exclude: ignored,
          globalSetup: [path.join(root, 'test/vitest-global-setup.ts')],
          setupFiles: [path.join(root, 'test/vitest-db-setup.ts')],
        },
      },
    ],
  },
});
