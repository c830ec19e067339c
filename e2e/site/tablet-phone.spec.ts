/**
 * The public site at phone and tablet widths, in the four languages, measured on the boxes the
 * browser lays out (not on class names):
 *
 * - the header's utility bar (search, languages, and the tagline where it fits) is one row from
 *   640 px up, and the bar with the wordmark one row too, at every width up to 1440 px;
 * - on a phone the news filters stay folded on a filtered list as on /news, so its first release
 *   is in the first screen, and they still open by keyboard without JavaScript;
 * - a date in a release's kicker never breaks across two lines, in a card of the news list or
 *   the home page, in French and in Arabic;
 * - a release with no Arabic version has the breadcrumb back to the news, as its versions have,
 *   beside the links to each of them;
 * - on a phone the header is two slim bars: the wordmark (the short name alone under 640 px)
 *   on one line beside the menu button.
 *
 * A release of this spec's own (a sample press release: the longest kicker there is), written
 * in SQL with the tags the publish action sends, as long-text.spec.ts does; removed at the end.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { NOTIFY_CHANNEL } from '../../lib/cache/channel';
import { expect, test } from '../fixtures';
import { withClient } from '../dashboard/support';

const LOCALES = ['fr', 'en', 'es', 'ar'] as const;

/** How many rows the visible children of `selector` are laid out on (tops more than 4 px apart). */
async function rows(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => {
    const tops: number[] = [];
    for (const child of el.children) {
      const r = child.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const centre = r.top + r.height / 2;
      if (!tops.some((t) => Math.abs(t - centre) <= 4)) tops.push(centre);
    }
    return tops.length;
  });
}

