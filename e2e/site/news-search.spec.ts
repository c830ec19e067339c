/**
 * The news list's filters and the news search (PRODUCT.md, public site): the search box in the
 * header is a plain GET form that works without JavaScript, results are in the reader's language
 * with the matched words marked, the query stays in the box, and every page is a public,
 * cookie-free response a shared cache may keep; filters are addresses of their own. In French
 * and in Arabic, with axe.
 */
import { PUBLIC_CACHE_CONTROL } from '../../lib/cache/http';
import { expect, expectNoA11yViolations, test } from '../fixtures';

const RELEASE_FR = 'Le Directeur général de l’OIM assistera au Sommet ibéro-américain';
const SAMPLE_AR = 'مثال على خبر: مقال بأربع لغات';

test('fr: a reader without JavaScript searches from the header and gets highlighted results', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/news');
  const header = page.getByRole('search', { name: 'Rechercher dans les actualités' });
  await header.getByRole('searchbox', { name: 'Rechercher dans les actualités' }).fill('  droits des migrants ');
  await header.getByRole('button', { name: 'Rechercher' }).click();

  await expect(page).toHaveURL(/\/fr\/news\/search\?q=\++droits\+des\+migrants\+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Rechercher dans les actualités' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Mots recherchés' })).toHaveValue('droits des migrants');
  await expect(page.getByRole('status')).toHaveText(/^\d+ résultats? pour «\sdroits des migrants\s»$/);
  const release = page.getByRole('article').filter({ has: page.getByRole('link', { name: RELEASE_FR }) });
  await expect(release.locator('mark').filter({ hasText: /^migrants$/ }).first()).toBeVisible();
  await expect(release.locator('mark').filter({ hasText: /^droits$/ }).first()).toBeVisible();
  await release.getByRole('link', { name: RELEASE_FR }).click();
  await expect(page.getByRole('heading', { level: 1, name: RELEASE_FR })).toBeVisible();
  await context.close();
});

test('fr: the results page keeps the query, counts, says when nothing matches, and passes axe', async ({ page }) => {
  await page.goto('/fr/news/search?q=Montevideo');
  await expect(page.getByRole('searchbox', { name: 'Mots recherchés' })).toHaveValue('Montevideo');
  await expect(page.getByRole('link', { name: RELEASE_FR })).toBeVisible();
  await expect(page).toHaveTitle(/«\sMontevideo\s»/);
  // Another language keeps the question, and asks it of that language's releases.
  const languages = page.getByRole('navigation', { name: 'Langue' });
  await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/news/search?q=Montevideo');
  await expect(languages.getByRole('link', { name: 'العربية' })).toHaveAttribute('href', '/ar/news/search?q=Montevideo');
  await expectNoA11yViolations(page);

  // Accents do not count: typed without them, "directeur general" finds the release and marks
  // the word as it is written.
  await page.goto('/fr/news/search?q=directeur+general');
  const hit = page.getByRole('article').filter({ has: page.getByRole('link', { name: RELEASE_FR }) });
  await expect(hit.locator('mark').filter({ hasText: /^général$/ }).first()).toBeVisible();

  // A new search from the results page's own form.
  await page.getByRole('searchbox', { name: 'Mots recherchés' }).fill('xylophone');
  await page.getByRole('main').getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByRole('status')).toHaveText('Aucun résultat pour « xylophone »');
  await expect(page.getByText('Aucune actualité ne correspond à cette recherche.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Parcourir toutes les actualités' })).toHaveAttribute('href', '/fr/news');
  await expectNoA11yViolations(page);

  // The other languages' text is not searched: the French release is not found from English.
  await page.goto('/en/news/search?q=Montevideo+migrants+sommet');
  await expect(page.getByRole('status')).toHaveText('No results for “Montevideo migrants sommet”');
});

