/**
 * Public-site defects a QA pass found, each checked on the wire: a page's own slug in a language
 * whose translation was unpublished says "not available" (as a release's does) and follows a
 * republish; the footer's language links are an explicit choice, as the header's; search result
 * pages past the first say which page they are in their title; the error page has a title of
 * its own; a country code or topic slug typed in capitals leads to its lower-case address.
 *
 * Content of this spec's own, written in SQL with the tags the actions send (as
 * withdrawn-translation.spec.ts does), and removed afterwards.
 */
import { PUBLIC_CACHE_CONTROL } from '../../lib/cache/http';
import { NOTIFY_CHANNEL } from '../../lib/cache/channel';
import { expect, test } from '../fixtures';
import { withClient } from '../dashboard/support';

const stamp = Date.now().toString(36);
const notify = (c: import('pg').Client, tags: string[]) => c.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, JSON.stringify({ tags, from: 0 })]);

test.describe('a page whose translation in the reader’s language was unpublished', () => {
  // English and Spanish only: no top-level French page is left published (e2e/fixtures.ts).
  const SLUGS = { en: `work-with-us-${stamp}`, es: `trabajar-con-nosotros-${stamp}` } as const;
  const TITLES = { en: `Work with us ${stamp}`, es: `Trabajar con nosotros ${stamp}` } as const;
  let pageId = '';

  async function setEs(published: boolean) {
    await withClient(async (c) => {
      // Unpublishing keeps publish_at (db/queries/page-writes.ts): readers saw the page.
      await c.query(`update page_translations set status = $2 where page_id = $1 and locale = 'es'`, [pageId, published ? 'published' : 'draft']);
      await notify(c, ['pages:es']);
    });
  }

  test.beforeAll(async () => {
    await withClient(async (c) => {
      const { rows } = await c.query<{ id: string }>(`insert into pages (key, position) values ($1, 99) returning id`, [`e2e/qa-${stamp}`]);
      pageId = rows[0]!.id;
      for (const locale of ['en', 'es'] as const) {
        await c.query(
          `insert into page_translations (page_id, locale, slug, title, body, status, publish_at)
           values ($1, $2, $3, $4, '{"type":"doc","content":[]}', 'published', '2001-01-01T08:00:00Z')`,
          [pageId, locale, SLUGS[locale], TITLES[locale]],
        );
      }
      await notify(c, ['pages:en', 'pages:es']);
    });
  });

  test.afterAll(async () => {
    await withClient(async (c) => {
      await c.query('delete from pages where id = $1', [pageId]);
      await notify(c, ['pages:en', 'pages:es']);
    });
  });

  test('its Spanish address says it is not available in Spanish, links to English, and follows a republish', async ({ page }) => {
    const address = `/es/${SLUGS.es}`;
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: TITLES.es })).toBeVisible();

    await setEs(false);
    // The server hears of the change over NOTIFY, a moment after it is made: wait for it.
    const notAvailable = 'Esta página no está disponible en español';
    await expect(async () => expect(await (await page.request.get(address)).text()).toContain(notAvailable)).toPass({ timeout: 10_000 });
    const response = await page.request.get(address, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
    expect(response.headers()['set-cookie']).toBeUndefined();
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: notAvailable })).toBeVisible();
    await expect(page).toHaveTitle('Esta página no está disponible en español — OIM');
    await expect(page.getByRole('main').getByRole('link', { name: TITLES.en })).toHaveAttribute('href', `/en/${SLUGS.en}`);
    await expect(page.getByText(TITLES.es)).toHaveCount(0);

    await setEs(true);
    await expect(async () => expect(await (await page.request.get(address)).text()).toContain(TITLES.es)).toPass({ timeout: 10_000 });
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: TITLES.es })).toBeVisible();
  });
});

test('the footer’s language links mark the current language and are remembered as an explicit choice', async ({ page, context }) => {
  await page.goto('/fr');
  const languages = page.getByRole('contentinfo').getByRole('list').filter({ has: page.getByRole('link', { name: 'English' }) });
  await expect(languages.getByRole('link', { name: 'Français' })).toHaveAttribute('aria-current', 'true');
  await expect(languages.getByRole('link', { name: 'English' })).not.toHaveAttribute('aria-current', /.*/);
  await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute('data-locale-choice', 'en');
  await languages.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  expect((await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('en');
});

test.describe('search results past the first page, and the error page', () => {
  const WORD = `qa${stamp}`;
  const ids: string[] = [];

  test.beforeAll(async () => {
    await withClient(async (c) => {
      // Eleven releases: two pages of results (ten a page). Dated 2001, as the seed's French ones.
      for (let i = 0; i < 11; i++) {
        const { rows } = await c.query<{ id: string }>(`insert into articles (key, type) values ($1, 'press_release') returning id`, [`e2e/qa-${stamp}-${i}`]);
        ids.push(rows[0]!.id);
        await c.query(
          `insert into article_translations (article_id, locale, slug, title, body, status, publish_at, first_published_at)
           values ($1, 'fr', $2, $3, '{"type":"doc","content":[]}', 'published', '2001-01-01T08:00:00Z', '2001-01-01T08:00:00Z')`,
          [rows[0]!.id, `qa-${stamp}-${i}`, `Essai ${WORD} numéro ${i}`],
        );
      }
      await notify(c, ['articles:fr']);
    });
  });

  test.afterAll(async () => {
    await withClient(async (c) => {
      await c.query('delete from articles where id = any($1)', [ids]);
      await notify(c, ['articles:fr', ...ids.map((id) => `article:${id}`)]);
    });
  });

  test('page 2 of the results has a title of its own', async ({ page }) => {
    await page.goto(`/fr/news/search?q=${WORD}`);
    await expect(page).toHaveTitle(`« ${WORD} » — recherche dans les actualités — OIM`);
    await page.goto(`/fr/news/search?q=${WORD}&page=2`);
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page).toHaveTitle(`« ${WORD} » — recherche dans les actualités — page 2 — OIM`);
  });

  test('a page that fails to render is titled as the error it shows', async ({ page }) => {
    // The search's read fails while its table is away: the page renders app/[locale]/error.tsx.
    await withClient(async (c) => {
      await c.query('alter table article_translations rename to article_translations_away');
      try {
        await page.goto(`/ar/news/search?q=${WORD}-error`);
        await expect(page.getByRole('heading', { level: 1, name: 'حدث خطأ' })).toBeVisible();
        await expect(page).toHaveTitle('حدث خطأ — المنظمة الدولية للهجرة');
      } finally {
        await c.query('alter table article_translations_away rename to article_translations');
      }
    });
  });
});

test('a country code or topic slug typed in capitals leads to its lower-case address', async ({ request }) => {
  const cases: [string, string][] = [
    ['/fr/news/country/UY', '/fr/news/country/uy'],
    ['/fr/news/country/Uy/page/2', '/fr/news/country/uy/page/2'],
    ['/fr/news/topic/Remises-De-Fonds', '/fr/news/topic/remises-de-fonds'],
  ];
  for (const [from, to] of cases) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    // The first Location header (Next repeats it: a known bug, left alone).
    const location = response.headersArray().find((h) => h.name.toLowerCase() === 'location')!.value.split(', ')[0]!;
    expect(new URL(location, 'http://x').pathname, from).toBe(to);
    expect(response.headers()['set-cookie'], from).toBeUndefined();
  }
  expect((await request.get('/fr/news/country/uy')).status()).toBe(200);
});
