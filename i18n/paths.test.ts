import { describe, expect, it } from 'vitest';
import { localizedPath } from './paths';

describe('localizedPath', () => {
  it('prefixes every path with the locale, and the home page is the bare prefix', () => {
    expect(localizedPath('/', 'fr')).toBe('/fr');
    expect(localizedPath('/news', 'ar')).toBe('/ar/news');
    expect(localizedPath('news/page/2', 'es')).toBe('/es/news/page/2');
  });
});