test('fr and ar: a query with no word to search says so, not "no result"; a phrase in « » is a phrase', async ({ page }) => {
  // Only words French leaves out: nothing was searched, and the reader is told why.
  await page.goto('/fr/news/search?q=de+la');
  await expect(page.getByRole('status')).toHaveText('Rien à chercher dans « de la »');
  await expect(page.getByText('La recherche laisse de côté les mots très courants')).toBeVisible();
  await expect(page.getByText('Aucune actualité ne correspond à cette recherche.')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Parcourir toutes les actualités' })).toHaveAttribute('href', '/fr/news');

  // French quotation marks make a phrase, as straight quotes do: the words in another order do not match.
  await page.getByRole('searchbox', { name: 'Mots recherchés' }).fill('« sommet ibéro-américain »');
  await page.getByRole('main').getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByRole('status')).toHaveText('1 résultat pour « « sommet ibéro-américain » »');
  await expect(page.getByRole('link', { name: RELEASE_FR })).toBeVisible();
  await page.goto('/fr/news/search?q=%C2%AB+am%C3%A9ricain+sommet+%C2%BB');
  await expect(page.getByRole('status')).toHaveText('Aucun résultat pour « « américain sommet » »');

  await page.goto('/ar/news/search?q=%D8%8C');
  await expect(page.getByRole('status')).toHaveText('لا توجد كلمة يمكن البحث عنها في «،»');
  await expect(page.getByText('لا يشمل البحث علامات الترقيم والرموز وحدها')).toBeVisible();
  await expectNoA11yViolations(page);
});

test('search results are public, cookie-free responses a shared cache may keep', async ({ request }) => {
  for (const path of ['/fr/news/search?q=migrants', '/ar/news/search?q=%D9%85%D8%AB%D8%A7%D9%84', '/fr/news/search', '/fr/news/topic/remises-de-fonds']) {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      expect(response.headers()['set-cookie'], path).toBeUndefined();
      expect(response.headers()['cache-control'], path).toBe(PUBLIC_CACHE_CONTROL);
      // The second answer comes from Next's page cache: a search is not rendered per reader.
      if (i === 1) expect(response.headers()['x-nextjs-cache'], path).toBe('HIT');
    }
  }
  // Another spelling of the same query (spaces) is the same cached page.
  expect((await request.get('/fr/news/search?q=%20%20migrants%20')).headers()['x-nextjs-cache']).toBe('HIT');
  expect((await request.get('/fr/news/search?q=migrants&page=99', { maxRedirects: 0 })).status()).toBe(404);
});

test('a topic’s and a country’s list have feeds of their own, which the page names and links to', async ({ page, request }) => {
  // The Arabic list is empty (no Arabic release is filed under a topic): its feed is too, and valid.
  for (const [path, follow, other, count] of [
    ['/fr/news/topic/remises-de-fonds', 'Suivre ce thème', '/fr/news/country/uy', 1],
    ['/en/news/country/ar', 'Follow this country:', '/en/news/topic/remittances', 1],
    ['/ar/news/topic/remittances', 'تابع هذا الموضوع:', '/ar/feed.xml', 0],
  ] as const) {
    await page.goto(path);
    const line = page.getByRole('main').getByText(follow);
    const rss = line.getByRole('link', { name: /RSS/ });
    await expect(rss).toHaveAttribute('href', `${path}/feed.xml`);
    await expect(line.getByRole('link', { name: /Atom/ })).toHaveAttribute('href', `${path}/atom.xml`);
    // Feed readers and browsers find them in the head, before the locale's own feeds.
    const heads = await page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((l) => new URL(l.getAttribute('href')!).pathname));
    expect(heads, path).toEqual([`${path}/feed.xml`, `/${path.slice(1, 3)}/feed.xml`]);
    // What the feed holds is what the list shows.
    const listed = await page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 }).allTextContents();
    const feed = await request.get(`${path}/atom.xml`);
    expect(feed.status(), path).toBe(200);
    expect(feed.headers()['cache-control'], path).toBe(PUBLIC_CACHE_CONTROL);
    expect(feed.headers()['set-cookie'], path).toBeUndefined();
    const titles = [...(await feed.text()).matchAll(/<entry>\s*<title type="text">([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles, path).toHaveLength(count);
    expect(titles, path).toEqual(listed.map((t) => t.trim()));
    expect((await request.get(`${path}/feed.xml`)).headers()['content-type'], path).toBe('application/rss+xml; charset=utf-8');
    // Another list's feed is another one; a year's list has none of its own.
    expect(await (await request.get(other.endsWith('.xml') ? other : `${other}/atom.xml`)).text()).not.toEqual(await feed.text());
  }
  await page.goto('/fr/news/year/2006');
  await expect(page.getByText('Suivre ce')).toHaveCount(0);
  expect((await request.get('/fr/news/year/2006/feed.xml')).status()).toBe(404);
});

