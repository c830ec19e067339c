/**
 * Signing in with the keyboard: the form and its button give way to the dashboard, which streams
 * in after the redirect; the focus then goes to the new page's heading (components/ui/focus.ts),
 * not to the page's body, where a screen reader would start reading from the top again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures';
import { ADMIN, PASSWORD, ensureAdmin } from './support';

const auth = (locale: string): { email: string; password: string } =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages', `${locale}.json`), 'utf8')).Auth;

for (const locale of ['fr', 'ar'] as const) {
  test(`${locale}: after signing in, the focus is on the dashboard's heading`, async ({ browser }) => {
    // The account exists (any spec may come first), in a browser of its own.
    const setup = await (await browser.newContext()).newPage();
    await ensureAdmin(setup);
    await setup.context().close();

    const page = await (await browser.newContext()).newPage();
    await page.goto(`/${locale}/sign-in`);
    await page.getByLabel(auth(locale).email, { exact: true }).fill(ADMIN.email);
    await page.getByLabel(auth(locale).password, { exact: true }).fill(PASSWORD);
    await page.getByLabel(auth(locale).password, { exact: true }).press('Enter');
    await expect(page).toHaveURL((url) => url.pathname === `/${locale}/dashboard`);
    const heading = page.locator('main h1').filter({ visible: true });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await page.context().close();
  });
}
