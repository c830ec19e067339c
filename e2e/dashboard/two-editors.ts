/**
 * Two editors on one English release (e2e/dashboard/concurrent-*.spec.ts and
 * restore-after-publish.spec.ts): Eric (EDITOR2) writes a draft and keeps a screen of it open,
 * Edith (EDITOR) changes its state meanwhile. English: a French release published now would come
 * before the demo release on the French news list the site specs open.
 */
import type { Browser, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { allSaved, createAccount, EDITOR, EDITOR2, signedIn, stateChip, whenBodyLive, withClient } from './support';

export const titleField = (page: Page) => page.getByLabel('Titre', { exact: true }).filter({ visible: true });
export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true });
export const bodyField = (page: Page) => page.getByRole('textbox', { name: 'Texte' }).filter({ visible: true });

/** The English translation as stored, for the release whose editor address is `url`. */
export async function storedEnglish(url: string): Promise<{ status: string; body_text: string; version: number }> {
  const [, articleId] = /articles\/([0-9a-f-]{36})\//.exec(url)!;
  return withClient(async (c) => (await c.query(`select status, body_text, version from article_translations where article_id = $1 and locale = 'en'`, [articleId])).rows[0]);
}

/** Eric's new English draft, saved once with `text` under `title`: his page and the editor's address. */
export async function ericsDraft(browser: Browser, title: string, text: string): Promise<{ eric: Page; url: string }> {
  createAccount(EDITOR);
  createAccount(EDITOR2);
  const eric = await signedIn(browser, EDITOR2);
  await eric.goto('/fr/dashboard/articles/new?lang=en');
  await whenBodyLive(eric, bodyField(eric));
  await eric.keyboard.type(text);
  await titleField(eric).fill(`${title} ${Date.now().toString(36)}`);
  await button(eric, 'Enregistrer le brouillon').click();
  await expect(allSaved(eric)).toBeVisible();
  await eric.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/en(\?|$)/);
  return { eric, url: new URL(eric.url()).pathname };
}

/** Edith publishes the release at `url` as it is, in a browser of her own. */
export async function edithPublishes(browser: Browser, url: string): Promise<void> {
  const edith = await signedIn(browser, EDITOR);
  await edith.goto(url);
  await button(edith, 'Enregistrer et publier').click();
  await expect(stateChip(edith, 'Publié')).toBeVisible();
  await edith.context().close();
}
