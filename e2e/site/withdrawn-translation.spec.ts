/**
 * A reader following the old link of a translation that was unpublished (here: Spanish) is told
 * which languages the release is public in, as for a language it never had (200, public cache
 * header), with nothing of the Spanish text; and the answer follows what happens to the other
 * translations, whose publish and unpublish expire only their own tags and `article:<id>`.
 *
 * A release of this spec's own, written and changed in SQL with the tags the workflow actions
 * send (db/queries/article-writes.ts), as caching.spec.ts does: every step is on the wire.
 */
import { PUBLIC_CACHE_CONTROL } from '../../lib/cache/http';
import { NOTIFY_CHANNEL } from '../../lib/cache/channel';
import { expect, test } from '../fixtures';
import { withClient } from '../dashboard/support';

const stamp = Date.now().toString(36);
const SLUGS = { fr: `retrait-fr-${stamp}`, en: `withdrawn-en-${stamp}`, es: `retirada-es-${stamp}` } as const;
const TITLES = { fr: `Appel pour le Sahel ${stamp}`, en: `Appeal for the Sahel ${stamp}`, es: `Título que nadie debe ver ${stamp}` } as const;
type L = keyof typeof SLUGS;

let articleId = '';

/** Publish (in the past) or unpublish one translation, then expire what the action would. */
async function setPublished(locale: L, published: boolean): Promise<void> {
  await withClient(async (c) => {
    await c.query(
      published
        ? `update article_translations set status = 'published', publish_at = first_published_at where article_id = $1 and locale = $2`
        : `update article_translations set status = 'draft', publish_at = null where article_id = $1 and locale = $2`,
      [articleId, locale],
    );
    const tags = [`article:${articleId}`, `articles:${locale}`, `slug:${SLUGS[locale]}`];
    await c.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, JSON.stringify({ tags, from: 0 })]);
  });
}

test.beforeAll(async () => {
  await withClient(async (c) => {
    const { rows } = await c.query<{ id: string }>(`insert into articles (key, type) values ($1, 'press_release') returning id`, [`e2e/withdrawn-${stamp}`]);
    articleId = rows[0]!.id;
    for (const locale of ['fr', 'en', 'es'] as const) {
      await c.query(
        `insert into article_translations (article_id, locale, slug, title, body, status, publish_at, first_published_at)
         values ($1, $2, $3, $4, '{"type":"doc","content":[]}', 'published', '2001-01-01T08:00:00Z', '2001-01-01T08:00:00Z')`,
        [articleId, locale, SLUGS[locale], TITLES[locale]],
      );
    }
  });
});

test.afterAll(async () => {
  await withClient(async (c) => {
    await c.query('delete from articles where id = $1', [articleId]);
    const tags = [`article:${articleId}`, ...(['fr', 'en', 'es'] as const).flatMap((l) => [`articles:${l}`, `slug:${SLUGS[l]}`])];
    await c.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, JSON.stringify({ tags, from: 0 })]);
  });
});

test('the old address of an unpublished translation names the languages the release is public in', async ({ page, request }) => {
  const address = `/es/news/${SLUGS.es}`;
  // Read while published: cached as the release.
  await expect(page.goto(address).then((r) => r?.status())).resolves.toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: TITLES.es })).toBeVisible();

  await setPublished('es', false);
  await expect(async () => {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Este comunicado no está disponible en español');
  }).toPass({ timeout: 5_000 });
  const response = await request.get(address, { maxRedirects: 0 });
  expect(response.headers()['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
  expect(await response.text()).not.toContain(TITLES.es);

  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1, name: 'Este comunicado no está disponible en español' })).toBeVisible();
  const links = page.getByRole('main').getByRole('link');
  await expect(links.filter({ hasText: TITLES.fr })).toHaveAttribute('href', `/fr/news/${SLUGS.fr}`);
  await expect(links.filter({ hasText: TITLES.en })).toHaveAttribute('href', `/en/news/${SLUGS.en}`);
  await expect(links.filter({ hasText: TITLES.fr })).toHaveAttribute('hreflang', 'fr');
  await expect(page.getByRole('main')).not.toContainText(TITLES.es);

  // English unpublished: its own tags and the article's expire this answer too.
  await setPublished('en', false);
  await expect(async () => {
    const text = await (await request.get(address)).text();
    expect(text).toContain(TITLES.fr);
    expect(text).not.toContain(TITLES.en);
  }).toPass({ timeout: 5_000 });

  // Public in no language: a plain 404…
  await setPublished('fr', false);
  await expect(async () => expect((await request.get(address)).status()).toBe(404)).toPass({ timeout: 5_000 });
  // …until any translation is public again.
  await setPublished('en', true);
  await expect(async () => {
    const again = await request.get(address);
    expect(again.status()).toBe(200);
    expect(await again.text()).toContain(TITLES.en);
  }).toPass({ timeout: 5_000 });

  // Published again: the release itself.
  await setPublished('es', true);
  await expect(async () => expect(await (await request.get(address)).text()).toContain(TITLES.es)).toPass({ timeout: 5_000 });
});
