import { describe, expect, it } from 'vitest';
import { listAlternates, listPageHref, listPageVersions, sameListEverywhere } from './news-filter';

describe('a paged list in the other languages', () => {
  it('leads from page N to the same list’s first page elsewhere, never to a page that may not exist', () => {
    expect(listAlternates('fr', 2, sameListEverywhere('/news'))).toEqual({ fr: '/fr/news/page/2', en: '/en/news', es: '/es/news', ar: '/ar/news' });
    expect(listAlternates('en', 1, sameListEverywhere('/news/year/2026'))).toEqual({
      fr: '/fr/news/year/2026',
      en: '/en/news/year/2026',
      es: '/es/news/year/2026',
      ar: '/ar/news/year/2026',
    });
  });

  it('keeps each language’s own address of a filtered list, and only the languages given', () => {
    expect(listAlternates('es', 3, { es: '/news/topic/derechos', en: '/news/topic/rights' })).toEqual({ es: '/es/news/topic/derechos/page/3', en: '/en/news/topic/rights' });
    expect(listPageHref('/news', 1)).toBe('/news');
  });
});

describe('the versions a list page names as its own', () => {
  it('are every language’s first page for the first page, and none but itself for a later one', () => {
    expect(listPageVersions('fr', 1, sameListEverywhere('/news'))).toEqual({ fr: '/fr/news', en: '/en/news', es: '/es/news', ar: '/ar/news' });
    expect(listPageVersions('es', 3, { es: '/news/topic/derechos', en: '/news/topic/rights' })).toEqual({ es: '/es/news/topic/derechos/page/3' });
  });
});
