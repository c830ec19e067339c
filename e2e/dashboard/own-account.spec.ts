/**
 * "My account", for every role: a writer opens it from the header, renames themselves (the header
 * follows), is told at the field when the current password is wrong, then changes their password:
 * this browser stays signed in, another one is signed out at its next request, and the new
 * password is the one that signs in. The page passes axe in French and in Arabic.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from '../fixtures';
import { type Account, createAccount, PASSWORD, signIn } from './support';

const stamp = Date.now().toString(36);
const ME: Account = { email: `compte.${stamp}@e2e.example.org`, name: `Wanda ${stamp}`, role: 'writer' };
const NEW_PASSWORD = `une autre phrase de passe ${stamp}`;

test.beforeAll(() => createAccount(ME));

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('a writer renames themselves and changes their password; their other sessions end', async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await (await browser.newContext()).newPage();
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(page, ME);
  await signIn(elsewhere, ME);

  await page.getByRole('banner').getByRole('link', { name: 'Mon compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Mon compte' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText(ME.email)).toBeVisible();

  const renamed = `Wanda Diallo ${stamp}`;
  await field(page, 'Nom').fill(renamed);
  await page.getByRole('button', { name: 'Enregistrer le nom' }).click();
  await expect(page.getByText('Votre nom est enregistré.')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(`Connecté : ${renamed}`);

  // A wrong current password: said at its field, nothing changed.
  await field(page, 'Mot de passe actuel').fill('pas le bon mot de passe');
  await field(page, 'Nouveau mot de passe').fill(NEW_PASSWORD);
  await field(page, 'Confirmer le nouveau mot de passe').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(field(page, 'Mot de passe actuel')).toHaveAccessibleDescription(/Ce n’est pas votre mot de passe actuel\./);

  await field(page, 'Mot de passe actuel').fill(PASSWORD);
  await field(page, 'Nouveau mot de passe').fill(NEW_PASSWORD);
  await field(page, 'Confirmer le nouveau mot de passe').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(page.getByText('Votre mot de passe est changé. Vos sessions sur les autres appareils sont fermées.')).toBeVisible();

  // This browser was signed in again with the new password; the other one was signed out.
  await page.goto('/fr/dashboard/articles');
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles$/);
  await elsewhere.goto('/fr/dashboard/articles');
  await expect(elsewhere).toHaveURL(/\/fr\/sign-in/);
  await expect(elsewhere.getByText('Votre session a été fermée')).toBeVisible();

  // The old password no longer signs in; the new one does.
  await field(elsewhere, 'Adresse e-mail').fill(ME.email);
  await field(elsewhere, 'Mot de passe').fill(PASSWORD);
  await elsewhere.locator('form button[type=submit]').click();
  await expect(elsewhere.getByText('Adresse e-mail ou mot de passe incorrect.')).toBeVisible();
  await field(elsewhere, 'Mot de passe').fill(NEW_PASSWORD);
  await elsewhere.locator('form button[type=submit]').click();
  await expect(elsewhere).toHaveURL(/\/fr\/dashboard/);
  await page.context().close();
  await elsewhere.context().close();
});

for (const locale of ['fr', 'ar'] as const) {
  test(`axe: the account page in ${locale}, with a refusal shown`, async ({ page }) => {
    const who: Account = { ...ME, email: `axe.${locale}.${stamp}@e2e.example.org` };
    createAccount(who);
    await signIn(page, who, locale);
    await page.goto(`/${locale}/dashboard/account`);
    await page.getByRole('button', { name: locale === 'ar' ? 'تغيير كلمة المرور' : 'Changer le mot de passe' }).click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await expectNoA11yViolations(page);
  });
}
