/**
 * Stands in for 'next/cache' in vitest (vitest.config.ts aliases it). Outside a Next server the
 * real functions throw ("only available with the cacheComponents config", "static generation
 * store missing"), which would make every query or mutation untestable. Here:
 *
 * - 'use cache' is an inert string, so cached functions simply run; cacheLife/cacheTag do nothing;
 * - revalidateTag / updateTag / revalidatePath are recorded in `invalidations` (and `refresh()`
 *   calls counted in `refreshes`), so a test can assert that a mutation invalidates what it changed:
 *
 *     import { invalidations } from '@/test/next-cache';
 *     expect(invalidations.tags()).toContain('article:42');
 */
type Invalidation = { kind: 'revalidateTag' | 'updateTag'; tag: string } | { kind: 'revalidatePath'; path: string };

const recorded: Invalidation[] = [];

export const invalidations = {
  all: (): readonly Invalidation[] => recorded,
  tags: (): string[] => recorded.flatMap((i) => ('tag' in i ? [i.tag] : [])),
  paths: (): string[] => recorded.flatMap((i) => ('path' in i ? [i.path] : [])),
  clear: (): void => void recorded.splice(0),
};

export function cacheLife(..._args: unknown[]): void {}
export function cacheTag(..._tags: string[]): void {}
export const unstable_cacheLife = cacheLife;
export const unstable_cacheTag = cacheTag;

export function revalidateTag(tag: string, _profile?: unknown): void {
  recorded.push({ kind: 'revalidateTag', tag });
}
export function updateTag(tag: string): void {
  recorded.push({ kind: 'updateTag', tag });
}
export function revalidatePath(path: string, _type?: 'layout' | 'page'): void {
  recorded.push({ kind: 'revalidatePath', path });
}
let refreshed = 0;
/** `refresh()` calls (lib/redraw-on-refusal.ts asks the screen to be drawn again), counted. */
export const refreshes = {
  count: (): number => refreshed,
  clear: (): void => {
    refreshed = 0;
  },
};
export function refresh(): void {
  refreshed++;
}
export function unstable_noStore(): void {}
export async function io(): Promise<void> {}

export function unstable_cache<T extends (...args: never[]) => Promise<unknown>>(fn: T): T {
  return fn;
}
