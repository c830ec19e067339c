import { describe, expect, it } from 'vitest';
import { isSafeHref, isSafeSrc } from './urls';

/** Where a browser would take a reader from a page of this site (the WHATWG URL parser). */
const host = (address: string) => new URL(address, 'https://site.example/fr/news/x').host;

describe('addresses in rich text', () => {
  it.each(['https://www.iom.int/fr', 'http://example.org', 'mailto:iommontevideo@iom.int', 'tel:+59829168043', '/fr/offices', '/fr/news/x#contact', '#contact'])(
    'takes the link %s',
    (href) => expect(isSafeHref(href)).toBe(true),
  );

  it.each(['/\\evil.example/phish', '/\t/evil.example', '/\n/evil.example', '\\\\evil.example', '//evil.example', 'javascript:alert(1)', 'https://example.org\\@evil.example', 'data:text/html,x'])(
    'refuses the link %j, which would lead off the site or run script',
    (href) => expect(isSafeHref(href)).toBe(false),
  );

  it('the site addresses it takes stay on the site, as the browser reads them', () => {
    for (const href of ['/fr/offices', '/fr/news/x#contact', '#contact', '/%5Cevil.example', '/%0A/evil.example']) {
      expect(isSafeHref(href), href).toBe(true);
      expect(host(href), href).toBe('site.example');
    }
    // What it refuses would not have: the backslash and the tab are read as a second slash.
    expect(host('/\\evil.example/phish')).toBe('evil.example');
    expect(host('/\t/evil.example')).toBe('evil.example');
  });

  it('images: the web or the site only, with the same characters refused', () => {
    expect(isSafeSrc('/media/a.jpg')).toBe(true);
    expect(isSafeSrc('https://www.iom.int/a.jpg')).toBe(true);
    for (const src of ['/\\evil.example/pixel.gif', '/\t/evil.example/pixel.gif', '//evil.example/pixel.gif', 'data:image/png;base64,AAAA', 'file:///C:/a.jpg', 'mailto:a@b.c']) {
      expect(isSafeSrc(src), src).toBe(false);
    }
  });
});