test('ar: search in Arabic, right to left, stemmed, with axe', async ({ page }) => {
  await page.goto('/ar/news');
  const header = page.getByRole('search', { name: 'البحث في الأخبار' });
  // "المثال" (with the article) finds the title's "مثال": the Arabic stemmer drops the article.
  await header.getByRole('searchbox', { name: 'البحث في الأخبار' }).fill('المثال');
  await header.getByRole('button', { name: 'بحث' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'البحث في الأخبار' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'كلمات البحث' })).toHaveValue('المثال');
  await expect(page.getByRole('status')).toHaveText('نتيجة واحدة عن «المثال»');
  await expect(page.getByRole('link', { name: SAMPLE_AR })).toBeVisible();
  await expect(page.getByRole('main').locator('mark').filter({ hasText: 'مثال' }).first()).toBeVisible();
  await expectNoA11yViolations(page);
});

test('fr: the news list filters by topic, country and year, each at an address of its own', async ({ page }) => {
  await page.goto('/fr/news');
  const filters = page.getByRole('navigation', { name: 'Filtrer les actualités' });
  await expect(filters.getByRole('link', { name: 'Toutes les actualités' })).toHaveAttribute('aria-current', 'page');
  await filters.getByRole('link', { name: 'Remises de fonds' }).click();
  await expect(page).toHaveURL(/\/fr\/news\/topic\/remises-de-fonds$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thème : Remises de fonds' })).toBeVisible();
  await expect(page.getByRole('link', { name: RELEASE_FR })).toBeVisible();
  await expect(filters.getByRole('link', { name: 'Remises de fonds' })).toHaveAttribute('aria-current', 'page');
  await expectNoA11yViolations(page);

  // The language switcher leads to the same topic under its English address.
  await expect(page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/news/topic/remittances');

  await filters.getByRole('link', { name: 'Uruguay' }).click();
  await expect(page).toHaveURL(/\/fr\/news\/country\/uy$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pays : Uruguay' })).toBeVisible();
  await expect(page.getByRole('link', { name: RELEASE_FR })).toBeVisible();

  await filters.getByRole('link', { name: '2006' }).click();
  await expect(page).toHaveURL(/\/fr\/news\/year\/2006$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Année 2006' })).toBeVisible();
  await expect(page.getByRole('link', { name: RELEASE_FR })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Exemple/ })).toHaveCount(0);

  // A code typed in capitals leads to its list (e2e/site/public-qa.spec.ts).
  for (const missing of ['/fr/news/topic/pas-un-theme', '/fr/news/country/zz', '/fr/news/year/0999']) {
    expect((await page.request.get(missing, { maxRedirects: 0 })).status(), missing).toBe(404);
  }
  // A valid filter with nothing in it says so, and is not indexed; one with releases is.
  const robots = () => page.locator('meta[name="robots"]').getAttribute('content');
  await page.goto('/fr/news/year/2099');
  await expect(page.getByText('Aucune actualité publiée dans cette langue ne correspond à ce filtre.')).toBeVisible();
  expect(await robots()).toBe('noindex, follow');
  await page.goto('/fr/news/year/2006');
  expect(await page.locator('meta[name="robots"]').count()).toBe(0);
});

test('a filtered list names in hreflang only its versions that have releases', async ({ page }) => {
  // Not an empty one, which search engines are told not to index: the 2006 release has no
  // Arabic translation, so /ar/news/year/2006 says "no news".
  const robots = () => page.locator('meta[name="robots"]').getAttribute('content');
  await page.goto('/fr/news/year/2006');
  const hreflangs = () => page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
  expect(await hreflangs()).toEqual(['fr', 'en', 'es', 'x-default']);
  expect(await page.locator('meta[property="og:locale:alternate"]').evaluateAll((m) => m.map((e) => e.getAttribute('content')))).toEqual(['en_GB', 'es_ES']);
  await page.goto('/ar/news/year/2006');
  expect(await robots()).toBe('noindex, follow');
  expect(await hreflangs()).toEqual([]);
  // A topic: its list in each language it has releases in, under that language's address.
  await page.goto('/fr/news/topic/remises-de-fonds');
  expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).toMatch(/\/en\/news\/topic\/remittances$/);
  expect(await hreflangs()).toEqual(['fr', 'en', 'es', 'x-default']);
});

test('the sitemap lists the topic, country and year lists that have releases, each with its languages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  // One <url> entry by the end of its address (the host is the test server's).
  const entry = (path: string) => sitemap.split('</url>').find((u) => new RegExp(`<loc>https?://[^/<]+${path}</loc>`).test(u));
  const topic = entry('/fr/news/topic/remises-de-fonds');
  expect(topic).toBeDefined();
  expect(topic).toMatch(/hreflang="en" href="[^"]*\/en\/news\/topic\/remittances"/);
  expect(topic).not.toContain('hreflang="ar"');
  expect(entry('/fr/news/country/uy')).toBeDefined();
  expect(entry('/ar/news/year/2024')).toBeDefined();
  // Not a list with nothing in it: the 2006 release has no Arabic translation.
  expect(entry('/ar/news/year/2006')).toBeUndefined();
  expect(entry('/fr/news/year/2099')).toBeUndefined();
});

