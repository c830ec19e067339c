/**
 * A page title with a word longer than the menu (a compound, an address) wraps inside the
 * navigation's sub-menu, in French and in Arabic, on a phone and on a wide screen: it neither
 * spills over the page under the menu nor is cut off.
 *
 * A sub-page of "who we are" of this spec's own, written in SQL with the tags the publish action
 * sends, as long-text.spec.ts does; removed at the end (no new page at the top of the tree).
 */
import { NOTIFY_CHANNEL } from '../../lib/cache/channel';
import { expect, test } from '../fixtures';
import { withClient } from '../dashboard/support';

const stamp = Date.now().toString(36);
const TITLES = {
  fr: `Interventions${'internationalesdemigration'.repeat(4)}${stamp}`,
  ar: `الاستراتيجيات${'الاستراتيجيات'.repeat(6)}`,
} as const;
type L = keyof typeof TITLES;
const notifyTags = JSON.stringify({ tags: ['pages:fr', 'pages:ar'], from: 0 });

let pageId = '';

test.beforeAll(async () => {
  await withClient(async (c) => {
    const parent = await c.query<{ id: string }>(`select id from pages where key = 'who-we-are'`);
    const { rows } = await c.query<{ id: string }>(`insert into pages (key, parent_id, position) values ($1, $2, 90) returning id`, [`e2e-long-${stamp}`, parent.rows[0]!.id]);
    pageId = rows[0]!.id;
    for (const locale of ['fr', 'ar'] as const) {
      await c.query(
        `insert into page_translations (page_id, locale, slug, title, body, status, publish_at)
         values ($1, $2, $3, $4, '{"type":"doc","content":[]}', 'published', now() - interval '1 minute')`,
        [pageId, locale, `long-${locale}-${stamp}`, TITLES[locale]],
      );
    }
    await c.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, notifyTags]);
  });
});

test.afterAll(async () => {
  await withClient(async (c) => {
    await c.query('delete from pages where id = $1', [pageId]);
    await c.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, notifyTags]);
  });
});

for (const width of [390, 1440]) {
  test(`a long word in a page title wraps inside the menu, ${width} px wide, in French and in Arabic`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ['fr', 'ar'] as L[]) {
      const link = page.locator('.nav-sub-link', { hasText: TITLES[locale] });
      await expect(async () => {
        await page.goto(`/${locale}`);
        await expect(link).toHaveCount(1, { timeout: 1_000 });
      }).toPass({ timeout: 10_000 });
      if (width < 1280) await page.locator('summary.menu-button').click();
      // The section holding it opens.
      await page.locator('details[name=site-nav-section]', { has: link }).locator('summary').click();
      await expect(link).toBeVisible();
      // Wrapped: as wide as its box, and its box within the sub-menu.
      const sizes = await link.evaluate((el) => {
        const list = el.closest('ul')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        return { scroll: el.scrollWidth, client: el.clientWidth, left: box.left - list.left, right: list.right - box.right };
      });
      expect(sizes.scroll, locale).toBeLessThanOrEqual(sizes.client);
      expect(sizes.left, locale).toBeGreaterThanOrEqual(0);
      expect(sizes.right, locale).toBeGreaterThanOrEqual(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, locale).toBeLessThanOrEqual(0);
    }
  });
}
