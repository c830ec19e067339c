/**
 * A release's settings every language shares (type, office, topics, countries, image) changed by
 * an editor on a writer's draft: the writer's header names the editor as the last to save it,
 * and its history says who, when and what, in words. A translation made from another translation
 * (the Spanish from the English) is flagged "to update" when the French changes, with what
 * changed in the French shown beside it.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { type Account, allSaved, appendToBody, createAccount, EDITOR, signIn, stateChip, whenBodyLive, WRITER } from './support';

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
let url = '';

async function as(browser: Browser, account: Account): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

test('an editor’s change of a writer’s shared settings shows in the writer’s header and history', async ({ browser }) => {
  test.setTimeout(60_000);
  createAccount(WRITER);
  createAccount(EDITOR);
  const writer = await as(browser, WRITER);
  await writer.goto('/fr/dashboard/articles/new');
  await whenBodyLive(writer, writer.getByRole('textbox', { name: 'Texte' }));
  await writer.keyboard.type('Texte de la rédactrice.');
  await writer.getByLabel('Titre').filter({ visible: true }).fill(`Réglages ${stamp}`);
  await writer.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(writer)).toBeVisible();
  await writer.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);
  url = new URL(writer.url()).pathname;
  await expect(writer.getByText(`Version 1, enregistrée par ${WRITER.name} le`, { exact: false })).toBeVisible();

  const editor = await as(browser, EDITOR);
  await editor.goto(url);
  await editor.getByLabel('Type', { exact: true }).filter({ visible: true }).selectOption({ label: 'Actualité' });
  await editor.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(editor)).toBeVisible();
  await editor.context().close();

  await writer.reload();
  await expect(writer.getByText(`Version 1, enregistrée par ${EDITOR.name} le`, { exact: false })).toBeVisible();
  await expect(writer.getByText('(réglages communs modifiés : Type)')).toBeVisible();

  await writer.getByRole('link', { name: 'Historique' }).click();
  const row = writer.getByRole('row', { name: /Réglages communs/ });
  await expect(row).toContainText(EDITOR.name);
  await expect(row).toContainText('Type : Actualité (auparavant : Communiqué de presse)');
  await expect(writer.getByRole('row', { name: /Version 1/ })).toContainText(WRITER.name);
  await writer.context().close();
});

test('a Spanish made from the English is flagged when the French changes, with the French changes beside it', async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await as(browser, EDITOR);
  const translate = async (lang: string, language: string, from?: string) => {
    await page.goto(url.replace(/\/fr$/, `/${lang}`));
    if (from) await page.getByLabel('Traduire à partir de').selectOption({ label: from });
    await page.getByRole('button', { name: `Traduire en ${language}` }).click();
    await expect(page.getByRole('heading', { name: /^Source : / })).toBeVisible();
  };
  await translate('en', 'anglais');
  await translate('es', 'espagnol', 'English — Brouillon');
  await expect(page.getByRole('heading', { name: 'Source : anglais, version 1' })).toBeVisible();
  await expect(stateChip(page, 'À mettre à jour')).toHaveCount(0);

  await page.goto(url);
  await appendToBody(page, ' Phrase ajoutée en français.');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();

  await page.goto(url.replace(/\/fr$/, '/es'));
  await expect(stateChip(page, 'À mettre à jour')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Modifié en français depuis le texte en anglais que suit cette traduction \(version 1 → 2\)/ })).toBeVisible();
  await expect(page.locator('ins').filter({ hasText: 'Phrase ajoutée en français.' })).toBeVisible();
  // Nothing new in the English to carry over: no "changes carried over" to tick.
  await expect(page.getByRole('checkbox', { name: /La source a changé depuis cette traduction/ })).toHaveCount(0);
  await page.context().close();
});

test('a version no account saved (the imported demo content) says it was imported, not “someone else”', async ({ browser }) => {
  createAccount(EDITOR);
  const editor = await as(browser, EDITOR);
  await editor.goto(`/fr/dashboard/articles?q=${encodeURIComponent('Sommet ibéro-américain')}`);
  await editor.getByRole('link', { name: /Le Directeur général de l’OIM assistera au Sommet ibéro-américain/ }).first().click();
  await editor.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);
  await expect(editor.getByText('Version 1, importée le', { exact: false })).toBeVisible();
  await expect(editor.getByText('Quelqu’un d’autre')).toHaveCount(0);
  await editor.goto(`${new URL(editor.url()).pathname}/history`);
  await expect(editor.getByRole('row', { name: /Version 1/ }).getByRole('cell', { name: 'Import', exact: true })).toBeVisible();
  await editor.context().close();
});
