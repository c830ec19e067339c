import type { Database } from '@/db';
import type { LegacyIssue } from '@/lib/import/legacy-release';
import type { Locale } from '@/lib/locales';

/** The transaction the whole seed runs in: all of it lands, or none of it. */
export type SeedTransaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** What one run created, counted per kind of row. A second run on the same database counts zeros. */
export interface SeedCounts {
  countries: number;
  countryNames: number;
  topics: number;
  pages: number;
  pageTranslations: number;
  orgUnits: number;
  offices: number;
  officePhones: number;
  articles: number;
  articleTranslations: number;
}

/** What the seed did about something the importer noticed in the legacy page. */
export type SeedFindingAction =
  /** The importer's suggestion was applied (e.g. +592 → +598 for a Montevideo number). */
  | 'applied-suggestion'
  /** The importer repaired it (a broken mailto fragment, a phone tail completed). */
  | 'repaired'
  /** Left as found; reported so someone looks at it. */
  | 'noted'
  /** The value was unusable and left out. */
  | 'skipped';

export interface SeedFinding {
  /** The legacy file, relative to the repository. */
  source: string;
  /** What the finding concerns, e.g. "office:montevideo". */
  subject: string;
  action: SeedFindingAction;
  issue: LegacyIssue;
}

export interface SeedSummary {
  created: SeedCounts;
  findings: SeedFinding[];
}

export interface SeedContext {
  tx: SeedTransaction;
  summary: SeedSummary;
}

export function emptySummary(): SeedSummary {
  return {
    created: {
      countries: 0,
      countryNames: 0,
      topics: 0,
      pages: 0,
      pageTranslations: 0,
      orgUnits: 0,
      offices: 0,
      officePhones: 0,
      articles: 0,
      articleTranslations: 0,
    },
    findings: [],
  };
}

/** Per-locale text of seed content; every locale is spelled out so none is forgotten. */
export type Localized<T> = Record<Locale, T>;

/** A fixed past instant for content that has "always" been there (the profile pages). */
export const PROFILE_PUBLISHED_AT = new Date('2024-01-01T00:00:00Z');
