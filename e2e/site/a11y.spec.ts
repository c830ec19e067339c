import { expect, expectNoA11yViolations, test } from '../fixtures';

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
