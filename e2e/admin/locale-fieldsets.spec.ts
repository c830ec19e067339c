/**
 * The language parts of a translated record's form (office, unit, topic, image) are headed by
 * the language's name in itself. On a French page "العربية" must be set in the Arabic pages'
 * font, as the other names are in theirs: a system font's Arabic (DejaVu Sans on Linux) is
 * smaller and hangs below the border the legend sits on.
 */
import { expect, test } from '../fixtures';
import { ensureAdmin } from '../dashboard/support';

test('on a French form the Arabic part’s heading is set in the Arabic web font, like on Arabic pages', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/offices/new');
  const legend = page.locator('fieldset > legend').filter({ visible: true }).filter({ hasText: 'العربية' });
  await expect(legend).toHaveCount(1);
  const name = legend.locator('[lang="ar"]');
  await expect(name).toHaveText('العربية');
  // The web font (lib/fonts.ts notoSansArabic) is the first choice for these letters, and this
  // French page did fetch it to draw them.
  expect(await name.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?notoSansArabic\b/);
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'notoSansArabic' && f.status === 'loaded')))
    .toBe(true);
  // The Latin names keep the Latin web font.
  for (const latin of ['English', 'Español']) {
    const other = page.locator('fieldset > legend').filter({ visible: true }).filter({ hasText: latin }).locator(`[lang]`);
    expect(await other.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?notoSans\b(?!Arabic)/);
  }
});
