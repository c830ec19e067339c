import { revalidateTag } from 'next/cache';
import { pool } from '@/db';
import { NOTIFY_CHANNEL } from './channel';
import { expireHere } from './self';

/**
 * A tag no cached read carries. A server action whose tags were expired through the endpoint
 * expires it too: its answer then still tells the browser that pages changed (Next drops the
 * pages it keeps on the client), as a `revalidateTag` of the real tags would.
 */
const CHANGED_MARK = 'communique:changed';

/**
 * After a mutation in a server action: expire the given tags here at once, and tell every other
 * process that holds a cache (other Next instances, a server started from a CLI) through
 * PostgreSQL NOTIFY; lib/cache/coordinator.ts listens in each server.
 *
 * In a production server the tags go through this server's internal endpoint, which expires
 * them before the action goes on: the pages can then be rendered again before the action
 * answers (lib/cache/warm.ts). A `revalidateTag` here would take effect only after the action,
 * expiring those new renders too. Should the endpoint fail, or elsewhere (development, tests),
 * `revalidateTag` as Next documents it. Answers whether the tags are expired already.
 */
export async function invalidate(tagList: string[]): Promise<boolean> {
  const unique = [...new Set(tagList)];
  const now = process.env.NODE_ENV === 'production' && (await expireHere({ tags: unique }));
  if (now) revalidateTag(CHANGED_MARK, { expire: 0 });
  else for (const tag of unique) revalidateTag(tag, { expire: 0 });
  await notifyTags(unique);
  return now;
}

export async function notifyTags(tagList: string[]): Promise<void> {
  if (tagList.length === 0) return;
  await pool.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, JSON.stringify({ tags: tagList, from: process.pid })]);
}
