/**
 * A release editor's save refused because a colleague took a workflow step since the page was
 * opened (published it, scheduled it): the editor then acts on the state now stored, not only its
 * header — the publish box's buttons and save label, the steps below the form, the state its next
 * save is sent from (so that save goes through without the page being read again), and, for a
 * writer whose draft an editor has since published, a form they may no longer edit, their text
 * still shown. English releases: a French one published now would come before the demo release
 * on the French news list the site specs open.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allSaved, createAccount, EDITOR, EDITOR2, localInputAhead, signedIn, stateChip, whenBodyLive, withClient, WRITER } from './support';

const titleField = (page: Page) => page.getByLabel('Titre', { exact: true }).filter({ visible: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true });
const bodyField = (page: Page) => page.getByRole('textbox', { name: 'Texte' }).filter({ visible: true });
/** The refusal of a save for a step taken since the page was opened, naming who took it and the state now (up to the state's name, the rest typeset). */
const stateChanged = (who: string) => `${who} a fait passer la traduction à l’état`;

/** `account` writes a new English release and saves it as a draft; its editor's address. */
async function draft(page: Page, title: string, text: string): Promise<string> {
  await page.goto('/fr/dashboard/articles/new?lang=en');
  await whenBodyLive(page, bodyField(page));
  await page.keyboard.type(text);
  await titleField(page).fill(title);
  await button(page, 'Enregistrer le brouillon').click();
  await expect(allSaved(page)).toBeVisible();
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/en(\?|$)/);
  await expect(stateChip(page, 'Brouillon')).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Types `text` at the end of the body. */
