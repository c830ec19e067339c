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

test('without a session cookie, any dashboard address is a 307 to sign-in, coming back to it; with one, the page decides', async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const [address, next] of [
    ['/ar/dashboard/articles?status=draft', '/ar/dashboard/articles?status=draft'],
    ['/fr/dashboard', '/fr/dashboard'],
    ['/es/dashboard/no-such-screen', '/es/dashboard/no-such-screen'],
  ]) {
    const response = await anonymous.get(address!, { maxRedirects: 0 });
    expect(response.status(), address).toBe(307);
    const location = new URL(response.headers().location!, baseURL);
    expect(location.pathname, address).toBe(`/${address!.slice(1, 3)}/sign-in`);
    expect(location.searchParams.get('next'), address).toBe(next);
    expect(response.headers()['cache-control'], address).toBe('private, no-store');
    expect(response.headers()['set-cookie'], address).toBeUndefined();
  }
  // Not for what answers and audits its own refusal: a server action's POST, the audit export.
  expect((await anonymous.get('/fr/dashboard/audit/export', { maxRedirects: 0 })).status()).toBe(401);
  expect((await anonymous.post('/fr/dashboard/articles', { maxRedirects: 0, form: { x: '1' } })).status()).not.toBe(307);
  await anonymous.dispose();
  // A cookie that is no session (expired, forged): the page itself sends to sign-in.
  const stale = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: 'authjs.session-token=not-a-session' } });
  const response = await stale.get('/fr/dashboard/articles', { maxRedirects: 0 });
  expect(response.status()).not.toBe(307);
  expect(await response.text()).toContain('/fr/sign-in?next=%2Ffr%2Fdashboard%2Farticles');
  await stale.dispose();
});
