/**
 * Two editors on one release: Eric has the history of his draft open while Edith publishes it as
 * it is. His "Restaurer la version 1" asked nothing (a draft's restore changes nothing readers
 * see), and would have put the old text online at once: it is refused, nothing restored, and the
 * history, drawn again, shows the release online — its restore now asks first, and confirmed, it
 * goes through. An English release: a French one published now would come before the demo
 * release on the French news list the site specs open.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allSaved, createAccount, EDITOR, EDITOR2, signedIn, stateChip, whenBodyLive, withClient } from './support';

const titleField = (page: Page) => page.getByLabel('Titre', { exact: true }).filter({ visible: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true });
const bodyField = (page: Page) => page.getByRole('textbox', { name: 'Texte' }).filter({ visible: true });

async function stored(url: string): Promise<{ status: string; body_text: string; version: number }> {
  const [, articleId] = /articles\/([0-9a-f-]{36})\//.exec(url)!;
  return withClient(async (c) => (await c.query(`select status, body_text, version from article_translations where article_id = $1 and locale = 'en'`, [articleId])).rows[0]);
}

test('restoring an old version of a draft a colleague published meanwhile: refused, then asked and restored', async ({ browser }) => {
  test.setTimeout(90_000);
  createAccount(EDITOR);
  createAccount(EDITOR2);

  // Eric writes a draft in two versions and opens its history.
  const eric = await signedIn(browser, EDITOR2);
  await eric.goto('/fr/dashboard/articles/new?lang=en');
  await whenBodyLive(eric, bodyField(eric));
  await eric.keyboard.type('First text.');
  await titleField(eric).fill(`Historique publié entre-temps ${Date.now().toString(36)}`);
  await button(eric, 'Enregistrer le brouillon').click();
  await expect(allSaved(eric)).toBeVisible();
  await eric.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/en(\?|$)/);
  const url = new URL(eric.url()).pathname;
  await bodyField(eric).click();
  await eric.keyboard.press('ControlOrMeta+End');
  await eric.keyboard.type(' Reviewed.');
  await button(eric, 'Enregistrer le brouillon').click();
  await expect.poll(async () => (await stored(url)).version).toBe(2);
  await eric.goto(`${url}/history`);
  await expect(button(eric, 'Restaurer la version 1')).toBeVisible();

  // Edith publishes it as it is.
  const edith = await signedIn(browser, EDITOR);
  await edith.goto(url);
  await button(edith, 'Enregistrer et publier').click();
  await expect(stateChip(edith, 'Publié')).toBeVisible();
  await edith.context().close();
  expect(await stored(url)).toEqual({ status: 'published', body_text: 'First text. Reviewed.', version: 2 });

  // His history still shows the draft: the restore asks nothing, and is refused.
  await button(eric, 'Restaurer la version 1').click();
  await expect(eric.getByText('Son état a changé depuis l’ouverture de l’historique', { exact: false })).toBeVisible();
  expect(await stored(url)).toEqual({ status: 'published', body_text: 'First text. Reviewed.', version: 2 });

  // Drawn again, it knows the release is online: the restore asks first, and then goes through.
  await button(eric, 'Restaurer la version 1').click();
  await expect(eric.getByText('Les lecteurs voient cette traduction', { exact: false })).toBeVisible();
  await button(eric, 'Oui, restaurer').click();
  await expect.poll(async () => (await stored(url)).version).toBe(3);
  expect(await stored(url)).toEqual({ status: 'published', body_text: 'First text.', version: 3 });
  await eric.context().close();
});
