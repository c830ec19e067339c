import { describe, expect, it } from 'vitest';
import { OG_LOCALE, alternatesFor, hreflangs } from './seo';

describe('alternatesFor', () => {
  const existing = { fr: '/fr/news/a', en: '/en/news/b', es: '/es/news/c' };

  it('lists every existing version and x-default on every version (reciprocal)', () => {
    for (const locale of ['fr', 'en', 'es'] as const) {
      const alt = alternatesFor(locale, existing);
      expect(alt?.canonical).toBe(existing[locale]);
      expect(alt?.languages).toEqual({ ...existing, 'x-default': '/fr/news/a' });
    }
  });

  it('never names a language the content does not exist in', () => {
    expect(Object.keys(alternatesFor('fr', existing)?.languages ?? {})).not.toContain('ar');
  });

  it('falls back to the first existing version for x-default without French', () => {
    expect(alternatesFor('en', { en: '/en/x', ar: '/ar/y' })?.languages).toMatchObject({ 'x-default': '/en/x' });
  });

  it('names no alternates, and no x-default, for a page that is its only version', () => {
    expect(alternatesFor('en', { en: '/en/news/page/2' })).toEqual({ canonical: '/en/news/page/2' });
  });
});

describe('hreflangs', () => {
  it('is what the pages list, for the sitemap too: absolute URLs work the same', () => {
    const urls = { en: 'https://example.org/en/x', fr: 'https://example.org/fr/x' };
    expect(hreflangs(urls)).toEqual({ fr: urls.fr, en: urls.en, 'x-default': urls.fr });
    expect(alternatesFor('en', urls)?.languages).toEqual(hreflangs(urls));
  });
});

describe('OG_LOCALE', () => {
  it('names every locale with a territory, as Open Graph expects', () => {
    for (const value of Object.values(OG_LOCALE)) expect(value).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
  });
});
