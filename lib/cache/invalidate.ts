import { revalidateTag } from 'next/cache';
import { pool } from '@/db';
import { NOTIFY_CHANNEL } from './channel';

/**
 * After a mutation: expire the given tags here at once (the next request re-renders), and tell
 * every other process that holds a cache (other Next instances, a server started from a CLI)
 * through PostgreSQL NOTIFY; lib/cache/coordinator.ts listens in each server.
 */
export async function invalidate(tagList: string[]): Promise<void> {
  const unique = [...new Set(tagList)];
  for (const tag of unique) revalidateTag(tag, { expire: 0 });
  await notifyTags(unique);
}

export async function notifyTags(tagList: string[]): Promise<void> {
  if (tagList.length === 0) return;
  await pool.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, JSON.stringify({ tags: tagList, from: process.pid })]);
}