test('ar: the news list offers only what exists in Arabic, and a filter page passes axe', async ({ page }) => {
  await page.goto('/ar/news');
  const filters = page.getByRole('navigation', { name: 'تصفية الأخبار' });
  // The release has no Arabic translation: its topics and countries are not offered in Arabic.
  await expect(filters.getByRole('link', { name: 'الأوروغواي' })).toHaveCount(0);
  await filters.getByRole('link', { name: '2024' }).click();
  await expect(page).toHaveURL(/\/ar\/news\/year\/2024$/);
  await expect(page.getByRole('heading', { level: 1, name: 'سنة 2024' })).toBeVisible();
  await expect(page.getByRole('link', { name: SAMPLE_AR })).toBeVisible();
  await expectNoA11yViolations(page);
});

test('fr, phone: the filters fold away so the news come first, on a filtered list too (e2e/site/tablet-phone.spec.ts)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/fr/news');
  const filters = page.getByRole('navigation', { name: 'Filtrer les actualités' });
  await expect(filters.getByRole('link', { name: 'Remises de fonds' })).toBeHidden();
  await expect(page.getByRole('main').getByRole('article').first()).toBeInViewport();
  await filters.getByText('Filtrer les actualités').click();
  await filters.getByRole('link', { name: 'Remises de fonds' }).click();
  await expect(page).toHaveURL(/\/fr\/news\/topic\/remises-de-fonds$/);
  await expect(page.getByRole('main').getByRole('article').first()).toBeInViewport();
  await filters.getByText('Filtrer les actualités').click();
  await expect(filters.getByRole('link', { name: 'Remises de fonds' })).toHaveAttribute('aria-current', 'page');
  // The header's search says what it searches.
  await expect(page.getByRole('searchbox', { name: 'Rechercher dans les actualités' })).toHaveAttribute('placeholder', 'Dans les actualités…');
});

test('fr and ar, phone: a long query without spaces is said back wrapped, the page no wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const locale of ['fr', 'ar']) {
    await page.goto(`/${locale}/news/search?q=${'a'.repeat(200)}`);
    await expect(page.getByRole('status').filter({ hasText: 'aaaa' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), locale).toBeLessThanOrEqual(390);
  }
});
