/**
 * A release's settings every language shares (type, office, topics, countries, image) changed by
 * an editor on a writer's draft: the writer's header names the editor as the last to save it,
 * and its history says who, when and what, in words. A translation made from another translation
 * (the Spanish from the English) is flagged "to update" when the French changes, with what
 * changed in the French shown beside it. The history also says, with who and when, the main
 * image's description typed in the editor, and the schedule set, moved and cancelled.
 */
import { createHash } from 'node:crypto';

import sharp from 'sharp';
import { expect, test } from '../fixtures';
import { allSaved, appendToBody, createAccount, EDITOR, localInputAhead, signedIn, stateChip, whenBodyLive, withClient, WRITER } from './support';

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
let url = '';

test('an editor’s change of a writer’s shared settings shows in the writer’s header and history', async ({ browser }) => {
  test.setTimeout(60_000);
  createAccount(WRITER);
  createAccount(EDITOR);
  const writer = await signedIn(browser, WRITER);
  await writer.goto('/fr/dashboard/articles/new');
  await whenBodyLive(writer, writer.getByRole('textbox', { name: 'Texte' }));
  await writer.keyboard.type('Texte de la rédactrice.');
  await writer.getByLabel('Titre').filter({ visible: true }).fill(`Réglages ${stamp}`);
  await writer.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(writer)).toBeVisible();
  await writer.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);
  url = new URL(writer.url()).pathname;
  await expect(writer.getByText(`Version 1, enregistrée par ${WRITER.name} le`, { exact: false })).toBeVisible();

  const editor = await signedIn(browser, EDITOR);
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
  const page = await signedIn(browser, EDITOR);
  const translate = async (lang: string, language: string, from?: string) => {
    await page.goto(url.replace(/\/fr$/, `/${lang}`));
    if (from) await page.getByLabel('Traduire à partir de').selectOption({ label: from });
    await page.getByRole('button', { name: `Traduire en ${language}` }).click();
    await expect(page.getByRole('heading', { name: /^Source\s: / })).toBeVisible();
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
  const editor = await signedIn(browser, EDITOR);
  await editor.goto(`/fr/dashboard/articles?q=${encodeURIComponent('Sommet ibéro-américain')}`);
  await editor.getByRole('link', { name: /Le Directeur général de l’OIM assistera au Sommet ibéro-américain/ }).first().click();
  await editor.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);
  await expect(editor.getByText('Version 1, importée le', { exact: false })).toBeVisible();
  await expect(editor.getByText('Quelqu’un d’autre')).toHaveCount(0);
  await editor.goto(`${new URL(editor.url()).pathname}/history`);
  await expect(editor.getByRole('row', { name: /Version 1/ }).getByRole('cell', { name: 'Import', exact: true })).toBeVisible();
  await editor.context().close();
});

test('the main image’s description typed in the release’s editor shows in its history, the text before and after, with who and when', async ({ browser }) => {
  test.setTimeout(60_000);
  createAccount(EDITOR);
  const file = `tente-${stamp}.jpg`;
  const mediaId = await withClient(async (c) => {
    const bytes = await sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 40, g: 120, b: 160 } } }).jpeg().toBuffer();
    const sha = createHash('sha256').update(bytes).update(stamp).digest('hex');
    const { rows } = await c.query<{ id: string }>(
      `insert into media (src, width, height, mime_type, file_name, byte_size) values ($1, 320, 200, 'image/jpeg', $2, $3) returning id`,
      [`/media/${sha.slice(0, 32)}.jpg`, file, bytes.length],
    );
    await c.query('insert into media_files (media_id, sha256, data) values ($1, $2, $3)', [rows[0]!.id, sha, bytes]);
    return rows[0]!.id;
  });
  const page = await signedIn(browser, EDITOR);
  await page.goto('/fr/dashboard/articles/new');
  await whenBodyLive(page, page.getByRole('textbox', { name: 'Texte' }));
  await page.keyboard.type('Un camp de tentes.');
  await page.getByLabel('Titre').filter({ visible: true }).fill(`Image ${stamp}`);
  await page.getByText('Contact, thèmes, pays et image').filter({ visible: true }).click();
  await page.getByLabel('Image principale').filter({ visible: true }).selectOption({ label: file });
  const alt = page.getByLabel('Texte de remplacement de l’image (dans cette langue)').filter({ visible: true });
  await alt.fill('Une tente');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);
  await page.getByText('Contact, thèmes, pays et image').filter({ visible: true }).click();
  await alt.fill('Une tente bleue');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();

  await page.getByRole('link', { name: 'Historique' }).click();
  const rows = page.getByRole('row', { name: /^Image principale/ });
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Description : « Une tente bleue » (auparavant : « Une tente »)');
  await expect(rows.first()).toContainText(EDITOR.name);
  await expect(rows.first().locator('time')).toHaveCount(1);
  await expect(rows.last()).toContainText('Description : « Une tente » (auparavant : aucune)');
  await expect(page.getByRole('table', { name: /autres changements/ })).toBeVisible();
  await page.context().close();
  await withClient((c) => c.query('delete from articles where id = (select article_id from article_translations where title = $1)', [`Image ${stamp}`]).then(() => c.query('delete from media where id = $1', [mediaId])));
});

test('a schedule set, moved and cancelled shows in the release’s history, with the times and who', async ({ browser }) => {
  test.setTimeout(60_000);
  createAccount(EDITOR);
  const page = await signedIn(browser, EDITOR);
  await page.goto('/fr/dashboard/articles/new');
  await whenBodyLive(page, page.getByRole('textbox', { name: 'Texte' }));
  await page.keyboard.type('Un texte à programmer.');
  await page.getByLabel('Titre').filter({ visible: true }).fill(`Programmation ${stamp}`);
  const when = page.getByLabel('Date et heure de publication (facultatif)').filter({ visible: true });
  await when.fill(localInputAhead(24 * 60));
  await page.getByRole('button', { name: 'Enregistrer et programmer' }).click();
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);
  await when.fill(localInputAhead(48 * 60));
  await page.getByRole('button', { name: 'Enregistrer et reprogrammer' }).click();
  await expect(allSaved(page)).toBeVisible();
  const steps = page.getByRole('region', { name: 'Autres étapes' });
  await steps.getByRole('button', { name: 'Annuler la programmation' }).click();
  await steps.getByRole('button', { name: 'Oui, annuler la programmation' }).click();
  await expect(stateChip(page, 'Brouillon')).toBeVisible();

  await page.getByRole('link', { name: 'Historique' }).click();
  const rows = page.getByRole('row', { name: /^Programmation/ });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(/Programmation annulée \(publication prévue le .+\)\s: remise en brouillon/);
  await expect(rows.nth(1)).toContainText(/Publication reprogrammée pour le .+ \(auparavant\s: .+\)/);
  await expect(rows.nth(2)).toContainText(/Publication programmée pour le .+/);
  for (const i of [0, 1, 2]) await expect(rows.nth(i)).toContainText(EDITOR.name);
  // The time it was moved to is the one it was cancelled from.
  const moved = await rows.nth(1).locator('li time').first().getAttribute('datetime');
  await expect(rows.nth(0).locator('li time')).toHaveAttribute('datetime', moved!);
  await page.context().close();
});
