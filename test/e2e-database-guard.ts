/**
 * The end-to-end server seeds demo content and lets browser tests write freely: it must only
 * ever do so on a database it created itself, on this machine, for this run.
 */
import { isLocalHost } from './database-server';

export const E2E_DATABASE_PREFIX = 'communique_e2e_';

export class UnsafeDatabaseError extends Error {}

export function assertThrowawayDatabase(url: string, createdByThisRun: ReadonlySet<string>): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UnsafeDatabaseError('Refusing an unparsable database URL for end-to-end tests.');
  }
  if (!isLocalHost(url)) {
    throw new UnsafeDatabaseError(
      `Refusing to run end-to-end tests on ${parsed.hostname}: only a server on 127.0.0.1 or localhost is allowed.`,
    );
  }
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!name.startsWith(E2E_DATABASE_PREFIX) || !createdByThisRun.has(name)) {
    throw new UnsafeDatabaseError(
      `Refusing to run end-to-end tests on database "${name}": only a ${E2E_DATABASE_PREFIX}* database created by this run is allowed.`,
    );
  }
}
