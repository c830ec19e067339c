import { describe, expect, it } from 'vitest';
import { decodeSegment, firstParam, listHref, pageParam, withQuery } from './params';

describe('decodeSegment', () => {
  it('decodes what a browser sends', () => {
    expect(decodeSegment('qui-sommes-nous')).toBe('qui-sommes-nous');
    expect(decodeSegment('%C3%A9t%C3%A9')).toBe('été');
    expect(decodeSegment('%D9%85%D8%AB%D8%A7%D9%84')).toBe('مثال');
  });

  it('refuses malformed percent-encoding and control characters, NUL first', () => {
    for (const raw of ['%E0%A4%A', '%', '%zz', '%00', 'a%00b', '%0A', '%7F', 'a\u0000']) expect(decodeSegment(raw), raw).toBeNull();
  });
});

describe('list parameters', () => {
  it('takes the first of repeated parameters, and a page number from 1 within bounds', () => {
    expect(firstParam(['a', 'b'])).toBe('a');
    expect(firstParam(undefined)).toBe('');
    expect(pageParam('3')).toBe(3);
    expect(pageParam(['2', '9'])).toBe(2);
    for (const bad of [undefined, '', '0', '-4', 'deux', 'NaN']) expect(pageParam(bad)).toBe(1);
    expect(pageParam('99999999')).toBe(10_000);
  });
});

describe('listHref', () => {
  it('keeps what is set, encodes it, and names the page only past the first', () => {
    expect(listHref('/fr/dashboard/media', { q: '', usage: undefined })).toBe('/fr/dashboard/media');
    expect(listHref('/fr/dashboard/media', { q: 'baie & port', usage: 'used' }, 2)).toBe('/fr/dashboard/media?q=baie+%26+port&usage=used&page=2');
    expect(listHref('', { outcome: 'denied' })).toBe('?outcome=denied');
  });
});

describe('withQuery', () => {
  it('puts a page’s search parameters back on its path, repeated ones and empty values kept', () => {
    expect(withQuery('/en/preview/articles/1', {})).toBe('/en/preview/articles/1');
    expect(withQuery('/en/preview/articles/1', { ui: 'fr', gone: undefined })).toBe('/en/preview/articles/1?ui=fr');
    expect(withQuery('/ar/x', { tag: ['a', 'b & c'], empty: '' })).toBe('/ar/x?tag=a&tag=b+%26+c&empty=');
  });
});
