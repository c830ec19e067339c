/**
 * The first administrator, created through the one-time link the server prints while no admin
 * exists (the e2e server writes it to its state file). The link works once per server, and
 * Playwright runs spec files in path order with one worker: hence "00-" at the top of e2e/, so
 * this runs before any folder (admin/, dashboard/, site/);
 * every other spec signs in with the same account (e2e/dashboard/support.ts, ensureAdmin).
 */
import { expect, test } from './fixtures';
import { ADMIN, e2eState, ensureAdmin } from './dashboard/support';

test('the first admin is created through the printed setup link, which then stops working', async ({ page }) => {
  const { setupUrl } = e2eState();
  // Without the token (or with a wrong one) the page refuses.
  await page.goto('/fr/setup?token=not-the-token');
  await expect(page.getByText(/Ce lien de création n’est pas valide/)).toBeVisible();
  await expect(page.getByLabel('Confirmer le mot de passe')).toHaveCount(0);
  // This spec runs first (see above): the printed link must open the form. No skip here, so a
  // broken setup page fails the run instead of passing unnoticed.
  const first = await page.goto(setupUrl);
  expect(first?.status()).toBe(200);
  await expect(page.getByLabel('Confirmer le mot de passe')).toBeVisible();
  await ensureAdmin(page);
  await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
  await expect(page.getByText(`Connecté : ${ADMIN.name}`)).toBeVisible();
  const again = await page.context().newPage();
  await again.goto(setupUrl);
  // Once an admin exists the setup page is gone (the localized "not found" page), form and all.
  await expect(again.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await expect(again.getByLabel('Confirmer le mot de passe')).toHaveCount(0);
});
