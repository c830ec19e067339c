/**
 * An organization page's editor whose save was refused because a colleague published the
 * translation since it was opened (with a new version of the text, or as it was, from the
 * state panel): the editor then acts on the state now stored — the header's state chip, the
 * state panel (version, who saved it, the publish or unpublish button), the save buttons and
 * what the next save does — without the page being read again; the person's text stays in
 * the form and their next save goes through.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allSaved, createAccount, EDITOR, EDITOR2, signedIn, stateChip, withClient } from '../dashboard/support';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true });
const summary = (page: Page) => page.getByLabel('Résumé', { exact: true }).filter({ visible: true });
const statePanel = (page: Page) => page.getByRole('main').getByRole('complementary');

/** `page` creates a page (its French text, a draft) and stays on its editor; the editor's address. */
async function draftPage(page: Page, title: string): Promise<string> {
  await page.goto('/fr/dashboard/pages/new');
  await page.getByLabel('Titre (français)').fill(title);
  await page.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Texte en français/ })).toBeVisible();
  await expect(stateChip(page, 'Brouillon')).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Types in the summary once the form is live (a value typed before is reset as it hydrates). */
async function typeSummary(page: Page, text: string): Promise<void> {
  await expect(async () => {
    await summary(page).fill(text);
    await expect(page.getByText('Modifications non enregistrées').filter({ visible: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

async function stored(url: string): Promise<{ status: string; summary: string | null; version: number }> {
  const [, pageId] = /pages\/([0-9a-f-]{36})\//.exec(url)!;
  return withClient(async (c) => (await c.query(`select status, summary, version from page_translations where page_id = $1 and locale = 'fr'`, [pageId])).rows[0]);
}

/**
 * Takes the page off the site again: a published top-level page joins the site's navigation,
 * which the site specs read as seeded (a long one widens the bar past the window).
 */
async function unpublish(page: Page): Promise<void> {
  await button(page, 'Dépublier').click();
  await page.getByRole('button', { name: 'Oui, dépublier' }).click();
  await expect(page.getByText('Dépubliée : la page a quitté le site', { exact: false }).filter({ visible: true })).toBeVisible();
}

/** What a draft's editor offers, and what it offers once published. */
async function expectDraftEditor(page: Page): Promise<void> {
  await expect(stateChip(page, 'Brouillon')).toBeVisible();
  await expect(button(page, 'Enregistrer le brouillon')).toBeVisible();
  await expect(button(page, 'Enregistrer et publier')).toBeVisible();
  await expect(button(page, 'Publier la version enregistrée')).toBeVisible();
}
async function expectPublishedEditor(page: Page): Promise<void> {
  await expect(stateChip(page, 'Publiée')).toBeVisible();
  await expect(button(page, 'Enregistrer (en ligne)')).toBeVisible();
  await expect(button(page, 'Enregistrer et publier')).toHaveCount(0);
  await expect(button(page, 'Enregistrer le brouillon')).toHaveCount(0);
  await expect(button(page, 'Dépublier')).toBeVisible();
  await expect(button(page, 'Publier la version enregistrée')).toHaveCount(0);
}

test('a page a colleague saved and published meanwhile: after the conflict the editor acts on the published page', async ({ browser }) => {
  test.setTimeout(120_000);
  createAccount(EDITOR);
  createAccount(EDITOR2);
  const eric = await signedIn(browser, EDITOR2);
  const url = await draftPage(eric, `QA-Conflit publié ${Date.now().toString(36)}`);
  await expectDraftEditor(eric);

  // Edith gives it a summary and publishes it (version 2).
  const edith = await signedIn(browser, EDITOR);
  await edith.goto(url);
  await typeSummary(edith, 'Le résumé d’Edith.');
  await button(edith, 'Enregistrer et publier').click();
  await expect(stateChip(edith, 'Publiée')).toBeVisible();
  await edith.context().close();

  // Eric saves his draft: refused, his text kept.
  await typeSummary(eric, 'Le résumé d’Eric.');
  await button(eric, 'Enregistrer le brouillon').click();
  await expect(eric.getByText(`${EDITOR.name} a enregistré la version 2`, { exact: false }).filter({ visible: true }).first()).toBeVisible();
  await expect(summary(eric)).toHaveValue('Le résumé d’Eric.');

  // The editor now acts on the published version 2: header, state panel, buttons.
  await expectPublishedEditor(eric);
  await expect(statePanel(eric)).toContainText(`Version 2, par ${EDITOR.name}`);

  // His text kept over hers, saved from there without reading the page again: it goes live.
  await button(eric, 'Garder mes modifications sur la version 2').click();
  await button(eric, 'Enregistrer (en ligne)').click();
  await expect(allSaved(eric)).toBeVisible();
  await expect(statePanel(eric)).toContainText(`Version 3, par ${EDITOR2.name}`);
  expect(await stored(url)).toEqual({ status: 'published', summary: 'Le résumé d’Eric.', version: 3 });
  await unpublish(eric);
  await eric.context().close();
});

test('a page a colleague published as it was meanwhile: the draft save is refused, and the editor acts on the published page', async ({ browser }) => {
  test.setTimeout(120_000);
  createAccount(EDITOR);
  createAccount(EDITOR2);
  const eric = await signedIn(browser, EDITOR2);
  const url = await draftPage(eric, `QA-Publié tel quel ${Date.now().toString(36)}`);

  // Edith publishes the saved version from the state panel (the text's version stays 1).
  const edith = await signedIn(browser, EDITOR);
  await edith.goto(url);
  await button(edith, 'Publier la version enregistrée').click();
  await expect(stateChip(edith, 'Publiée')).toBeVisible();
  await edith.context().close();

  // Eric's "save the draft" would put his text online: refused, nothing saved, his text kept.
  await typeSummary(eric, 'Pas encore pour les lecteurs.');
  await button(eric, 'Enregistrer le brouillon').click();
  await expect(eric.getByText(`${EDITOR.name} a publié cette page depuis que vous l’avez ouverte`, { exact: false }).filter({ visible: true })).toBeVisible();
  await expect(summary(eric)).toHaveValue('Pas encore pour les lecteurs.');
  expect(await stored(url)).toEqual({ status: 'published', summary: null, version: 1 });
  await expectPublishedEditor(eric);

  // Saved knowingly on the live page: it goes through.
  await button(eric, 'Enregistrer (en ligne)').click();
  await expect(allSaved(eric)).toBeVisible();
  expect(await stored(url)).toEqual({ status: 'published', summary: 'Pas encore pour les lecteurs.', version: 2 });
  await unpublish(eric);
  await eric.context().close();
});
