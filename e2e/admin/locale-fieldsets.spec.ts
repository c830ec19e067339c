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

test('Arabic typed on a French dashboard page is in the Arabic web font; code stays monospace; public French pages never fetch it', async ({ page, browser }) => {
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/offices/new');
  const arabic = page.getByRole('group', { name: /^العربية/ }).filter({ visible: true });
  const name = arabic.getByRole('textbox').first();
  await expect(name).toHaveAttribute('lang', 'ar');
  await name.fill('مكتب مونتيفيديو');
  expect(await name.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?notoSansArabic\b/);
  // Arabic pages: an address or identifier in <code> (the media page's) keeps its monospace font.
  await page.goto('/ar/dashboard/media');
  const mono = await page.getByRole('main').evaluate((main) => {
    const code = main.appendChild(document.createElement('code'));
    code.textContent = '/media/0123.jpg';
    return getComputedStyle(code).fontFamily;
  });
  expect(mono).toMatch(/mono/i);

  // A French public page names "العربية" in its language menu but does not fetch the Arabic font for it.
  const reader = await (await browser.newContext()).newPage();
  const fonts: string[] = [];
  reader.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  await reader.goto('/fr');
  await expect(reader.getByRole('link', { name: 'العربية' }).first()).toBeAttached();
  await reader.waitForLoadState('networkidle');
  expect(fonts.filter((url) => /arabic/i.test(url))).toEqual([]);
  expect(await reader.getByRole('link', { name: 'العربية' }).first().evaluate((el) => getComputedStyle(el).fontFamily)).not.toMatch(/notoSansArabic/);
  await reader.context().close();
});
