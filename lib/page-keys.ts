/**
 * Organization pages the site itself relies on, by their stable key: the home page introduces
 * the first, the other two carry a block of their own (the organization chart, the office
 * directory). They can be moved, renamed and unpublished, never deleted.
 */
export const PAGE_KEY = { whoWeAre: 'who-we-are', structure: 'structure', whereWeWork: 'where-we-work' } as const;

export const PAGES_THE_SITE_NEEDS: readonly string[] = Object.values(PAGE_KEY);
