/**
 * The account menu on a phone (who is signed in; languages, the site, signing out) is a
 * disclosure: Escape closes it from inside and gives the focus back to its summary, in French
 * and Arabic. On a wide screen, where its content is always shown, Escape changes nothing.
 */
import { expect, test } from '../fixtures';
import { DESKTOP, PHONE } from '../admin/phone';
import { ensureAdmin } from './support';

test('Escape closes the account menu on a phone and leaves the wide header alone', async ({ page }) => {
  await ensureAdmin(page);
  for (const locale of ['fr', 'ar']) {
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/dashboard`);
    const menu = page.locator('details.dashboard-account');
    const summary = menu.locator('summary');
    const signOut = menu.getByRole('button');
    await summary.click();
    await expect(signOut, `${locale}: the menu opened`).toBeVisible();
    await signOut.focus();
    await page.keyboard.press('Escape');
    await expect(signOut, `${locale}: closed by Escape`).toBeHidden();
    await expect(summary, `${locale}: the focus back on the summary`).toBeFocused();

    await page.setViewportSize(DESKTOP);
    await signOut.focus();
    await page.keyboard.press('Escape');
    await expect(signOut, `${locale}: still shown on a wide screen`).toBeVisible();
    await expect(signOut, `${locale}: the focus stays`).toBeFocused();
  }
});
