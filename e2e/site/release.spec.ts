import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { typeset } from '../../lib/typography';

/** The page's JSON-LD of a schema.org type, parsed (a page may say several: its trail, its article). */
async function jsonLd(page: Page, type: string) {
  const texts = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
  const text = texts.find((t) => (JSON.parse(t) as { '@type'?: string })['@type'] === type);
  expect(text, `${type} on ${page.url()}`).toBeDefined();
  return JSON.parse(text!);
}

const FR_TITLE = 'Le Directeur général de l’OIM assistera au Sommet ibéro-américain';
const EN_TITLE = 'IOM Director General to attend Ibero-American Summit';
const ES_TITLE = 'El Director General de la OIM asistirá a la Cumbre Iberoamericana';

test('a reader goes from the home page to the press release by clicking', async ({ page }) => {
  await page.goto('/fr');
  await page.getByRole('link', { name: 'Toutes les actualités' }).click();
  await expect(page).toHaveURL(/\/fr\/news$/);
  await page.getByRole('link', { name: FR_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: FR_TITLE })).toBeVisible();
  // Previous pages stay in the DOM, hidden, for back navigation: look inside the visible article.
  const article = page.getByRole('article');
  await expect(article.getByText('Communiqué de presse', { exact: true })).toBeVisible();
  // Dateline and localized date, then the body as the seed words it, the quotation set apart.
  await expect(article.getByText('Montevideo', { exact: true })).toBeVisible();
  await expect(article.locator('time')).toHaveText('31 octobre 2006');
  await expect(article.locator('blockquote')).toContainText('Le thème de cette année, migration et développement');
  // Its topics and countries lead to the news of that topic or country.
  await article.getByRole('link', { name: 'Uruguay', exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/news\/country\/uy$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pays : Uruguay' })).toBeVisible();
  await expect(page.getByRole('link', { name: FR_TITLE })).toBeVisible();
});

test('the contact block is rendered from the office, with working tel: and mailto: links', async ({ page }) => {
  await page.goto('/fr/news');
  await page.getByRole('link', { name: FR_TITLE }).click();
  const contact = page.getByRole('region', { name: 'Pour plus d’informations, veuillez contacter' });
  await expect(contact).toContainText('Bureau de l’OIM à Montevideo');
  // The seed's "+592" (Guyana) was corrected to Uruguay's +598 on import.
  await expect(contact.getByRole('link', { name: /\+598 2916 8043/ })).toHaveAttribute('href', 'tel:+59829168043');
  await expect(contact.getByRole('link', { name: /\+598 2916 8058/ })).toHaveAttribute('href', 'tel:+59829168058');
  await expect(contact.getByRole('link', { name: 'iommontevideo@iom.int' })).toHaveAttribute('href', 'mailto:iommontevideo@iom.int');
  await expect(contact).not.toContainText('+592');
});

test('the language switcher keeps the reader on the release: fr → en → es, and ar says where it exists', async ({ page }) => {
  await page.goto('/fr/news');
  await page.getByRole('link', { name: FR_TITLE }).click();
  const switcher = () => page.getByRole('navigation', { name: /Langue|Language|Idioma|اللغة/ });

  await switcher().getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: EN_TITLE })).toBeVisible();

  await switcher().getByRole('link', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1, name: ES_TITLE })).toBeVisible();

  await switcher().getByRole('link', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'هذا البيان غير متوفر باللغة العربية' })).toBeVisible();
  // Never another language silently: the French text is not shown, only links to it.
  await expect(page.locator('blockquote')).toHaveCount(0);
  const links = page.getByRole('main').getByRole('link');
  await expect(links.filter({ hasText: FR_TITLE })).toHaveAttribute('href', /^\/fr\/news\//);
  await expect(links.filter({ hasText: EN_TITLE })).toHaveAttribute('href', /^\/en\/news\//);
  await expect(links.filter({ hasText: ES_TITLE })).toHaveAttribute('href', /^\/es\/news\//);
  await links.filter({ hasText: EN_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: EN_TITLE })).toBeVisible();
});

