/**
 * A preview link (`/<content locale>/preview/articles/<id>?ui=<interface locale>`) opened
 * without a session — shared with a colleague — goes through sign-in, in the interface language
 * it names, and comes back to the very same address, `?ui=` included: the bar above the preview
 * is in the interface language again, the article in its own.
 */
import { expect, test } from '../fixtures';
import { ADMIN, ensureAdmin, PASSWORD } from './support';

const EN_TITLE = 'IOM Director General to attend Ibero-American Summit'; // the seeded release

test('signing in from a preview link keeps ?ui=: French bar over the English translation', async ({ page, browser }) => {
  await ensureAdmin(page);
  // The seeded release has an English translation; its editor, from the French interface.
  await page.goto(`/fr/dashboard/articles?q=${encodeURIComponent(EN_TITLE)}`);
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link', { name: /^English\s:/ }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/en$/);
  const id = new URL(page.url()).pathname.split('/')[4]!;
  const previewLink = page.getByRole('link', { name: 'Aperçu', exact: true }).filter({ visible: true });
  await expect(previewLink).toHaveAttribute('href', `/en/preview/articles/${id}?ui=fr`);
  const previewUrl = new URL((await previewLink.getAttribute('href'))!, page.url()).href;

  const context = await browser.newContext();
  const guest = await context.newPage();
  await guest.goto(previewUrl);
  await expect(guest).toHaveURL((url) => url.pathname === '/fr/sign-in' && url.searchParams.get('next') === `/en/preview/articles/${id}?ui=fr`);
  await guest.getByLabel('Adresse e-mail', { exact: true }).fill(ADMIN.email);
  await guest.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await guest.getByRole('button', { name: 'Se connecter' }).click();

  await expect(guest).toHaveURL((url) => url.pathname === `/en/preview/articles/${id}` && url.searchParams.get('ui') === 'fr');
  await expect(guest.locator('html')).toHaveAttribute('lang', 'en');
  await expect(guest.getByRole('heading', { level: 1, name: EN_TITLE })).toBeVisible();
  const bar = guest.getByRole('note').filter({ hasText: 'Aperçu : cette version n’est peut-être pas encore visible des lecteurs.' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('lang', 'fr');
  await expect(bar.getByRole('link', { name: 'Retour à l’édition' })).toHaveAttribute('href', `/fr/dashboard/articles/${id}/en`);
  await context.close();
});
