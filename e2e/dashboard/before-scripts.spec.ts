/**
 * Buttons that ask a question before they act ("Archiver", "Dépublier") open it from the page's
 * script. Pressed before the script runs (a slow network, a fast hand, a test clicking right
 * after load), they used to do nothing and say nothing: they are disabled until the page is live,
 * like the submit buttons that need the script (components/ui/button.tsx needsScript). The page's
 * scripts are held back here to look at the page as the server sent it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, ensureAdmin, signIn } from './support';

/** Holds the page's script files back until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.startsWith('/_next/static/chunks/') && url.pathname.endsWith('.js'),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  return release;
}

/**
 * Opens `href` with its scripts held back: the `trigger` button is there and disabled; once the
 * scripts run it is enabled, and pressed it asks (its `confirm` button shows), then is cancelled.
 */
async function disabledUntilLive(page: Page, href: string, trigger: string, confirm: string): Promise<void> {
  const release = await holdScripts(page);
  await page.goto(href, { waitUntil: 'commit' });
  const button = page.getByRole('button', { name: trigger, exact: true }).filter({ visible: true });
  await expect(button).toBeDisabled();
  release();
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page.getByRole('button', { name: confirm, exact: true }).filter({ visible: true })).toBeVisible();
  await page.getByRole('button', { name: 'Annuler', exact: true }).filter({ visible: true }).click();
  await expect(button).toBeVisible();
}

test('a question button (ConfirmAction) is disabled until the page is live, then asks', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/offices');
  const office = await page.getByRole('main').getByRole('link', { name: 'Bureau de l’OIM à Montevideo' }).getAttribute('href');
  await disabledUntilLive(page, office!, 'Archiver', 'Oui, archiver');
});

test('a release step that asks first (Dépublier) is disabled until the page is live, then asks', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  await page.goto('/fr/dashboard/articles');
  const editor = await page.getByRole('link', { name: 'Le Directeur général de l’OIM assistera au Sommet ibéro-américain' }).getAttribute('href');
  await disabledUntilLive(page, editor!, 'Dépublier', 'Oui, dépublier');
});
