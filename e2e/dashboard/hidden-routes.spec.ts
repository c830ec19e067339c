/**
 * Next keeps screens visited before mounted but hidden (React Activity, with cacheComponents),
 * so a screen can be in the document twice after a back-and-forth. A label must still lead to
 * the visible copy's control: ids are made per instance, never fixed. Each test goes to a screen,
 * away, back, and then uses a form by its labels — as a person (or assistive technology) would.
 */
import { expect, test } from '../fixtures';
import { ADMIN, PASSWORD, ensureAdmin } from './support';

const stamp = Date.now().toString(36);

test('a list filtered, then cleared, then left and came back to: its search field still answers to its label', async ({ page }) => {
  await ensureAdmin(page);
  // The same list screen under two addresses: filtered (hidden once cleared) and unfiltered.
  await page.goto('/fr/dashboard/articles?status=draft');
  await page.getByRole('link', { name: 'Effacer les filtres' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/fr/dashboard/articles' && url.search === '');
  await page.getByRole('navigation', { name: 'Rubriques de la rédaction' }).getByRole('link', { name: 'Bureaux' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bureaux' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();

  const search = page.getByLabel('Rechercher', { exact: true }).filter({ visible: true });
  await expect(search).toHaveCount(1);
  await search.fill('Montevideo');
  await expect(search).toHaveValue('Montevideo');
  await search.press('Enter');
  await expect(page).toHaveURL(/[?&]q=Montevideo/);
  await expect(page.getByRole('status').filter({ hasText: /article/ })).toBeVisible();
});

test('a form left for another screen and came back to is filled by its labels and sent', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/users/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvel utilisateur' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Rubriques de la rédaction' });
  await nav.getByRole('link', { name: 'Structure' }).click();
  await page.getByRole('link', { name: 'Nouvelle unité' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle unité' })).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvel utilisateur' })).toBeVisible();

  const form = page.getByRole('main');
  await form.getByLabel('Nom', { exact: true }).filter({ visible: true }).fill(`Nadia Navigation ${stamp}`);
  await form.getByLabel('Adresse e-mail').filter({ visible: true }).fill(`nadia.${stamp}@e2e.example.org`);
  await form.getByLabel('Rôle').filter({ visible: true }).selectOption('editor');
  await expect(form.getByLabel('Rôle').filter({ visible: true })).toHaveAccessibleDescription(/Rédacteur\s: rédige et soumet/);
  await form.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByText('Lien à usage unique pour choisir un mot de passe')).toBeVisible();
});

test('a dashboard address opened signed out comes back to that address after signing in', async ({ page, browser }) => {
  await ensureAdmin(page);
  // A fresh browser: nobody signed in. The link is the offices screen (a review link works alike).
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto('/fr/dashboard/offices?q=Montevideo');
  // The address as asked for, its query too (proxy.ts sends a request without a session cookie).
  await expect(visitor).toHaveURL((url) => url.pathname === '/fr/sign-in' && url.searchParams.get('next') === '/fr/dashboard/offices?q=Montevideo');
  await visitor.getByLabel('Adresse e-mail', { exact: true }).fill(ADMIN.email);
  await visitor.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await visitor.locator('form button[type=submit]').click();
  await expect(visitor).toHaveURL((url) => url.pathname === '/fr/dashboard/offices' && url.searchParams.get('q') === 'Montevideo');
  await expect(visitor.getByRole('heading', { level: 1, name: 'Bureaux' })).toBeVisible();
  await context.close();
});
