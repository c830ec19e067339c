/**
 * What writers paste, readers must still read: a word or an address longer than the column
 * wraps inside it (no page wider than a phone, in French or in Arabic, on the release, the news
 * list and the home page), and a phone number in an Arabic text reads left to right, in the
 * lede and in the body.
 *
 * A release of this spec's own, written in SQL with the tags the publish action sends, as
 * withdrawn-translation.spec.ts does; removed at the end.
 */
import { NOTIFY_CHANNEL } from '../../lib/cache/channel';
import { expect, test } from '../fixtures';
import { withClient } from '../dashboard/support';

const stamp = Date.now().toString(36);
const LONG_WORD = `Anticonstitutionnellement${'anticonstitutionnellement'.repeat(3)}${stamp}`;
const LONG_URL = `https://www.example.org/publications/${'chemin-sans-espace-'.repeat(8)}${stamp}`;
const PHONE = '+598 2916 8043';
const ARABIC_WORD = `الاستراتيجيات${'الاستراتيجيات'.repeat(5)}`;
const RELEASES = {
  fr: { slug: `texte-long-${stamp}`, title: `${LONG_WORD} : un titre`, lede: `Voir ${LONG_URL} pour le détail.` },
  ar: { slug: `nass-tawil-${stamp}`, title: `${ARABIC_WORD} عنوان`, lede: `للمزيد اتصل على ${PHONE} أو انظر ${LONG_URL}` },
} as const;
type L = keyof typeof RELEASES;

const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
const text = (t: string, marks?: object[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
function body(locale: L) {
  return {
    type: 'doc',
    content: [
      paragraph(text(locale === 'fr' ? `Le mot ${LONG_WORD} ne tient sur aucune ligne.` : `الكلمة ${ARABIC_WORD} طويلة جدًا.`)),
      paragraph(text(LONG_URL, [{ type: 'link', attrs: { href: LONG_URL } }])),
      paragraph(text(locale === 'fr' ? `Téléphone : ${PHONE}.` : `الهاتف: ${PHONE}، من الاثنين إلى الجمعة.`)),
    ],
  };
}

let articleId = '';
const tags = () => [`article:${articleId}`, ...(['fr', 'ar'] as const).flatMap((l) => [`articles:${l}`, `slug:${RELEASES[l].slug}`])];

test.beforeAll(async () => {
  await withClient(async (c) => {
    const { rows } = await c.query<{ id: string }>(`insert into articles (key, type) values ($1, 'press_release') returning id`, [`e2e/long-text-${stamp}`]);
    articleId = rows[0]!.id;
    for (const locale of ['fr', 'ar'] as const) {
      const r = RELEASES[locale];
      await c.query(
        `insert into article_translations (article_id, locale, slug, title, lede, body, status, publish_at, first_published_at)
         values ($1, $2, $3, $4, $5, $6, 'published', now() - interval '1 minute', now() - interval '1 minute')`,
        [articleId, locale, r.slug, r.title, r.lede, JSON.stringify(body(locale))],
      );
    }
    await c.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, JSON.stringify({ tags: tags(), from: 0 })]);
  });
});

test.afterAll(async () => {
  await withClient(async (c) => {
    await c.query('delete from articles where id = $1', [articleId]);
    await c.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, JSON.stringify({ tags: tags(), from: 0 })]);
  });
});

for (const width of [390, 1280]) {
  test(`no page is wider than a ${width} px window for a long word or address, in French and in Arabic`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ['fr', 'ar'] as const) {
      for (const path of [`/${locale}/news/${RELEASES[locale].slug}`, `/${locale}/news`, `/${locale}`]) {
        await expect(async () => {
          await page.goto(path);
          await expect(page.getByText(RELEASES[locale].title).first()).toBeVisible({ timeout: 1_000 });
        }).toPass({ timeout: 10_000 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    }
  });
}

test('a phone number in an Arabic lede and body reads left to right', async ({ page }) => {
  await page.goto(`/ar/news/${RELEASES.ar.slug}`);
  const main = page.getByRole('main');
  const numbers = main.locator('bdi[dir=ltr]', { hasText: PHONE });
  // The lede under the title and the body's paragraph (the contact card's numbers are links).
  await expect(numbers).toHaveCount(2);
  for (const n of await numbers.all()) {
    // Left to right: "+598" starts the number at its left edge.
    const order = await n.evaluate((el) => {
      const range = document.createRange();
      const node = el.firstChild!;
      range.setStart(node, 0);
      range.setEnd(node, 4);
      const plus = range.getBoundingClientRect();
      range.setStart(node, node.textContent!.length - 4);
      range.setEnd(node, node.textContent!.length);
      return { plus: plus.left, last: range.getBoundingClientRect().left };
    });
    expect(order.plus).toBeLessThan(order.last);
  }
  // In the list, the card's lede too.
  await page.goto('/ar/news');
  await expect(page.getByRole('main').locator('bdi[dir=ltr]', { hasText: PHONE })).toHaveCount(1);
});

test('on paper, a link in the text says its address', async ({ page }) => {
  await page.goto(`/fr/news/${RELEASES.fr.slug}`);
  await page.emulateMedia({ media: 'print' });
  const link = page.getByRole('main').locator('.prose-body a', { hasText: LONG_URL });
  expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(`" (${LONG_URL})"`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
