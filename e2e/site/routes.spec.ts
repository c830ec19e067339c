import { expect, test } from '../fixtures';

const LOCALES = ['fr', 'en', 'es', 'ar'] as const;
const dirOf = (l: string) => (l === 'ar' ? 'rtl' : 'ltr');

/**
 * Every public URL the site lists in its sitemap (home, news, offices, every profile page and
 * every visible translation of every release, in every locale) answers 200 with the right
 * language and direction on <html>.
 */
test('robots.txt points at the sitemap the site serves, under the address it runs at', async ({ request }) => {
  const sitemap = new URL((await request.get('/sitemap.xml').then((r) => r.text())).match(/<loc>([^<]+)<\/loc>/)![1]!).origin;
  expect(await request.get('/robots.txt').then((r) => r.text())).toContain(`Sitemap: ${sitemap}/sitemap.xml`);
});

test('every public route in every locale answers 200 with the right lang and dir', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const urls = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  // The demo content: 3 fixed pages + 11 profile pages in 4 locales, and the releases.
  expect(urls.length).toBeGreaterThanOrEqual(4 * 14 + 3);
  for (const locale of LOCALES) {
    for (const path of ['', '/news', '/offices']) expect(urls).toContain(`/${locale}${path}`);
  }
  for (const path of urls) {
    const locale = path.split('/')[1]!;
    const response = await page.goto(`${baseURL}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
    await expect(page.locator('html'), path).toHaveAttribute('dir', dirOf(locale));
    await expect(page.locator('h1').first(), path).toBeVisible();
  }
});

test('a page missing in a locale is a localized 404 with the ways on', async ({ page }) => {
  const response = await page.goto('/es/esta-pagina-no-existe');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeVisible();
  // Named like every page, and its skip link first, like every page.
  await expect(page).toHaveTitle('Página no encontrada — OIM');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Ir al contenido' })).toBeFocused();
  await page.getByRole('link', { name: 'Ver las noticias' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Noticias' })).toBeVisible();
});

test('deeper unknown addresses under a section are localized 404s too', async ({ page }) => {
  for (const path of ['/fr/news/une/page', '/fr/offices/inconnu', '/fr/news/page/2/x', '/fr/qui-sommes-nous/inconnu', '/fr/feed.xml/x']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' }), path).toBeVisible();
  }
});

test('addresses no page can have (a NUL, a control character) are 404s, not server errors', async ({ request }) => {
  // Broken percent-encoding ("%E0%A4%A") never reaches the pages: proxy.ts answers it with a
  // 400 before Next's router fails on it (malformed-address.spec.ts).
  for (const path of ['/fr/%00', '/fr/news/%00', '/fr/news/a%00b', '/fr/offices/%01', '/fr/news/topic/a%00', '/fr/news/country/%00', '/fr/qui-sommes-nous/%7F']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  // A control character in a search is a space: the empty search page, not an error.
  const search = await request.get('/fr/news/search?q=%00');
  expect(search.status()).toBe(200);
  expect(await search.text()).toContain('Rechercher dans les actualités');
});

test('what tools ask for without reading the page: /favicon.ico, the iOS icon, the feeds without a language', async ({ page, request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  // The page announces both icons (the SVG for browsers that take it, the bitmap for iOS).
  await page.goto('/fr');
  const iOS = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect(iOS).toMatch(/^\/apple-icon\.png/);
  const apple = await request.get(iOS!);
  expect(apple.headers()['content-type']).toBe('image/png');
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
  // A feed reader trying the usual addresses finds the feed in the reader's language.
  for (const [path, languages, to] of [
    ['/feed.xml', 'fr-FR,fr', '/fr/feed.xml'],
    ['/atom.xml', 'es-ES,es;q=0.9', '/es/atom.xml'],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0, headers: { 'accept-language': languages } });
    expect(response.status(), path).toBeGreaterThanOrEqual(300);
    expect(response.status(), path).toBeLessThan(400);
    expect(new URL(response.headers().location!, 'http://x').pathname, path).toBe(to);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
    expect((await request.get(path)).headers()['content-type'], path).toMatch(/xml/);
  }
});

test('/ goes to the language the browser prefers, and an explicit choice wins afterwards', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'es-ES', extraHTTPHeaders: { 'Accept-Language': 'es-ES,es;q=0.9' } });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  await expect(page).toHaveURL(/\/es$/);
  await page.getByRole('link', { name: 'English' }).first().click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto(`${baseURL}/`);
  await expect(page).toHaveURL(/\/en$/);
  await context.close();
});

test('public pages set no cookie', async ({ request }) => {
  for (const path of ['/fr', '/ar/news', '/es/offices']) {
    const response = await request.get(path);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
  }
});

test('the home page is headed by the organization’s name, in each language', async ({ page }) => {
  for (const [locale, name] of [
    ['fr', 'Organisation internationale pour les migrations'],
    ['ar', 'المنظمة الدولية للهجرة'],
  ] as const) {
    await page.goto(`/${locale}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  }
});