async function append(page: Page, text: string): Promise<void> {
  await bodyField(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

async function storedText(url: string): Promise<{ status: string; body_text: string; version: number }> {
  const [, articleId] = /articles\/([0-9a-f-]{36})\//.exec(url)!;
  return withClient(async (c) => (await c.query(`select status, body_text, version from article_translations where article_id = $1 and locale = 'en'`, [articleId])).rows[0]);
}

test('a draft a colleague published meanwhile: the editor follows its state, and the next save goes through', async ({ browser }) => {
  test.setTimeout(90_000);
  createAccount(EDITOR);
  createAccount(EDITOR2);
  const title = `Publié pendant l’écriture ${Date.now().toString(36)}`;

  // Eric writes a draft and keeps it open.
  const eric = await signedIn(browser, EDITOR2);
  const url = await draft(eric, title, 'Starting text.');
  await expect(button(eric, 'Enregistrer et publier')).toBeVisible();
  await expect(button(eric, 'Supprimer ce brouillon')).toBeVisible();

  // Edith publishes it as it is.
  const edith = await signedIn(browser, EDITOR);
  await edith.goto(url);
  await button(edith, 'Enregistrer et publier').click();
  await expect(stateChip(edith, 'Publié')).toBeVisible();
  await edith.context().close();

  // Eric adds a sentence and publishes from his draft's page: refused, his text kept.
  await append(eric, ' Eric’s addition.');
  await button(eric, 'Enregistrer et publier').click();
  await expect(eric.getByText(stateChanged(EDITOR.name), { exact: false }).filter({ visible: true })).toBeVisible();
  await expect(eric.getByText('L’éditeur montre maintenant cet état', { exact: false }).filter({ visible: true })).toBeVisible();
  await expect(bodyField(eric)).toHaveText('Starting text. Eric’s addition.');

  // The editor now acts on the published release: its header, its buttons, its steps.
  await expect(stateChip(eric, 'Publié')).toBeVisible();
  await expect(button(eric, 'Enregistrer (en ligne)')).toBeVisible();
  await expect(button(eric, 'Enregistrer et publier maintenant')).toBeVisible();
  await expect(button(eric, 'Enregistrer et publier')).toHaveCount(0);
  await expect(button(eric, 'Enregistrer le brouillon')).toHaveCount(0);
  await expect(button(eric, 'Enregistrer et soumettre à relecture')).toHaveCount(0);
  await expect(button(eric, 'Dépublier')).toBeVisible();
  await expect(button(eric, 'Supprimer ce brouillon')).toHaveCount(0);

  // Saved from there, without reading the page again: it goes through, with his text.
  await button(eric, 'Enregistrer (en ligne)').click();
  await expect(allSaved(eric)).toBeVisible();
  await expect(eric.getByText(stateChanged(EDITOR.name), { exact: false }).filter({ visible: true })).toHaveCount(0);
  await expect(eric.getByRole('main').locator('header').filter({ visible: true })).toContainText(`Version 2, enregistrée par ${EDITOR2.name}`);
  await expect(stateChip(eric, 'Publié')).toBeVisible();
  expect(await storedText(url)).toEqual({ status: 'published', body_text: 'Starting text. Eric’s addition.', version: 2 });
  await eric.context().close();
});

test('a draft a colleague scheduled meanwhile: the time field shows the schedule stored', async ({ browser }) => {
  test.setTimeout(90_000);
  createAccount(EDITOR);
  createAccount(EDITOR2);
  const eric = await signedIn(browser, EDITOR2);
  const url = await draft(eric, `Programmé pendant l’écriture ${Date.now().toString(36)}`, 'Starting text.');
  const when = (page: Page) => page.getByLabel('Date et heure de publication (facultatif)').filter({ visible: true });
  await expect(when(eric)).toHaveValue('');

  const edith = await signedIn(browser, EDITOR);
  await edith.goto(url);
  const at = localInputAhead(60 * 24 * 30);
  // Typed once the page is live (a value typed before is reset as it hydrates).
  await expect(async () => {
    await when(edith).fill(at);
    await expect(button(edith, 'Enregistrer et programmer')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await button(edith, 'Enregistrer et programmer').click();
  await expect(stateChip(edith, 'Programmé')).toBeVisible();
  await edith.context().close();

  await append(eric, ' More.');
  await button(eric, 'Enregistrer et soumettre à relecture').click();
  await expect(eric.getByText(stateChanged(EDITOR.name), { exact: false }).filter({ visible: true })).toBeVisible();
  await expect(stateChip(eric, 'Programmé')).toBeVisible();
  await expect(when(eric)).toHaveValue(at);
  await expect(button(eric, 'Enregistrer (programmé)')).toBeVisible();
  await expect(button(eric, 'Enregistrer et reprogrammer')).toBeVisible();
  await expect(bodyField(eric)).toHaveText('Starting text. More.');
  await eric.context().close();
});

test('a writer’s draft an editor published meanwhile: their save is refused and the form becomes read-only, their text still shown', async ({ browser }) => {
  test.setTimeout(90_000);
  createAccount(EDITOR);
  createAccount(WRITER);
  const wanda = await signedIn(browser, WRITER);
  const url = await draft(wanda, `Publié sous la plume ${Date.now().toString(36)}`, 'Writer’s text.');

  const edith = await signedIn(browser, EDITOR);
  await edith.goto(url);
  await button(edith, 'Enregistrer et publier').click();
  await expect(stateChip(edith, 'Publié')).toBeVisible();
  await edith.context().close();

  await append(wanda, ' Not saved.');
  await button(wanda, 'Enregistrer le brouillon').click();
  await expect(wanda.getByText('Seuls les éditeurs peuvent modifier une traduction publiée', { exact: false }).filter({ visible: true })).toBeVisible();
  await expect(stateChip(wanda, 'Publié')).toBeVisible();
  await expect(wanda.getByText('Cette traduction est publiée ou archivée : seuls les éditeurs peuvent la modifier.').filter({ visible: true })).toBeVisible();
  await expect(titleField(wanda)).toBeDisabled();
  await expect(bodyField(wanda)).toHaveText('Writer’s text. Not saved.');
  // The body too: it takes no more typing.
  await expect(bodyField(wanda)).toHaveAttribute('aria-readonly', 'true');
  await expect(bodyField(wanda)).toHaveAttribute('contenteditable', 'false');
  await expect(button(wanda, 'Enregistrer le brouillon')).toHaveCount(0);
  await expect(button(wanda, 'Enregistrer (en ligne)')).toHaveCount(0);
  expect(await storedText(url)).toEqual({ status: 'published', body_text: 'Writer’s text.', version: 1 });
  await wanda.context().close();
});

test('a step refused because a colleague published meanwhile: the steps follow the state stored, and the step then goes through', async ({ browser }) => {
  test.setTimeout(90_000);
  createAccount(EDITOR);
  createAccount(EDITOR2);
  const eric = await signedIn(browser, EDITOR2);
  const url = await draft(eric, `Étape après publication ${Date.now().toString(36)}`, 'Starting text.');
  // Readers saw it once (unpublished since): a draft is archived only then (a never-seen one is deleted).
  const [, articleId] = /articles\/([0-9a-f-]{36})\//.exec(url)!;
  await withClient((c) => c.query(`update article_translations set first_published_at = '2006-11-03T08:00:00Z' where article_id = $1 and locale = 'en'`, [articleId]));
  await eric.reload();
  await expect(button(eric, 'Archiver')).toBeVisible();
  await expect(button(eric, 'Dépublier')).toHaveCount(0);

  const edith = await signedIn(browser, EDITOR);
  await edith.goto(url);
  await button(edith, 'Enregistrer et publier').click();
  await expect(stateChip(edith, 'Publié')).toBeVisible();
  await edith.context().close();

  // Eric archives it from his draft's page: refused, and told who published it and that the editor now shows it so.
  await button(eric, 'Archiver').click();
  await button(eric, 'Oui, archiver').click();
  await expect(
    eric.getByText(`${EDITOR.name} a fait passer la traduction à l’état « Publié » depuis l’ouverture de la page : rien n’a été fait. L’éditeur montre maintenant cet état`, { exact: false }).filter({ visible: true }),
  ).toBeVisible();
  await expect(stateChip(eric, 'Publié')).toBeVisible();
  await expect(button(eric, 'Dépublier')).toBeVisible();
  await expect(button(eric, 'Supprimer ce brouillon')).toHaveCount(0);
  await expect(button(eric, 'Enregistrer (en ligne)')).toBeVisible();

  // Taken again from there, without reading the page again: it goes through.
  await button(eric, 'Archiver').click();
  await button(eric, 'Oui, archiver').click();
  await expect(stateChip(eric, 'Archivé')).toBeVisible();
  expect((await storedText(url)).status).toBe('archived');
  await eric.context().close();
});
