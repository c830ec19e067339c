/**
 * Cache lifetimes. Published content changes only through our own actions, which invalidate
 * its tags, so cached reads may live long. A scheduled publish is the one change nobody
 * triggers: a read whose result will change at a known instant (the next scheduled publish
 * it would show) lives at most until then. The in-process scheduler (lib/cache/coordinator.ts)
 * also expires the affected tags at that instant, because Next does not honour lifetimes
 * under five minutes for a page's route entry.
 */
export const CONTENT_LIFE = { stale: 300, revalidate: 60 * 60 * 24, expire: 60 * 60 * 24 * 7 } as const;

const MIN_SECONDS = 300;

export function lifeUntil(next: Date | null | undefined): { stale: number; revalidate: number; expire: number } {
  if (!next) return { ...CONTENT_LIFE };
  const seconds = Math.ceil((next.getTime() - Date.now()) / 1000);
  const bounded = Math.max(MIN_SECONDS, Math.min(seconds, CONTENT_LIFE.revalidate));
  return { stale: Math.min(CONTENT_LIFE.stale, bounded), revalidate: bounded, expire: Math.max(bounded, MIN_SECONDS) };
}
