/** What a news list is narrowed to: one topic, one country or one year (docs/caching.md). */
export type NewsFilter = { kind: 'topic'; slug: string } | { kind: 'country'; code: string } | { kind: 'year'; year: number };

/** The list's path without locale: /news/topic/<slug>, /news/country/<code>, /news/year/<year>. */
export const newsFilterPath = (filter: NewsFilter): string =>
  filter.kind === 'topic' ? `/news/topic/${filter.slug}` : filter.kind === 'country' ? `/news/country/${filter.code.toLowerCase()}` : `/news/year/${filter.year}`;