test('hreflang alternates are reciprocal, with x-default, and name only existing languages', async ({ page }) => {
  await page.goto('/fr/news');
  await page.getByRole('link', { name: FR_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: FR_TITLE })).toBeVisible();
  const read = async () =>
    page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])),
    );
  const fromFr = await read();
  expect(Object.keys(fromFr).sort()).toEqual(['en', 'es', 'fr', 'x-default']);
  expect(fromFr['x-default']).toBe(fromFr.fr);
  for (const locale of ['en', 'es'] as const) {
    await page.goto(fromFr[locale]!);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    expect(await read(), `alternates seen from ${locale}`).toEqual(fromFr);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${fromFr[locale]}$`));
  }
});

test('the sitemap gives every URL its x-default; home announces its feeds and its Open Graph locale', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const urls = sitemap.match(/<url>/g)?.length ?? 0;
  expect(urls).toBeGreaterThan(10);
  expect(sitemap.match(/hreflang="x-default"/g)?.length).toBe(urls);
  await page.goto('/ar');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ar_AR');
  const atom = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  const rss = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(atom).toHaveAttribute('href', /\/ar\/atom\.xml$/);
  await expect(rss).toHaveAttribute('href', /\/ar\/feed\.xml$/);
  // Named as the feeds name themselves, with their format, for a reader offered both.
  const title = /<title>(?:<!\[CDATA\[)?([^<\]]+)/.exec(await (await request.get('/ar/feed.xml')).text())![1];
  expect(title).toMatch(/^المنظمة الدولية للهجرة — /);
  await expect(rss).toHaveAttribute('title', `${title} (RSS)`);
  await expect(atom).toHaveAttribute('title', `${title} (Atom)`);
  // The home page says who publishes the site: the organization, its home page and its logo.
  await page.goto('/fr');
  const org = await jsonLd(page, 'Organization');
  expect(org).toMatchObject({ '@type': 'Organization', name: 'Organisation internationale pour les migrations', alternateName: 'OIM' });
  expect(new URL(org.url).pathname).toBe('/fr');
  expect(new URL(org.logo.url).pathname).toBe('/apple-icon.png');
});

test('the release carries NewsArticle structured data', async ({ page }) => {
  await page.goto('/en/news');
  await page.getByRole('link', { name: EN_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: EN_TITLE })).toBeVisible();
  const json = await jsonLd(page, 'NewsArticle');
  expect(json['@type']).toBe('NewsArticle');
  expect(json.headline).toBe(EN_TITLE);
  expect(json.inLanguage).toBe('en');
  expect(json.datePublished).toMatch(/^2006-10-31/);
  // Its author and publisher are the organization, with its home page and logo; without a main
  // image of its own, it shows the emblem its shared preview shows (search engines ask for one).
  expect(json.author).toEqual([{ '@type': 'Organization', name: 'International Organization for Migration', url: expect.stringMatching(/\/en$/) }]);
  expect(json.publisher.logo).toMatchObject({ '@type': 'ImageObject', url: expect.stringMatching(/\/apple-icon\.png$/), width: 180 });
  expect((await page.request.get(json.publisher.logo.url)).headers()['content-type']).toBe('image/png');
  expect(json.image).toEqual([expect.stringMatching(/^https?:\/\/[^/]+\/og\.png$/)]);
});

// (Not a release's: its page stays within its byte budget, e2e/site/page-weight.spec.ts.)
test('public pages tell search engines their breadcrumb trail, with addresses in their language', async ({ page }) => {
  const trail = async (path: string) => {
    await page.goto(path);
    const json = (await jsonLd(page, 'BreadcrumbList')) as { itemListElement: { position: number; name: string; item?: string }[] };
    return json.itemListElement.map((e) => ({ ...e, item: e.item && new URL(e.item).pathname }));
  };
  expect(await trail('/ar/news')).toEqual([
    { '@type': 'ListItem', position: 1, name: 'الصفحة الرئيسية', item: '/ar' },
    { '@type': 'ListItem', position: 2, name: 'الأخبار' },
  ]);
  expect(await trail('/fr/qui-sommes-nous/structure')).toEqual([
    { '@type': 'ListItem', position: 1, name: 'Accueil', item: '/fr' },
    { '@type': 'ListItem', position: 2, name: 'Qui sommes-nous', item: '/fr/qui-sommes-nous' },
    { '@type': 'ListItem', position: 3, name: 'Structure' },
  ]);
  expect(await trail('/en/news/topic/remittances')).toEqual([
    { '@type': 'ListItem', position: 1, name: 'Home', item: '/en' },
    { '@type': 'ListItem', position: 2, name: 'News', item: '/en/news' },
    { '@type': 'ListItem', position: 3, name: 'Topic: Remittances' },
  ]);
  expect(await trail('/es/offices')).toEqual([
    { '@type': 'ListItem', position: 1, name: 'Inicio', item: '/es' },
    { '@type': 'ListItem', position: 2, name: 'Oficinas y contactos' },
  ]);
});

test('feeds list the release in their locale only', async ({ request }) => {
  const fr = await request.get('/fr/feed.xml');
  expect(fr.headers()['content-type']).toContain('application/rss+xml');
  expect(await fr.text()).toContain(FR_TITLE);
  const ar = await (await request.get('/ar/atom.xml')).text();
  expect(ar).not.toContain(FR_TITLE);
  // Valid Atom: the feed names its author (RFC 4287 requires one) and declares its language.
  expect(ar).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
  expect(ar).toMatch(/<author>\s*<name>المنظمة الدولية للهجرة<\/name>/);
});

test('every public page has its own Open Graph preview: title, summary, address, languages', async ({ page }) => {
  const og = (property: string) => page.locator(`meta[property="og:${property}"]`);
  const cases = [
    { path: '/fr/qui-sommes-nous/structure', title: 'Structure', locale: 'fr_FR' },
    { path: '/ar/news', title: 'الأخبار', locale: 'ar_AR' },
    { path: '/fr/offices', title: 'Bureaux et contacts', locale: 'fr_FR' },
    { path: '/fr/news/country/uy', title: 'Uruguay — Actualités', locale: 'fr_FR' },
  ];
  for (const c of cases) {
    await page.goto(c.path);
    await expect(og('title'), c.path).toHaveAttribute('content', c.title);
    await expect(og('url'), c.path).toHaveAttribute('content', new RegExp(`${c.path}$`));
    await expect(og('locale'), c.path).toHaveAttribute('content', c.locale);
    await expect(og('site_name'), c.path).toHaveAttribute('content', /OIM|IOM|المنظمة/);
    await expect(og('type'), c.path).toHaveAttribute('content', 'website');
    // The other languages the page exists in, never its own.
    const alternates = await og('locale:alternate').evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
    expect(alternates.length, c.path).toBeGreaterThan(0);
    expect(alternates, c.path).not.toContain(c.locale);
  }
  // A filtered list has its own summary, in search results and previews, not the home page's.
  for (const [path, description] of [
    // The interface's French, no-break space before the colon (messages/fr.json).
    ['/fr/news/country/uy', typeset('Pays : Uruguay — communiqués de presse, actualités et déclarations de l’OIM.', 'fr')],
    ['/en/news/topic/remittances', 'Topic: Remittances — IOM press releases, news and statements.'],
    ['/ar/news/year/2006', 'سنة 2006 — البيانات الصحفية والأخبار والتصريحات الصادرة عن المنظمة الدولية للهجرة.'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', description);
    await expect(og('description'), path).toHaveAttribute('content', description);
  }
  // A page without an image of its own shares the organization's emblem, described in its language.
  await page.goto('/ar/offices');
  await expect(og('image')).toHaveAttribute('content', /\/og\.png$/);
  await expect(og('image:width')).toHaveAttribute('content', '1200');
  await expect(og('image:alt')).toHaveAttribute('content', /^شعار/);
  const picture = await page.request.get(new URL((await og('image').getAttribute('content'))!).pathname);
  expect(picture.headers()['content-type']).toBe('image/png');
  // Pages with a summary of their own share it.
  await page.goto('/fr/offices');
  await expect(og('description')).toHaveAttribute('content', (await page.locator('meta[name="description"]').getAttribute('content'))!);
});

test('a sample item says it is sample content, naming it by its kind', async ({ page }) => {
  await page.goto('/fr/news/exemple-de-declaration-un-texte-publie-en-francais-seulement');
  await expect(page.getByRole('article').getByText(typeset('Cette déclaration est un contenu d’exemple, pas une information réelle.', 'fr'))).toBeVisible();
  await page.goto('/en/news/sample-news-item-one-article-in-four-languages');
  await expect(page.getByRole('article').getByText('This news item is sample content, not real information.')).toBeVisible();
  await page.goto('/ar/news/sample-news-item-one-article-in-four-languages');
  await expect(page.getByRole('article').getByText('هذا الخبر محتوى تجريبي وليس معلومات حقيقية.')).toBeVisible();
  // A real release says nothing of the kind.
  await page.goto('/fr/news');
  await page.getByRole('link', { name: FR_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: FR_TITLE })).toBeVisible();
  await expect(page.getByRole('article').getByText(/contenu d’exemple/)).toHaveCount(0);
});
