import { cacheLife } from 'next/cache';

/** Figures stated by the organization's own profile (the seed): shown on the home page. */
export const KEY_FIGURES = { memberStates: 175, countries: 171, founded: 1951 } as const;

/** Absolute origin for canonical links, hreflang, feeds and OpenGraph. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '');
}

/** The current year, cached for a day so that pages stay prerenderable. */
export async function currentYear(): Promise<number> {
  'use cache';
  cacheLife('days');
  return new Date().getFullYear();
}
