/**
 * The sign-in page offers the way back to the public site and the same page in the other
 * languages: a person reads the form in their language before signing in, and the page they
 * asked for (?next=) is kept. It says whom to ask for a forgotten password.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, expectNoA11yViolations, test } from '../fixtures';

const ar = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages/ar.json'), 'utf8')) as {
  Auth: { signInTitle: string; email: string; forgotPassword: string };
  Site: { orgName: string };
  Header: { languages: string };
};

test('the sign-in page switches language, keeping the page asked for, and leads back to the site', async ({ page }) => {
  await page.goto('/fr/sign-in?next=/fr/dashboard/pages');
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Organisation internationale pour les migrations' })).toHaveAttribute('href', '/fr');
  // A forgotten password: whom to ask, as the app sends no e-mail.
  await expect(page.getByText('Mot de passe oublié ? Demandez à un administrateur un lien pour en choisir un nouveau.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/ar/sign-in' && url.searchParams.get('next') === '/fr/dashboard/pages');
  await expect(page.getByRole('heading', { level: 1, name: ar.Auth.signInTitle })).toBeVisible();
  await expect(page.getByLabel(ar.Auth.email, { exact: true })).toBeVisible();
  await expect(page.getByText(ar.Auth.forgotPassword)).toBeVisible();
  await expect(page.getByRole('navigation', { name: ar.Header.languages }).getByRole('link', { name: 'العربية' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('link', { name: ar.Site.orgName })).toHaveAttribute('href', '/ar');
  await expectNoA11yViolations(page);
});
