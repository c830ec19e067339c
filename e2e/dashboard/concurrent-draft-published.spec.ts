/**
 * Two editors on one release: Eric has his draft open while Edith publishes it as it is. His
 * "Enregistrer le brouillon" then would have put his new text online, unreviewed, while the
 * button said it stays a draft: it is refused, nothing saved, his text kept, the editor showing
 * the published release; saved again from there ("Enregistrer (en ligne)"), it goes through.
 * An English release: a French one published now would come before the demo release on the
 * French news list the site specs open.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allSaved, createAccount, EDITOR, EDITOR2, signedIn, stateChip, whenBodyLive, withClient } from './support';

const titleField = (page: Page) => page.getByLabel('Titre', { exact: true }).filter({ visible: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true });
const bodyField = (page: Page) => page.getByRole('textbox', { name: 'Texte' }).filter({ visible: true });

async function storedText(url: string): Promise<{ status: string; body_text: string; version: number }> {
  const [, articleId] = /articles\/([0-9a-f-]{36})\//.exec(url)!;
  return withClient(async (c) => (await c.query(`select status, body_text, version from article_translations where article_id = $1 and locale = 'en'`, [articleId])).rows[0]);
}

test('“save the draft” on a release a colleague published meanwhile: refused, nothing online changes, the text kept', async ({ browser }) => {
  test.setTimeout(90_000);
  createAccount(EDITOR);
  createAccount(EDITOR2);

  // Eric writes a draft and keeps it open.
  const eric = await signedIn(browser, EDITOR2);
  await eric.goto('/fr/dashboard/articles/new?lang=en');
  await whenBodyLive(eric, bodyField(eric));
  await eric.keyboard.type('Reviewed text.');
  await titleField(eric).fill(`Brouillon publié entre-temps ${Date.now().toString(36)}`);
  await button(eric, 'Enregistrer le brouillon').click();
  await expect(allSaved(eric)).toBeVisible();
  await eric.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/en(\?|$)/);
  const url = new URL(eric.url()).pathname;
  await expect(stateChip(eric, 'Brouillon')).toBeVisible();

  // Edith publishes it as it is.
  const edith = await signedIn(browser, EDITOR);
  await edith.goto(url);
  await button(edith, 'Enregistrer et publier').click();
  await expect(stateChip(edith, 'Publié')).toBeVisible();
  await edith.context().close();

  // Eric adds a sentence not yet reviewed and saves his "draft".
  await bodyField(eric).click();
  await eric.keyboard.press('ControlOrMeta+End');
  await eric.keyboard.type(' Unreviewed sentence.');
  await button(eric, 'Enregistrer le brouillon').click();
  await expect(eric.getByText('Son état a changé depuis l’ouverture de la page', { exact: false }).filter({ visible: true })).toBeVisible();
  await expect(bodyField(eric)).toHaveText('Reviewed text. Unreviewed sentence.');
  expect(await storedText(url)).toEqual({ status: 'published', body_text: 'Reviewed text.', version: 1 });

  // The editor shows the published release; saved from there, knowingly, it goes through.
  await expect(stateChip(eric, 'Publié')).toBeVisible();
  await expect(button(eric, 'Enregistrer le brouillon')).toHaveCount(0);
  await button(eric, 'Enregistrer (en ligne)').click();
  await expect(allSaved(eric)).toBeVisible();
  expect(await storedText(url)).toEqual({ status: 'published', body_text: 'Reviewed text. Unreviewed sentence.', version: 2 });
  await eric.context().close();
});
