/**
 * Slugs are at most SLUG_MAX_LENGTH characters (lib/slug.ts): a longer address names nothing, and
 * is answered "not found" before any cached read, whose `slug:<slug>` tag Next refuses past 256
 * characters ("invalid tags passed to cacheTag()", logged on every such request).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SLUG_MAX_LENGTH } from '@/lib/slug';
import { getPublishedArticle } from './public-articles';

const cacheTags = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  cacheTag: (...t: string[]) => void cacheTags.push(...t),
}));

beforeEach(() => void cacheTags.splice(0));

describe('getPublishedArticle: a slug longer than any slug can be', () => {
  it('is not found, with no cache tag made of it', async () => {
    expect(await getPublishedArticle('fr', 'a'.repeat(3000))).toEqual({ kind: 'missing' });
    expect(await getPublishedArticle('fr', 'a'.repeat(SLUG_MAX_LENGTH + 1))).toEqual({ kind: 'missing' });
    expect(cacheTags.filter((t) => t.length > 256)).toEqual([]);
    expect(cacheTags.filter((t) => t.startsWith('slug:'))).toEqual([]);
  });

  it('one of the longest a slug can be is still looked up', async () => {
    const slug = 'a'.repeat(SLUG_MAX_LENGTH);
    expect(await getPublishedArticle('fr', slug)).toEqual({ kind: 'missing' });
    expect(cacheTags).toContain(`slug:${slug}`);
  });
});
