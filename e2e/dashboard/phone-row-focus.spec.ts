/**
 * Removing a phone number row of the office form by the keyboard keeps the focus in the form:
 * on the next row's number, else the previous row's, else the "add a number" button — never
 * dropped on the page's body.
 */
import { expect, test } from '../fixtures';
import { ensureAdmin } from './support';

test('removing a phone row moves the focus to the next number, else the previous one, else "add a number"', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/offices/new');
  const add = page.getByRole('button', { name: 'Ajouter un numéro' });
  const number = (n: number) => page.getByLabel(`Numéro ${n}`, { exact: true });
  // Live once a press on "add" shows a row.
  await expect(async () => {
    await add.click();
    await expect(number(2)).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await add.click();
  await number(1).fill('+33 1 11 11 11 11');
  await number(2).fill('+33 2 22 22 22 22');
  await number(3).fill('+33 3 33 33 33 33');

  // The middle row: the focus goes to the next row's number (now the second).
  await number(2).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Retirer Numéro 2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(number(3)).toHaveCount(0);
  await expect(number(2)).toHaveValue('+33 3 33 33 33 33');
  await expect(number(2)).toBeFocused();

  // The last row: the previous row's number.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Retirer Numéro 2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(number(2)).toHaveCount(0);
  await expect(number(1)).toHaveValue('+33 1 11 11 11 11');
  await expect(number(1)).toBeFocused();

  // The only row: "add a number".
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Retirer Numéro 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(number(1)).toHaveCount(0);
  await expect(add).toBeFocused();
});
