/**
 * Once per `vitest run`, for the `db` project only: find the server (TEST_DATABASE_URL or the
 * embedded one under data/test-postgres), build a template database migrated once, and hand both
 * to the per-file setup (test/vitest-db-setup.ts) through `provide`. Each test file then gets its
 * own copy with `CREATE DATABASE … TEMPLATE`, which is much faster than migrating again.
 */
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../db/migrate';
import {
  createDatabase,
  dropAbandonedDatabases,
  dropDatabase,
  startTestServer,
  uniqueDatabaseName,
} from './database-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server the per-file databases are created on (a maintenance database URL). */
    testServerUrl: string;
    /** Migrated database every test file's database is copied from. */
    templateDatabase: string;
    /** The pid that names this run's databases. */
    testRunPid: number;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const server = await startTestServer({ embeddedFolder: 'test-postgres' });
  const abandoned = await dropAbandonedDatabases(server.adminUrl);
  if (abandoned.length) console.log(`[test-db] dropped ${abandoned.length} database(s) left by killed runs`);

  const template = uniqueDatabaseName('tpl');
  try {
    const templateUrl = await createDatabase(server.adminUrl, template);
    await runMigrations(templateUrl);
  } catch (e) {
    await dropDatabase(server.adminUrl, template).catch(() => undefined);
    await server.stop();
    throw e;
  }
  console.log(
    `[test-db] ${server.embedded ? 'embedded PostgreSQL' : 'TEST_DATABASE_URL'}: template ${template} migrated in ${Date.now() - started} ms`,
  );

  project.provide('testServerUrl', server.adminUrl);
  project.provide('templateDatabase', template);
  project.provide('testRunPid', process.pid);

  return async () => {
    await dropDatabase(server.adminUrl, template).catch((e: Error) =>
      console.error(`[test-db] could not drop ${template}: ${e.message}`),
    );
    await server.stop();
  };
}
