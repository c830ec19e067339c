/**
 * A publication time in the past is said at its field as soon as the field is left, in the
 * words the server uses when it refuses one; fixing it takes the message away, and a past time
 * sent anyway is refused at the same field with everything typed kept. Once scheduled (or
 * archived), the save button says what the release stays as: not online yet, not a draft; an
 * archived one is reopened as a draft, not "unpublished".
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allSaved, appendToBody, createAccount, EDITOR, localInputAhead, signIn, stateChip, whenBodyLive } from './support';
import { typeset } from '../../lib/typography';

const PAST = typeset('Cette date est passée : choisissez un moment à venir, ou laissez vide pour publier maintenant.', 'fr');

/** An editor's new release (French unless `lang` says) with its text and title typed, not saved. */
async function newRelease(page: Page, text: string, title: string, lang = 'fr'): Promise<void> {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  await page.goto(`/fr/dashboard/articles/new?lang=${lang}`);
  await whenBodyLive(page, page.getByRole('textbox', { name: 'Texte' }));
  await page.keyboard.type(text);
  await page.getByLabel('Titre').filter({ visible: true }).fill(title);
}

test('a past publication time is refused at its field, before and after sending', async ({ page }) => {
  const title = `Programmé trop tôt ${Date.now().toString(36)}`;
  await newRelease(page, 'Un texte à programmer.', title);

  const when = page.getByLabel('Date et heure de publication (facultatif)').filter({ visible: true });
  await when.fill(localInputAhead(-120));
  await expect(when).not.toHaveAttribute('aria-invalid', 'true');
  // Left for another field (Tab moves between the date's own parts first).
  await page.getByLabel('Titre').filter({ visible: true }).click();
  await expect(when).toHaveAttribute('aria-invalid', 'true');
  await expect(when).toHaveAccessibleDescription(new RegExp(`${PAST.replace(/[.?()]/g, '\\$&')}$`));

  // A time ahead: the message goes as the value changes.
  await when.fill(localInputAhead(60));
  await expect(when).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(PAST)).toHaveCount(0);

  // Sent in the past all the same: the server says it at the same field, nothing lost.
  await when.fill(localInputAhead(-120));
  await page.getByRole('button', { name: 'Enregistrer et programmer' }).click();
  await expect(page.getByText(PAST).filter({ visible: true })).toHaveCount(1);
  await expect(when).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Titre').filter({ visible: true })).toHaveValue(title);
  await expect(page.getByRole('textbox', { name: 'Texte' })).toContainText('Un texte à programmer.');
});

test('a publication time typed on a saved release is an unsaved change until it is saved, refused or not', async ({ page }) => {
  await newRelease(page, 'Un texte enregistré.', `Enregistré puis daté ${Date.now().toString(36)}`);
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);
  const unsaved = page.getByText('Modifications non enregistrées.').filter({ visible: true });

  const when = page.getByLabel('Date et heure de publication (facultatif)').filter({ visible: true });
  await when.fill(localInputAhead(-120));
  await expect(unsaved).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer et programmer' }).click();
  await expect(page.getByText(PAST).filter({ visible: true })).toHaveCount(1);
  // Refused: the time is not saved, and the status line does not say it is.
  await expect(unsaved).toBeVisible();
  await expect(allSaved(page)).toHaveCount(0);

  // Emptied again: nothing left unsaved.
  await when.fill('');
  await expect(allSaved(page)).toBeVisible();
});

test('the save button of a scheduled release does not say it is online, nor an archived one that it is a draft', async ({ page }) => {
  // In English: it never comes out during the run, and the French news list stays as the site specs expect.
  await newRelease(page, 'A text to come out next month.', `Scheduled ${Date.now().toString(36)}`, 'en');
  await page.getByLabel('Date et heure de publication (facultatif)').filter({ visible: true }).fill(localInputAhead(30 * 24 * 60));
  await page.getByRole('button', { name: 'Enregistrer et programmer' }).click();
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/en(\?|$)/);
  // Read again from the server: one editor on the page.
  await page.goto(page.url());
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  const save = page.getByRole('button', { name: 'Enregistrer (programmé)' });
  await expect(save).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer (en ligne)' })).toHaveCount(0);
  // Saved so, it stays scheduled, as the button said.
  await appendToBody(page, ' Corrected.');
  await save.click();
  await expect(allSaved(page)).toBeVisible();
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  await expect(save).toBeVisible();

  const steps = page.getByRole('region', { name: 'Autres étapes' });
  await steps.getByRole('button', { name: 'Archiver', exact: true }).click();
  await steps.getByRole('button', { name: 'Oui, archiver' }).click();
  await expect(stateChip(page, 'Archivé')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer (archivé)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer le brouillon' })).toHaveCount(0);

  // Out of the archive: nothing leaves the site, so it is not called "unpublish" and asks nothing.
  await expect(steps.getByRole('button', { name: 'Dépublier' })).toHaveCount(0);
  await steps.getByRole('button', { name: 'Rouvrir en brouillon' }).click();
  await expect(stateChip(page, 'Brouillon')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer (archivé)' })).toHaveCount(0);
});
