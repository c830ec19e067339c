import { cacheLife, cacheTag } from 'next/cache';
import { lifeUntil } from './life';
import { tags } from './tags';

/**
 * Inside a 'use cache' read whose result changes when the next scheduled publish `next` it
 * would show comes due: bound its life by that instant, and tag it with the instant itself.
 * The cache coordinator (lib/cache/coordinator.ts) tells Next that this tag expires exactly at
 * that instant, so the first request after it renders anew, although nobody invalidated
 * anything (docs/caching.md, "Scheduled publishes").
 */
export function liveUntilNextPublish(next: Date | null | undefined): void {
  cacheLife(lifeUntil(next));
  if (next) cacheTag(tags.scheduled(next));
}
