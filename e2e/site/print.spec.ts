/**
 * A release printed (or saved as PDF) keeps what a reader files: the organization's name, the
 * release and its contact card, in ink on white (browsers leave backgrounds out, so white text
 * would vanish); the search, languages, menu, breadcrumb, topic links, other languages, share
 * buttons and footer links, which lead nowhere on paper, are left out. (A link in a text says its
 * address on paper: long-text.spec.ts, whose release has one.)
 */
import { expect, test } from '../fixtures';

const FR_TITLE = 'Le Directeur général de l’OIM assistera au Sommet ibéro-américain';

for (const locale of ['fr', 'ar'] as const) {
  test(`a printed release keeps the name, the release and its contact, nothing to click (${locale})`, async ({ page }) => {
    await page.goto(`/fr/news`);
    await page.getByRole('link', { name: FR_TITLE }).click();
    if (locale === 'ar') await page.goto('/ar/news/sample-news-item-one-article-in-four-languages');
    await page.emulateMedia({ media: 'print' });

    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
    for (const gone of [
      page.getByRole('search'),
      page.locator('details.site-menu'),
      main.getByRole('navigation'),
      main.locator('#share').locator('..'),
      page.getByRole('contentinfo').getByRole('link'),
    ]) {
      for (const element of await gone.all()) await expect(element).toBeHidden();
    }
    // The organization's name and the legal line, dark on white.
    const name = page.getByRole('banner').getByRole('link').first();
    await expect(name).toBeVisible();
    const color = await name.evaluate((el) => getComputedStyle(el).color);
    expect(color).not.toMatch(/255, 255, 255/);
    const legal = page.getByRole('contentinfo').locator('p').filter({ hasText: '©' });
    await expect(legal).toBeVisible();
    expect(await legal.evaluate((el) => getComputedStyle(el).color)).not.toMatch(/255, 255, 255/);
  });
}
