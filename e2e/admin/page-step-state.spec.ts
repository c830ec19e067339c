/**
 * An organization page's editor whose state panel step ("publish the saved version",
 * "unpublish") is refused because a colleague changed the translation since it was opened: the
 * panel says why, and the header's state chip, the state panel and the form's buttons follow the
 * translation as now stored, without the page being read again — published or unpublished as it
 * was, the person acts on the state shown; a new version of the text saved, the panel shows it,
 * but no step is taken on a text the person has not read. After a refused save, the text the
 * translation translates (beside the form) and "changes carried over" follow the source as stored
 * too. Each test makes its own page and leaves it unpublished.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createTranslator } from 'next-intl';
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, EDITOR2, signedIn, stateChip, whenBodyLive, withClient } from '../dashboard/support';

interface Words {
  AdminPages: {
    stateHeading: string;
    publishSaved: string;
    unpublish: string;
    unpublishConfirm: string;
    versionLine: string;
    state: Record<'draft' | 'published', string>;
    refusal: Record<'stepStateChanged' | 'staleStatus', string>;
  };
  PageEditor: Record<'saveLive' | 'saveDraft' | 'saveAndPublish', string>;
}
const words = (locale: string): Words => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, `../../messages/${locale}.json`), 'utf8')) as Words;

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true });
const statePanel = (page: Page, w: Words) => page.getByRole('region', { name: w.AdminPages.stateHeading }).filter({ visible: true });

/** `page` creates a page (its French text, a draft) and stays on its editor; the editor's address (French interface). */
async function draftPage(page: Page, title: string): Promise<string> {
  await page.goto('/fr/dashboard/pages/new');
  await page.getByLabel('Titre (français)').fill(title);
  await page.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Texte en français/ })).toBeVisible();
  await expect(stateChip(page, 'Brouillon')).toBeVisible();
  return new URL(page.url()).pathname;
}

async function stored(url: string, locale = 'fr'): Promise<{ status: string; version: number }> {
  const [, pageId] = /pages\/([0-9a-f-]{36})\//.exec(url)!;
  return withClient(async (c) => (await c.query(`select status, version from page_translations where page_id = $1 and locale = $2`, [pageId, locale])).rows[0]);
}

/** The page is still the one opened: not read again (a reload or a navigation would drop the mark). */
async function markOpened(page: Page): Promise<void> {
  await page.evaluate(() => ((window as { opened?: boolean }).opened = true));
}
const stillOpened = (page: Page) => page.evaluate(() => (window as { opened?: boolean }).opened === true);

