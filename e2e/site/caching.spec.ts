/**
 * Product promises of issue 5 on the wire: anonymous public responses set no cookie and tell
 * shared caches they may keep them one second (lib/cache/http.ts, docs/caching.md); personal
 * pages stay private; only an explicit language choice is remembered; and a scheduled release
 * is there on the very first request after its time, although nothing invalidated anything, and
 * its pages are rendered by then, before any reader asks.
 */
import pg from 'pg';
import { PUBLIC_CACHE_CONTROL } from '../../lib/cache/http';
import { NOTIFY_CHANNEL } from '../../lib/cache/channel';
import { typeset } from '../../lib/typography';
import { expect, test } from '../fixtures';
import { withClient } from '../dashboard/support';

const RELEASE = '/fr/news/le-directeur-general-de-loim-assistera-au-sommet-ibero-americain';
const PUBLIC_PAGES = [
  '/fr',
  '/ar',
  '/fr/news',
  RELEASE,
  '/en/news/iom-director-general-to-attend-ibero-american-summit',
  '/fr/qui-sommes-nous/structure',
  '/es/offices',
  '/fr/feed.xml',
  '/en/atom.xml',
  '/sitemap.xml',
  '/robots.txt',
];

test('public responses set no cookie and may be kept one second by a shared cache', async ({ request }) => {
  for (const path of PUBLIC_PAGES) {
    // Twice: the first answer may be the render, the second comes from Next's cache.
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      expect(response.headers()['set-cookie'], path).toBeUndefined();
      expect(response.headers()['cache-control'], path).toBe(PUBLIC_CACHE_CONTROL);
    }
  }
});

test('a missing page is a public 404 with the same short shared-cache life', async ({ request }) => {
  const response = await request.get('/fr/news/cette-page-nexiste-pas', { maxRedirects: 0 });
  expect(response.status()).toBe(404);
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(response.headers()['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
});

test('a feed reader or a crawler that polls gets 304 while the feed or the sitemap has not changed', async ({ request }) => {
  for (const path of ['/fr/feed.xml', '/ar/atom.xml', '/sitemap.xml', '/robots.txt']) {
    const first = await request.get(path);
    const etag = first.headers().etag;
    expect(etag, path).toMatch(/^"[\w-]+"$/);
    const again = await request.get(path, { headers: { 'If-None-Match': etag! } });
    expect(again.status(), path).toBe(304);
    expect(await again.body(), path).toHaveLength(0);
    expect(again.headers()['cache-control'], path).toBe(PUBLIC_CACHE_CONTROL);
    expect((await request.get(path, { headers: { 'If-None-Match': '"autre"' } })).status(), path).toBe(200);
  }
});

test('the language redirect of `/` writes no cookie and is never shared', async ({ request }) => {
  const response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'es-ES,es;q=0.9' } });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/es$/);
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(response.headers()['cache-control']).toBe('private, no-store');
});

test('personal pages are never marked public', async ({ request }) => {
  for (const path of ['/fr/sign-in', '/fr/dashboard']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()['cache-control'] ?? '', path).not.toContain('public');
  }
});

test('a reader browsing gets no cookie; choosing a language remembers it, and only that', async ({ page, context }) => {
  await page.goto(RELEASE);
  await page.getByRole('link', { name: 'Actualités' }).first().click();
  await expect(page).toHaveURL(/\/fr\/news$/);
  expect(await context.cookies()).toEqual([]);

  await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const cookies = await context.cookies();
  expect(cookies.map((c) => [c.name, c.value])).toEqual([['NEXT_LOCALE', 'en']]);
  // The choice wins over the browser's languages when the reader comes back to `/`.
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
});

test.describe('a scheduled release', () => {
  const SLUG = 'exemple-de-declaration-un-texte-publie-en-francais-seulement';

  /**
   * What the schedule action does to the database and the caches (lib/actions.ts: change,
   * then invalidate its tags): here without the dashboard, whose time picker has minutes.
   */
  async function reschedule(c: pg.Client, at: string): Promise<{ title: string; previous: Date; due: number }> {
    const { rows } = await c.query<{ id: string; article_id: string; title: string; publish_at: Date }>(
      `select id, article_id, title, publish_at from article_translations where locale = 'fr' and slug = $1`,
      [SLUG],
    );
    const row = rows[0];
    if (!row) throw new Error('the French-only sample statement is missing from the demo content');
    const updated = await c.query<{ at: Date }>(`update article_translations set publish_at = ${at} where id = $1 returning publish_at as at`, [row.id]);
    const tags = ['articles:fr', `article:${row.article_id}`, `slug:${SLUG}`];
    await c.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, JSON.stringify({ tags, from: 0 })]);
    // As the list draws it: "déclaration : un" with its French no-break space (lib/typography.ts).
    return { title: typeset(row.title, 'fr'), previous: row.publish_at, due: updated.rows[0]!.at.getTime() };
  }

  test('is there on the first request after its time, with nothing invalidated then', async ({ request }) => {
    const { title, previous, due } = await withClient((c) => reschedule(c, `now() + interval '8 seconds'`));
    try {
      // Before its time: not listed, its page not found — and both now cached that way.
      await expect(async () => {
        const list = await request.get('/fr/news');
        expect(await list.text()).not.toContain(title);
      }).toPass({ timeout: 3_000 });
      expect((await request.get(`/fr/news/${SLUG}`)).status()).toBe(404);
      const cachedList = await request.get('/fr/news');
      expect(await cachedList.text()).not.toContain(title);
      expect(Date.now()).toBeLessThan(due);

      // Just after its time, the very first request of each page shows it.
      await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now()) + 20));
      const list = await request.get('/fr/news');
      expect(await list.text()).toContain(title);
      const article = await request.get(`/fr/news/${SLUG}`);
      expect(article.status()).toBe(200);
    } finally {
      await withClient((c) => reschedule(c, `'${previous.toISOString()}'::timestamptz`));
    }
  });

  test('is rendered ahead of its first readers once its time has come', async ({ request }) => {
    const { title, previous, due } = await withClient((c) => reschedule(c, `now() + interval '5 seconds'`));
    try {
      // Before its time, the list is stored without it.
      await expect(async () => {
        expect(await (await request.get('/fr/news')).text()).not.toContain(title);
      }).toPass({ timeout: 3_000 });
      expect(Date.now()).toBeLessThan(due);

      // No reader asks until its time and the coordinator's second pass (3 s after it) are past:
      // the first readers then get stored pages that show it (lib/cache/coordinator.ts), as after
      // a publish from the dashboard, instead of each paying a render.
      await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now()) + 6_000));
      for (const path of ['/fr/news', `/fr/news/${SLUG}`, '/fr']) {
        const first = await request.get(path);
        expect(first.headers()['x-nextjs-cache'], path).toBe('HIT');
        expect(await first.text(), path).toContain(title);
      }
    } finally {
      await withClient((c) => reschedule(c, `'${previous.toISOString()}'::timestamptz`));
    }
  });
});
