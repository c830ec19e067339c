import type { Locale } from '@/lib/locales';

/**
 * Every cached public read is tagged with what it shows; every mutation invalidates exactly
 * the tags of what it changed (docs/caching.md has the table).
 */
export const tags = {
  /** Lists, home, feeds and sitemap of one locale: anything that enumerates its articles. */
  articleLists: (locale: Locale) => `articles:${locale}`,
  /** One article in every locale (its page shows the other languages it exists in). */
  article: (articleId: string) => `article:${articleId}`,
  /** A slug looked up and not found (yet): answered "not found" until a translation takes it. */
  slug: (slug: string) => `slug:${slug}`,
  /** The page tree of one locale: navigation, breadcrumbs, profile pages. */
  pages: (locale: Locale) => `pages:${locale}`,
  /** Organization structure (units and heads). */
  orgUnits: () => 'org-units',
  /** The office directory, and every contact block rendered from one office. */
  offices: () => 'offices',
  office: (officeId: string) => `office:${officeId}`,
  /** Topics and countries names. */
  taxonomy: () => 'taxonomy',
  /**
   * Every read whose result changes at a scheduled publish instant; set to expire at that
   * instant (lib/cache/schedule.ts, lib/cache/coordinator.ts), never invalidated by a mutation.
   */
  scheduled: (at: Date) => `at:${at.getTime()}`,
} as const;