for (const locale of ['fr', 'ar'] as const) {
  test(`(${locale}) published as it was meanwhile: "publish the saved version" is refused, and the panel, header and buttons follow the published page`, async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const w = words(locale);
    createAccount(EDITOR);
    createAccount(EDITOR2);
    const edith = await signedIn(browser, EDITOR);
    const url = await draftPage(edith, `QA-Étape ${locale} ${Date.now().toString(36)}`);
    // Eric publishes it and takes it off the site again: his editor is the draft's, as unpublished.
    const eric = await signedIn(browser, EDITOR2, locale);
    await eric.goto(`/${locale}${url.slice(3)}`);
    await button(eric, w.AdminPages.publishSaved).click();
    await expect(stateChip(eric, w.AdminPages.state.published)).toBeVisible();
    await button(eric, w.AdminPages.unpublish).click();
    await button(eric, w.AdminPages.unpublishConfirm).click();
    await expect(stateChip(eric, w.AdminPages.state.draft)).toBeVisible();
    await expect(button(eric, w.AdminPages.publishSaved)).toBeVisible();

    // Edith, whose editor still shows the draft, publishes it as it is (the text's version stays 1).
    await button(edith, 'Publier la version enregistrée').click();
    await expect(stateChip(edith, 'Publiée')).toBeVisible();
    await edith.context().close();

    // Eric's panel still offers to publish: refused, said in the panel (which takes the focus),
    // and the editor now shows and acts on the published page, still the page he opened.
    await markOpened(eric);
    await button(eric, w.AdminPages.publishSaved).click();
    const panel = statePanel(eric, w);
    // It says who published it.
    const stepStateChanged = createTranslator({ locale, messages: w as never })('AdminPages.refusal.stepStateChanged' as never, { name: EDITOR.name, published: 'true' } as never);
    expect(stepStateChanged).toContain(EDITOR.name);
    await expect(panel.getByRole('alert')).toHaveText(stepStateChanged);
    await expect(eric.locator(':focus')).toContainText(stepStateChanged);
    await expect(stateChip(eric, w.AdminPages.state.published)).toBeVisible();
    await expect(button(eric, w.AdminPages.unpublish)).toBeVisible();
    await expect(button(eric, w.AdminPages.publishSaved)).toHaveCount(0);
    await expect(button(eric, w.PageEditor.saveLive)).toBeVisible();
    await expect(button(eric, w.PageEditor.saveAndPublish)).toHaveCount(0);
    await expect(button(eric, w.PageEditor.saveDraft)).toHaveCount(0);
    expect(await stillOpened(eric)).toBe(true);
    expect(await stored(url)).toEqual({ status: 'published', version: 1 });

    // The panel after the refusal, on a wide screen and on a phone.
    await eric.setViewportSize({ width: 1440, height: 900 });
    await panel.screenshot({ path: testInfo.outputPath(`page-step-refused-${locale}-1440.png`) });
    await eric.setViewportSize({ width: 390, height: 844 });
    await panel.screenshot({ path: testInfo.outputPath(`page-step-refused-${locale}-390.png`) });

    // From the state shown (the version he read), his step goes through: the page leaves the site,
    // and the editor — at the address it had before — shows the draft again, not the state met.
    await button(eric, w.AdminPages.unpublish).click();
    await button(eric, w.AdminPages.unpublishConfirm).click();
    await expect(stateChip(eric, w.AdminPages.state.draft)).toBeVisible();
    await expect(panel.getByRole('alert')).toHaveCount(0);
    await expect(button(eric, w.AdminPages.publishSaved)).toBeVisible();
    await expect(button(eric, w.PageEditor.saveDraft)).toBeVisible();
    expect(await stored(url)).toEqual({ status: 'draft', version: 1 });
    await eric.context().close();
  });
}