test('the header stays one row per bar from 640 to 1440 px, in every language, and no page is wider than a phone', async ({ page }) => {
  for (const locale of LOCALES) {
    await page.setViewportSize({ width: 768, height: 900 });
    await page.goto(`/${locale}/news`);
    for (const width of [640, 768, 820, 900, 1024, 1100, 1279, 1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const where = `${locale} at ${width} px`;
      // The utility bar: the tagline (where shown) beside the search and the languages' group…
      expect(await rows(page, 'header > div:first-of-type > div'), `utility bar, ${where}`).toBe(1);
      // …and inside that group, the search beside the languages.
      expect(await rows(page, 'header > div:first-of-type > div > div'), `search and languages, ${where}`).toBe(1);
      // The wordmark beside the menu button (under 1,280 px) or the navigation bar.
      expect(await rows(page, 'header > div:nth-of-type(2) > div'), `wordmark bar, ${where}`).toBe(1);
      if (width >= 1280) expect(await rows(page, 'header .menu-list'), `navigation, ${where}`).toBe(1);
    }
    for (const width of [360, 390]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${locale} at ${width} px`).toBeLessThanOrEqual(width);
    }
  }
});

test('on a phone the header leaves the first screen to the page: the wordmark on one line, the link still named in full', async ({ page }) => {
  for (const locale of LOCALES) {
    const { Site } = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../messages/${locale}.json`), 'utf8')) as { Site: { orgName: string } };
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/news`);
    for (const width of [320, 360, 390, 639]) {
      await page.setViewportSize({ width, height: 844 });
      const where = `${locale} at ${width} px`;
      // The full name beside the menu button took three lines in French (a 190 px header).
      const wordmark = page.locator('header > div:nth-of-type(2)');
      expect((await wordmark.boundingBox())!.height, `wordmark bar, ${where}`).toBeLessThanOrEqual(80);
      expect((await page.locator('header').boundingBox())!.height, `header, ${where}`).toBeLessThanOrEqual(160);
      // Read out, and matched by speech users, in full (WCAG 2.5.3: the visible "OIM" starts it).
      await expect(wordmark.getByRole('link', { name: Site.orgName })).toHaveAttribute('href', `/${locale}`);
    }
    // From 640 px the full name is drawn beside the short one.
    await page.setViewportSize({ width: 640, height: 844 });
    await expect(page.locator('header > div:nth-of-type(2)').getByText(Site.orgName, { exact: true })).toBeVisible();
  }
});

test.describe('phone, without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('a filtered news list keeps its filters folded, its first release in the first screen; they open by keyboard', async ({ page }) => {
    for (const [path, name, topic] of [
      ['/fr/news/topic/droits-des-migrants', 'Filtrer les actualités', 'Droits des migrants'],
      ['/fr/news/year/2006', 'Filtrer les actualités', 'Remises de fonds'],
      ['/ar/news/year/2024', 'تصفية الأخبار', '2024'],
    ] as const) {
      await page.goto(path);
      const filters = page.getByRole('navigation', { name });
      const box = await filters.boundingBox();
      expect(box!.height, path).toBeLessThanOrEqual(80);
      await expect(page.getByRole('main').getByRole('article').first()).toBeInViewport();
      // Opened from the keyboard, with the browser's own disclosure: no script involved.
      await expect(filters.getByRole('link', { name: topic, exact: true })).toBeHidden();
      await filters.getByText(name).focus();
      await page.keyboard.press('Enter');
      await expect(filters.getByRole('link', { name: topic, exact: true })).toBeVisible();
    }
  });
});

test('ar, phone: a release with no Arabic version leads back to the news and to each version it has', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/ar/news/le-directeur-general-de-loim-assistera-au-sommet-ibero-americain');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('هذا البيان غير متوفر باللغة العربية');
  await expect(page.getByRole('navigation', { name: 'مسار التنقل' }).getByRole('link', { name: 'الأخبار' })).toHaveAttribute('href', '/ar/news');
  const languages = page.getByRole('navigation', { name: 'اللغة' });
  await expect(languages.getByRole('link', { name: 'Français' })).toHaveAttribute('href', '/fr/news/le-directeur-general-de-loim-assistera-au-sommet-ibero-americain');
  await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/news/iom-director-general-to-attend-ibero-american-summit');
  await expect(page.getByRole('main').getByRole('link', { name: /Sommet ibéro-américain/ })).toHaveAttribute('href', '/fr/news/le-directeur-general-de-loim-assistera-au-sommet-ibero-americain');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test.describe('a date in a kicker', () => {
  const stamp = Date.now().toString(36);
  const RELEASES = {
    fr: { slug: `date-sur-une-ligne-${stamp}`, title: `Une date sur une seule ligne ${stamp}`, dateline: 'GENÈVE' },
    ar: { slug: `tarikh-${stamp}`, title: `تاريخ في سطر واحد ${stamp}`, dateline: 'جنيف' },
  } as const;
  let articleId = '';
  const tags = () => [`article:${articleId}`, ...(['fr', 'ar'] as const).flatMap((l) => [`articles:${l}`, `slug:${RELEASES[l].slug}`])];
  const notify = () => withClient((c) => c.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, JSON.stringify({ tags: tags(), from: 0 })]));

  test.beforeAll(async () => {
    await withClient(async (c) => {
      const { rows: created } = await c.query<{ id: string }>(
        `insert into articles (key, type, is_sample) values ($1, 'press_release', true) returning id`,
        [`e2e/tablet-phone-${stamp}`],
      );
      articleId = created[0]!.id;
      for (const locale of ['fr', 'ar'] as const) {
        const r = RELEASES[locale];
        // The newest release: first in the list and on the home page.
        await c.query(
          `insert into article_translations (article_id, locale, slug, title, dateline, body, status, publish_at, first_published_at)
           values ($1, $2, $3, $4, $5, '{"type":"doc","content":[]}', 'published', now() - interval '1 minute', now() - interval '1 minute')`,
          [articleId, locale, r.slug, r.title, r.dateline],
        );
      }
    });
    await notify();
  });

  test.afterAll(async () => {
    await withClient((c) => c.query('delete from articles where id = $1', [articleId]));
    await notify();
  });

  test('never breaks across two lines in a card, from 320 to 430 px, in French and in Arabic', async ({ page }) => {
    for (const locale of ['fr', 'ar'] as const) {
      for (const path of [`/${locale}/news`, `/${locale}`]) {
        await page.setViewportSize({ width: 390, height: 844 });
        await expect(async () => {
          await page.goto(path);
          await expect(page.getByText(RELEASES[locale].title)).toBeVisible({ timeout: 1_000 });
        }).toPass({ timeout: 10_000 });
        const card = page.getByRole('article').filter({ hasText: RELEASES[locale].title });
        const time = card.locator('time');
        for (let width = 320; width <= 430; width += 6) {
          await page.setViewportSize({ width, height: 844 });
          // Lines, not boxes: in Arabic the day and year (left-to-right digits) are boxes of their own.
          const lines = await time.evaluate((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size);
          expect.soft(lines, `${path} at ${width} px: "${await time.textContent()}"`).toBe(1);
        }
      }
    }
  });
});
