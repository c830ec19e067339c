import { expect, expectFrenchStandIns, expectNoA11yViolations, test } from '../fixtures';
import { ensureAdmin } from '../dashboard/support';

const FR_TITLE = 'Le Directeur général de l’OIM assistera au Sommet ibéro-américain';

for (const locale of ['fr', 'ar'] as const) {
  test.describe(`accessibility in ${locale}`, () => {
    test('home', async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectNoA11yViolations(page);
    });

    test('article (or its availability page)', async ({ page }) => {
      await page.goto('/fr/news');
      const href = await page.getByRole('link', { name: FR_TITLE }).getAttribute('href');
      await page.goto(href!.replace(/^\/fr\//, `/${locale}/`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page);
    });

    test('a profile page (Structure)', async ({ page }) => {
      await page.goto(`/${locale}`);
      const nav = page.getByRole('navigation', { name: /Navigation principale|التنقل الرئيسي/ }).first();
      // The first section's disclosure lists its sub-pages; Structure is the first of them.
      await nav.locator('summary').first().click();
      await nav.locator('details[open] a').nth(1).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page);
    });

    test('offices', async ({ page }) => {
      await page.goto(`/${locale}/offices`);
      await expectNoA11yViolations(page);
      // Each office is a heading under the page's, and names its region: a screen reader jumps from one to the next.
      const office = page.getByRole('main').getByRole('heading', { level: 2, name: /Montevideo|مونتيفيديو/ });
      await expect(office).toBeVisible();
      await expect(page.getByRole('main').getByRole('region', { name: /Montevideo|مونتيفيديو/ })).toBeVisible();
    });

    test('in forced colours (Windows high contrast), the menu arrows and the buttons stay visible', async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(`/${locale}`);
      const page_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const arrow = page.locator('.chevron').first();
      expect(await arrow.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(page_);
      const button = page.getByRole('main').getByRole('link', { name: /En savoir plus|المزيد|معرفة/ });
      expect(await button.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    });

    test('in forced colours, the current filter stands out and the structure’s top unit keeps its box', async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(`/${locale}/news`);
      const canvas = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const current = page.getByRole('main').locator('a[aria-current="page"]').first();
      const other = page.getByRole('main').locator('a.chip').first();
      expect(await current.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(canvas);
      expect(await other.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(await current.evaluate((el) => getComputedStyle(el).backgroundColor));

      await page.goto(`/${locale}`);
      const nav = page.getByRole('navigation', { name: /Navigation principale|التنقل الرئيسي/ }).first();
      await nav.locator('summary').first().click();
      await nav.locator('details[open] a').nth(1).click();
      const chart = page.getByRole('main').locator('section[aria-labelledby="org-chart"]');
      const top = chart.locator('li > div').first();
      await expect(top).toBeVisible();
      expect(await top.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    });

    test('mobile menu at 360 px, no horizontal scroll', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${locale}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.locator('summary').filter({ hasText: /Menu|القائمة/ }).click();
      await expect(page.getByRole('navigation', { name: /Navigation principale|التنقل الرئيسي/ }).last()).toBeVisible();
      await expectNoA11yViolations(page);
    });
  });
}

/**
 * Language of parts (WCAG 3.1.2): an office with French texts only shows them in every language,
 * marked as French and laid out left to right where the page is in another language, so an
 * Arabic page does not reorder "17, route des Morillons" into "route des Morillons ,17".
 */
test('an office’s French texts standing in for a missing translation are marked as French', async ({ page, browser }) => {
  const NAME = 'Bureau de l’OIM à Genève';
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/offices/new');
  await page.getByLabel('Pays du bureau').selectOption({ label: 'Suisse' });
  const french = page.getByRole('group', { name: /Français/ });
  await french.getByLabel('Nom du bureau').fill(NAME);
  await french.getByLabel('Ville').fill('Genève');
  await french.getByLabel('Adresse').fill('17, route des Morillons\nCP 17\n1211 Genève 19');
  await page.getByRole('button', { name: 'Créer le bureau' }).click();
  await expect(page.getByText('Le bureau a été créé.')).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  for (const locale of ['ar', 'en', 'fr'] as const) {
    await reader.goto(`/${locale}/offices`);
    const entry = reader.getByRole('listitem').filter({ has: reader.getByRole('region', { name: NAME }) });
    const parts = [entry.getByText(NAME, { exact: true }), entry.getByText('Genève', { exact: true }), entry.getByText(/^17, route des Morillons/)];
    await expectFrenchStandIns(parts, locale);
  }
  // A translation of the page's own language is not marked: the seeded office is named in Arabic.
  await reader.goto('/ar/offices');
  await expect(reader.getByText('مكتب المنظمة الدولية للهجرة في مونتيفيديو', { exact: true })).not.toHaveAttribute('lang');
  await expectNoA11yViolations(reader);
  await reader.context().close();

  // Leave the directory as the seed has it.
  await page.getByRole('button', { name: 'Supprimer…' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer définitivement' }).click();
  await expect(page.getByText(/^Le bureau «\s.+\s» a été supprimé\.$/)).toBeVisible();
});
