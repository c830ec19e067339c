/**
 * A translation a writer may not change (published, archived): its text is shown, not edited —
 * the body as much as the title and the other fields. Typing in it changes nothing, so leaving
 * asks nothing (there is nothing unsaved to lose), and assistive technology is told it is read-only.
 */
import { expect, test } from '../fixtures';
import { createAccount, signIn, withClient, WRITER } from './support';

const DEMO_SLUG = 'le-directeur-general-de-loim-assistera-au-sommet-ibero-americain';

test('a writer on a published release: the body takes no typing, and leaving asks nothing', async ({ page }) => {
  createAccount(WRITER);
  const articleId = await withClient(async (c) => (await c.query<{ article_id: string }>(`select article_id from article_translations where locale = 'fr' and slug = $1`, [DEMO_SLUG])).rows[0]!.article_id);
  await signIn(page, WRITER);
  await page.goto(`/fr/dashboard/articles/${articleId}/fr`);
  await expect(page.getByText('Cette traduction est publiée ou archivée : seuls les éditeurs peuvent la modifier.')).toBeVisible();
  const body = page.getByRole('textbox', { name: 'Texte' });
  // Present once the editor is made in the browser.
  await expect(body).toHaveAttribute('aria-readonly', 'true');
  await expect(body).toHaveAttribute('contenteditable', 'false');
  const before = await body.innerText();
  await body.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('zzz');
  await page.keyboard.press('Enter');
  await expect(body).not.toContainText('zzz');
  expect(await body.innerText()).toBe(before);

  await page.getByRole('link', { name: 'Tous les articles' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/fr/dashboard/articles');
  await expect(page.getByText('Quitter sans enregistrer ?')).toHaveCount(0);
});
