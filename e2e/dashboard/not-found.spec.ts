/**
 * A dashboard address that leads nowhere — a mistyped id, a language the site does not have, a
 * screen that does not exist — says so inside the dashboard's frame, in the interface language,
 * with the way back to its work; signed out, it asks for sign-in first and says nothing of what exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, signIn } from './support';

const ar = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages/ar.json'), 'utf8')) as {
  Dashboard: Record<'notFoundTitle' | 'notFoundBack' | 'navLabel' | 'title', string>;
};

test('an address that leads nowhere in the dashboard is said in its frame, with the way back', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  for (const address of ['/fr/dashboard/articles/not-an-id/fr', '/fr/dashboard/no-such-screen', '/fr/dashboard/articles/00000000-0000-4000-8000-000000000000/fr']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: 'Introuvable' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Rubriques de la rédaction' })).toBeVisible();
    await expect(page).toHaveTitle('Introuvable — Rédaction');
    // The page's own title, streamed in after, does not take it back.
    await page.waitForTimeout(1000);
    expect(await page.title()).toBe('Introuvable — Rédaction');
  }
  // Leaving gives the next page its own title.
  await page.getByRole('link', { name: 'Retour à la rédaction' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles$/);
  await expect(page).toHaveTitle('Articles — Rédaction');
  await page.goto('/fr/dashboard/articles/not-an-id/fr');
  await expect(page).toHaveTitle('Introuvable — Rédaction');
  await page.getByRole('navigation', { name: 'Rubriques de la rédaction' }).getByRole('link', { name: 'Thèmes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thèmes' })).toBeVisible();
  await expect(page).toHaveTitle('Thèmes — Rédaction');

  await page.goto('/ar/dashboard/no-such-screen/at/all');
  await expect(page.getByRole('heading', { level: 1, name: ar.Dashboard.notFoundTitle })).toBeVisible();
  await expect(page.getByRole('navigation', { name: ar.Dashboard.navLabel })).toBeVisible();
  await expect(page.getByRole('link', { name: ar.Dashboard.notFoundBack })).toHaveAttribute('href', '/ar/dashboard');
});

test('signed out, an address that leads nowhere in the dashboard asks for sign-in first', async ({ page }) => {
  await page.goto('/fr/dashboard/no-such-screen');
  await expect(page).toHaveURL((url) => url.pathname === '/fr/sign-in' && url.searchParams.get('next') === '/fr/dashboard/no-such-screen');
});
