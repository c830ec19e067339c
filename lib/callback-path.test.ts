import { describe, expect, it } from 'vitest';
import { hasSessionCookie, inInterfaceLanguage, safeCallbackPath, signInPath } from './callback-path';

const fallback = '/fr/dashboard';

describe('safeCallbackPath', () => {
  it('keeps a path of this site with its query and fragment', () => {
    expect(safeCallbackPath('/en/preview/articles/0f9e?ui=fr', fallback)).toBe('/en/preview/articles/0f9e?ui=fr');
    expect(safeCallbackPath('/ar/dashboard/articles?q=%D9%87&page=2#list', fallback)).toBe('/ar/dashboard/articles?q=%D9%87&page=2#list');
    expect(safeCallbackPath('/fr/dashboard/users', fallback)).toBe('/fr/dashboard/users');
  });

  it.each([
    ['another site', 'https://evil.example/fr'],
    ['a scheme', 'javascript:alert(1)'],
    ['protocol-relative', '//evil.example'],
    ['protocol-relative, with a path', '//evil.example/fr/dashboard'],
    ['a backslash read as a slash', '/\\evil.example'],
    ['a backslash further on', '/fr/..\\..\\/evil.example'],
    ['a tab dropped by URL parsing', '/\t/evil.example'],
    ['a line break dropped by URL parsing', '/\n/evil.example'],
    ['dot segments collapsing into //', '/fr/../..//evil.example'],
    ['a relative path', 'fr/dashboard'],
    ['nothing', ''],
    ['the root alone', '/'],
    ['not a string', ['/fr/dashboard']],
    ['absent', undefined],
  ])('refuses %s', (_, next) => {
    expect(safeCallbackPath(next, fallback)).toBe(fallback);
  });
});

describe('signInPath', () => {
  it('comes back to a safe path of this site, its query encoded, and to the dashboard otherwise', () => {
    expect(signInPath('ar', '/ar/dashboard/articles?status=draft')).toBe('/ar/sign-in?next=%2Far%2Fdashboard%2Farticles%3Fstatus%3Ddraft');
    expect(signInPath('fr', '//evil.example')).toBe('/fr/sign-in?next=%2Ffr%2Fdashboard');
  });
});

describe('inInterfaceLanguage', () => {
  it('puts a dashboard address in the language the sign-in form was read in, its content language untouched', () => {
    expect(inInterfaceLanguage('/fr/dashboard/users', 'ar')).toBe('/ar/dashboard/users');
    expect(inInterfaceLanguage('/fr/dashboard', 'es')).toBe('/es/dashboard');
    expect(inInterfaceLanguage('/fr/dashboard/articles/0f9e/fr?x=1#y', 'en')).toBe('/en/dashboard/articles/0f9e/fr?x=1#y');
    expect(inInterfaceLanguage('/en/dashboard?q=a', 'en')).toBe('/en/dashboard?q=a');
  });

  it('changes a preview’s interface language, not the language of what it shows', () => {
    expect(inInterfaceLanguage('/en/preview/articles/0f9e?ui=fr', 'ar')).toBe('/en/preview/articles/0f9e?ui=ar');
    expect(inInterfaceLanguage('/en/preview/articles/0f9e?x=1&ui=fr#top', 'es')).toBe('/en/preview/articles/0f9e?x=1&ui=es#top');
  });

  it('leaves public pages, look-alike paths and unknown languages alone', () => {
    expect(inInterfaceLanguage('/fr/news/un-communique', 'ar')).toBe('/fr/news/un-communique');
    expect(inInterfaceLanguage('/fr/dashboards', 'ar')).toBe('/fr/dashboards');
    expect(inInterfaceLanguage('/fr/dashboard/users', 'de')).toBe('/fr/dashboard/users');
  });
});

describe('hasSessionCookie', () => {
  it('knows the Auth.js session cookie, its HTTPS form and its chunks', () => {
    expect(hasSessionCookie(['NEXT_LOCALE', 'authjs.session-token'])).toBe(true);
    expect(hasSessionCookie(['__Secure-authjs.session-token'])).toBe(true);
    expect(hasSessionCookie(['authjs.session-token.0', 'authjs.session-token.1'])).toBe(true);
  });

  it('is not fooled by other cookies', () => {
    expect(hasSessionCookie([])).toBe(false);
    expect(hasSessionCookie(['NEXT_LOCALE', 'authjs.csrf-token', 'authjs.callback-url', 'x-authjs.session-token', 'authjs.session-token-old'])).toBe(false);
  });
});
