/**
 * Archiving an office while its form holds unsaved changes: the changes stay in the form (the
 * archive touches no field the form holds, so the page comes back with the same version), and
 * saving them afterwards is no conflict. The office is put back as it was.
 */
import { expect, test } from '../fixtures';
import { ensureAdmin } from '../dashboard/support';

test('archive and restore leave what is typed in the office form, and saving it is no conflict', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/offices');
  await page.getByRole('link', { name: 'Bureau de l’OIM à Montevideo' }).click();
  const address = page.getByLabel('Adresse', { exact: true }).filter({ visible: true }).first();
  await expect(address).toBeVisible();
  const stored = await address.inputValue();
  const typed = `${stored}${stored ? ' ' : ''}(bureau 2)`;
  try {
    await expect(async () => {
      await address.fill(typed);
      await expect(address).toHaveValue(typed, { timeout: 1_000 });
    }).toPass();

    await page.getByRole('button', { name: 'Archiver', exact: true }).click();
    await page.getByRole('button', { name: 'Oui, archiver' }).click();
    await expect(page).toHaveURL(/\?saved=archived$/);
    await expect(page.getByRole('button', { name: 'Remettre en service' })).toBeVisible();
    await expect(address).toHaveValue(typed);

    await page.getByRole('button', { name: 'Remettre en service' }).click();
    await expect(page).toHaveURL(/\?saved=restored$/);
    await expect(address).toHaveValue(typed);

    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page).toHaveURL(/\?saved=updated$/);
    await expect(page.getByText('Les modifications sont enregistrées et déjà visibles sur le site.')).toBeVisible();
    await expect(address).toHaveValue(typed);
  } finally {
    // Put the seed back as the public specs expect it.
    await page.goto(page.url().replace(/\?.*$/, ''));
    await expect(address).toBeVisible();
    if ((await page.getByRole('button', { name: 'Remettre en service' }).count()) > 0) {
      await page.getByRole('button', { name: 'Remettre en service' }).click();
      await expect(page).toHaveURL(/\?saved=restored$/);
    }
    if ((await address.inputValue()) !== stored) {
      await address.fill(stored);
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(page).toHaveURL(/\?saved=updated$/);
      await expect(address).toHaveValue(stored);
    }
  }
});