test('a new version saved and published meanwhile: the panel shows it, says the text changed, and takes no step on it unread', async ({ browser }) => {
  test.setTimeout(120_000);
  const w = words('fr');
  createAccount(EDITOR);
  createAccount(EDITOR2);
  const eric = await signedIn(browser, EDITOR2);
  const url = await draftPage(eric, `QA-Étape texte ${Date.now().toString(36)}`);

  // Edith gives it a summary and publishes it (version 2).
  const edith = await signedIn(browser, EDITOR);
  await edith.goto(url);
  const summary = edith.getByLabel('Résumé', { exact: true }).filter({ visible: true });
  await expect(async () => {
    await summary.fill('Le résumé d’Edith.');
    await expect(edith.getByText('Modifications non enregistrées').filter({ visible: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await button(edith, 'Enregistrer et publier').click();
  await expect(stateChip(edith, 'Publiée')).toBeVisible();
  await edith.context().close();

  // Eric publishes the version he read: refused as the text changed, saying who saved which
  // version; the panel shows version 2, published, and the editor how it differs from his.
  await markOpened(eric);
  await button(eric, 'Publier la version enregistrée').click();
  const panel = statePanel(eric, w);
  const staleStatus = w.AdminPages.refusal.staleStatus.replace('{name}', EDITOR.name).replace('{version}', '2');
  await expect(panel.getByRole('alert')).toHaveText(staleStatus);
  await expect(panel).toContainText(`Version 2, par ${EDITOR.name}`);
  await expect(stateChip(eric, 'Publiée')).toBeVisible();
  await expect(button(eric, 'Enregistrer (en ligne)')).toBeVisible();
  const differences = eric.getByRole('region', { name: 'Différences entre sa version et la vôtre' }).filter({ visible: true });
  await expect(differences).toContainText('Le résumé d’Edith.');
  expect(await stillOpened(eric)).toBe(true);

  // He has not read version 2: unpublishing it from here is refused too, and nothing changes.
  await button(eric, 'Dépublier').click();
  await button(eric, 'Oui, dépublier').click();
  await expect(panel.getByRole('alert')).toHaveText(staleStatus);
  await expect(button(eric, 'Dépublier')).toBeVisible();
  expect(await stored(url)).toEqual({ status: 'published', version: 2 });

  // He loads it into the form (read now): the page leaves the site from here, not read again.
  await button(eric, 'Remplacer mon texte par sa version').click();
  await expect(eric.getByLabel('Résumé', { exact: true }).filter({ visible: true })).toHaveValue('Le résumé d’Edith.');
  await button(eric, 'Dépublier').click();
  await button(eric, 'Oui, dépublier').click();
  await expect(stateChip(eric, 'Brouillon')).toBeVisible();
  expect(await stored(url)).toEqual({ status: 'draft', version: 2 });
  await eric.context().close();
});

test('after a refused save, the source beside the form and "changes carried over" follow the French as stored', async ({ browser }) => {
  test.setTimeout(150_000);
  createAccount(EDITOR);
  createAccount(EDITOR2);
  const edith = await signedIn(browser, EDITOR);
  const frUrl = await draftPage(edith, `QA-Source suivie ${Date.now().toString(36)}`);
  const enUrl = frUrl.replace(/\/fr$/, '/en');
  const typeBody = async (page: Page, text: string) => {
    const body = page.getByRole('textbox', { name: 'Texte' });
    await whenBodyLive(page, body);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(text);
  };

  // The French has a text (version 2); the English starts as its copy (version 1).
  await typeBody(edith, 'Notre mandat.');
  await button(edith, 'Enregistrer le brouillon').click();
  await expect(edith.getByText('Tout est enregistré.').filter({ visible: true })).toBeVisible();
  await edith.goto(enUrl);
  await button(edith, 'Partir d’une copie du texte en français').click();
  await expect(edith.getByLabel('Titre', { exact: true }).filter({ visible: true })).toHaveValue(/QA-Source suivie/);

  // Eric opens the English, up to date with the French.
  const eric = await signedIn(browser, EDITOR2);
  await eric.goto(enUrl);
  const source = eric.getByRole('region', { name: 'Texte source (français)' }).last();
  await expect(source).toContainText('Notre mandat.');
  await expect(stateChip(eric, 'À mettre à jour')).toHaveCount(0);

  // Edith changes the French (version 3), then saves the English without carrying it over (version 2).
  await edith.goto(frUrl);
  await typeBody(edith, ' Élargi aux régions.');
  await button(edith, 'Enregistrer le brouillon').click();
  await expect(edith.getByText('Tout est enregistré.').filter({ visible: true })).toBeVisible();
  await edith.goto(enUrl);
  await typeBody(edith, ' Our mandate.');
  await button(edith, 'Enregistrer le brouillon').click();
  await expect(edith.getByText('Tout est enregistré.').filter({ visible: true })).toBeVisible();
  await edith.context().close();

  // Eric's save meets her version: beside his form, the French as it is now and what changed in it.
  const summary = eric.getByLabel('Résumé', { exact: true }).filter({ visible: true });
  await expect(async () => {
    await summary.fill('Our summary.');
    await expect(eric.getByText('Modifications non enregistrées').filter({ visible: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await button(eric, 'Enregistrer le brouillon').click();
  await expect(eric.getByText(`${EDITOR.name} a enregistré la version 2`, { exact: false }).filter({ visible: true }).first()).toBeVisible();
  await expect(stateChip(eric, 'À mettre à jour')).toBeVisible();
  await expect(source).toContainText('Notre mandat. Élargi aux régions.');
  await expect(eric.getByRole('region', { name: 'Modifié dans la source depuis votre traduction (version 2 → 3)' })).toContainText('Élargi aux régions.');

  // Carried over, kept over hers and saved: up to date with the French shown, version 3.
  await button(eric, 'Garder mes modifications sur la version 2').click();
  await eric.getByRole('checkbox', { name: /La source a changé depuis cette traduction/ }).check();
  await button(eric, 'Enregistrer le brouillon').click();
  await expect(eric.getByText('Tout est enregistré.').filter({ visible: true })).toBeVisible();
  await expect(stateChip(eric, 'À mettre à jour')).toHaveCount(0);
  await expect(eric.getByRole('region', { name: /Modifié dans la source/ })).toHaveCount(0);
  expect(await stored(enUrl, 'en')).toEqual({ status: 'draft', version: 3 });
  await eric.context().close();
});
