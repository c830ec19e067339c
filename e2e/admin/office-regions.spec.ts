/**
 * The office list filters by UN M49 region and sub-region (countries get theirs from the seed or
 * migration 0002), named in the admin's language. The seed has one office, in Montevideo
 * (Americas, South America): it is found under both, and not under Europe.
 */
import { expect, expectNoA11yViolations, test } from '../fixtures';
import { ensureAdmin } from '../dashboard/support';

test('the office list filters by region and sub-region, in French and in Arabic', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/offices');
  const region = page.getByLabel('Région');
  await expect(region.locator('optgroup[label="Amériques"] option')).toHaveText(['Amériques : toute la région', 'Amérique du Sud']);
  await region.selectOption({ label: 'Amérique du Sud' });
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/[?&]region=005(&|$)/);
  await expect(page.getByLabel('Région')).toHaveValue('005');
  await expect(page.getByRole('link', { name: 'Bureau de l’OIM à Montevideo' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'bureau' })).toHaveText('1 bureau');

  await page.goto('/fr/dashboard/offices?region=150');
  await expect(page.getByRole('status').filter({ hasText: 'bureau' })).toHaveText('Aucun bureau');
  await expect(page.getByRole('link', { name: 'Bureau de l’OIM à Montevideo' })).toHaveCount(0);

  await page.goto('/ar/dashboard/offices?region=019');
  const arabic = page.getByLabel('المنطقة');
  await expect(arabic).toHaveValue('019');
  await expect(arabic.locator('optgroup[label="الأمريكتان"] option')).toHaveText(['الأمريكتان: المنطقة كلها', 'أمريكا الجنوبية']);
  await expect(page.getByRole('status').filter({ hasText: 'مكتب' })).toHaveText('مكتب واحد');
  await expectNoA11yViolations(page);
});
