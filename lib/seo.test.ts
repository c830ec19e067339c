import { describe, expect, it } from 'vitest';
import { OG_LOCALE, alternatesFor, breadcrumbJsonLd, hreflangs, jsonLdText, newsArticleJsonLd, organizationJsonLd } from './seo';

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

describe('newsArticleJsonLd', () => {
  const base = {
    origin: 'https://example.org',
    locale: 'ar' as const,
    path: '/ar/news/x',
    title: 'عنوان',
    lede: 'مقدمة',
    firstPublishedAt: '2006-10-31T09:00:00.000Z',
    modifiedAt: '2006-11-02T10:00:00.000Z',
    dateline: 'Montevideo',
    orgName: 'المنظمة الدولية للهجرة',
    translations: [{ locale: 'fr' as const, path: '/fr/news/y' }],
  };

  it('names the organization as author and publisher, with its home page and a bitmap logo', () => {
    const ld = newsArticleJsonLd(base);
    expect(ld.author).toEqual([{ '@type': 'Organization', name: 'المنظمة الدولية للهجرة', url: 'https://example.org/ar' }]);
    expect(ld.publisher).toEqual({
      '@type': 'Organization',
      name: 'المنظمة الدولية للهجرة',
      url: 'https://example.org/ar',
      logo: { '@type': 'ImageObject', url: 'https://example.org/apple-icon.png', width: 180, height: 180 },
    });
  });

  it('always has an image: the main one, else the emblem its shared preview shows', () => {
    expect(newsArticleJsonLd(base).image).toEqual(['https://example.org/og.png']);
    expect(newsArticleJsonLd({ ...base, heroSrc: '/media/abc.webp' }).image).toEqual(['https://example.org/media/abc.webp']);
  });

  it('has absolute addresses, dates with their time zone, and its translations', () => {
    const ld = newsArticleJsonLd(base);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'عنوان',
      description: 'مقدمة',
      inLanguage: 'ar',
      dateline: 'Montevideo',
      url: 'https://example.org/ar/news/x',
      // The page the release is the main subject of, as a WebPage node (schema.org's and Google's
      // examples): a bare address string is read as text, not as a reference to that page.
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/ar/news/x' },
      workTranslation: [{ '@type': 'NewsArticle', inLanguage: 'fr', url: 'https://example.org/fr/news/y' }],
    });
    expect(ld.datePublished).toMatch(/Z$/);
    expect(ld.dateModified).toMatch(/Z$/);
  });

  it('leaves out an empty dateline, summary and translation list rather than writing empty values', () => {
    const ld = newsArticleJsonLd({ ...base, dateline: '', lede: '', translations: [] });
    expect(ld).not.toHaveProperty('dateline');
    expect(ld).not.toHaveProperty('description');
    expect(ld).not.toHaveProperty('workTranslation');
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the steps from 1, with absolute addresses in the language, the page itself without one', () => {
    const ld = breadcrumbJsonLd('https://example.org', 'es', [
      { title: 'Inicio', href: '/' },
      { title: 'Noticias', href: '/news' },
      { title: 'Tema: Remesas' },
    ]);
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Inicio', item: 'https://example.org/es' },
        { '@type': 'ListItem', position: 2, name: 'Noticias', item: 'https://example.org/es/news' },
        { '@type': 'ListItem', position: 3, name: 'Tema: Remesas' },
      ],
    });
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element, and reads back as the same object', () => {
    const data = { headline: '</script><script>alert(1)</script>' };
    expect(jsonLdText(data)).not.toContain('<');
    expect(JSON.parse(jsonLdText(data))).toEqual(data);
  });
});

describe('organizationJsonLd', () => {
  it('names the organization, its short name, its home page in the language and its logo', () => {
    expect(organizationJsonLd('https://example.org', 'fr', { name: 'Organisation internationale pour les migrations', alternateName: 'OIM' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Organisation internationale pour les migrations',
      alternateName: 'OIM',
      url: 'https://example.org/fr',
      logo: { '@type': 'ImageObject', url: 'https://example.org/apple-icon.png', width: 180, height: 180 },
    });
  });

  it('gives no short name that is the name itself (Arabic writes it in full)', () => {
    expect(organizationJsonLd('https://example.org', 'ar', { name: 'المنظمة', alternateName: 'المنظمة' })).not.toHaveProperty('alternateName');
  });
});
