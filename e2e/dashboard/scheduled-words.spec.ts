/**
 * A release scheduled, not out yet, as its editor pages speak of it: restoring a version says
 * the text it will come out with (readers do not see it yet), a writer reading it is told it is
 * scheduled, not published, as are the shared settings it fixes; its steps cancel its schedule or
 * keep it from coming out, not take it off the site. Its preview offers only the
 * languages it has, and a language it lacks, written from scratch, is headed as a version of it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allSaved, appendToBody, createAccount, EDITOR, localInputAhead, signedIn, stateChip, whenBodyLive, WRITER } from './support';

/** An editor's release in English (it never comes out during the run: the French lists stay as the site specs expect), scheduled a month ahead, saved twice. */
async function scheduledRelease(page: Page, title: string): Promise<string> {
  await page.goto('/fr/dashboard/articles/new?lang=en');
  await whenBodyLive(page, page.getByRole('textbox', { name: 'Texte' }));
  await page.keyboard.type('A text to come out next month.');
  await page.getByLabel('Titre').filter({ visible: true }).fill(title);
  await page.getByLabel('Date et heure de publication (facultatif)').filter({ visible: true }).fill(localInputAhead(30 * 24 * 60));
  await page.getByRole('button', { name: 'Enregistrer et programmer' }).click();
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/en(\?|$)/);
  await page.goto(page.url());
  await appendToBody(page, ' Corrected.');
  await page.getByRole('button', { name: 'Enregistrer (programmé)' }).click();
  await expect(allSaved(page)).toBeVisible();
  return /articles\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
}

test('a scheduled release: restore, read-only and shared-setting words, preview languages, a new language’s heading', async ({ browser }) => {
  test.setTimeout(120_000);
  createAccount(EDITOR);
  createAccount(WRITER);
  const page = await signedIn(browser, EDITOR);
  const title = `Scheduled words ${Date.now().toString(36)}`;
  const id = await scheduledRelease(page, title);

  // History: restoring version 1 asks first, saying when its text comes out, not that readers see it.
  await page.goto(`/fr/dashboard/articles/${id}/en/history`);
  await page.getByRole('button', { name: 'Restaurer la version 1' }).click();
  await expect(page.getByText(/^Cette traduction est programmée\s: la version 1 sera le texte qui paraîtra le .+\. Restaurer\s\?$/)).toBeVisible();
  await expect(page.getByText('Les lecteurs voient cette traduction', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: 'Annuler' }).click();

  // Its other steps speak of a release not out yet: cancelling its schedule, not taking it off the site.
  await page.goto(`/fr/dashboard/articles/${id}/en`);
  const steps = page.getByRole('region', { name: 'Autres étapes' });
  await expect(steps.getByRole('button', { name: 'Dépublier' })).toHaveCount(0);
  await steps.getByRole('button', { name: 'Annuler la programmation' }).click();
  await expect(steps.getByText('Annuler la programmation ? La traduction redevient un brouillon et ne sortira pas à l’heure prévue.')).toBeVisible();
  await expect(steps.getByRole('button', { name: 'Oui, annuler la programmation' })).toBeVisible();
  await steps.getByRole('button', { name: 'Annuler', exact: true }).click();
  await steps.getByRole('button', { name: 'Archiver', exact: true }).click();
  await expect(steps.getByText('Archiver cette traduction programmée ? Elle ne sortira pas à l’heure prévue.')).toBeVisible();
  await steps.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(stateChip(page, 'Programmé')).toBeVisible();

  // The preview's site header offers the languages the release has only, the bar kept in French.
  await page.goto(`/en/preview/articles/${id}?ui=fr`);
  // The header's switcher (the footer's languages lead to the site's home pages).
  const languages = page.locator('header a[data-locale-choice]');
  await expect(languages).toHaveCount(1);
  await expect(languages).toHaveAttribute('href', `/en/preview/articles/${id}?ui=fr`);

  // Spanish written from scratch: a version of this release, named by its title.
  await page.goto(`/fr/dashboard/articles/${id}/es?blank=1`);
  // (The title isolated from the heading's direction: FSI…PDI around it.)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Version en espagnol de «\\s\u2068?${title}\u2069?\\s»$`));
  await page.context().close();

  // A writer: read only because it is scheduled (not "published or archived"), and the shared settings fixed for that reason.
  const writer = await signedIn(browser, WRITER);
  await writer.goto(`/fr/dashboard/articles/${id}/en`);
  await expect(writer.getByText('Cette traduction est programmée : seuls les éditeurs peuvent la modifier, avant comme après sa parution.')).toBeVisible();
  await expect(writer.getByText('Cette traduction est publiée ou archivée', { exact: false })).toHaveCount(0);
  await expect(writer.getByText('Réglage commun, fixé : une langue de cet article est programmée.')).toBeVisible();
  await expect(writer.getByText('une autre langue est en ligne', { exact: false })).toHaveCount(0);
  await writer.context().close();
});
