/**
 * A release editor's save that meets a colleague's version: beside the conflict and the
 * person's own text (kept in the form), the header says what is stored now — the colleague's
 * title, the state their save left it in, who saved which version and when — as it does after
 * a save of one's own, not the version the page was opened on; so does the language's tab.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allSaved, createAccount, EDITOR, EDITOR2, signedIn, stateChip, whenBodyLive } from './support';

const titleField = (page: Page) => page.getByLabel('Titre', { exact: true }).filter({ visible: true });
/** The editor's header on the screen shown (Next keeps the screen visited before mounted, hidden). */
const header = (page: Page) => page.getByRole('main').locator('header').filter({ visible: true });
const versionLine = (page: Page) => header(page).getByText(/^Version \d+, enregistrée par/);

test('after a save meets a colleague’s version, the header shows that version; the text typed stays', async ({ browser }) => {
  test.setTimeout(60_000);
  createAccount(EDITOR);
  createAccount(EDITOR2);
  const title = `En-tête après conflit ${Date.now().toString(36)}`;

  // Eric writes a draft (version 1).
  const eric = await signedIn(browser, EDITOR2);
  await eric.goto('/fr/dashboard/articles/new?lang=fr');
  const body = eric.getByRole('textbox', { name: 'Texte' });
  await whenBodyLive(eric, body);
  await eric.keyboard.type('Texte de départ.');
  await titleField(eric).fill(title);
  await eric.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(eric)).toBeVisible();
  await eric.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);
  const url = new URL(eric.url()).pathname;
  await expect(stateChip(eric, 'Brouillon')).toBeVisible();
  await expect(versionLine(eric)).toHaveText(new RegExp(`^Version 1, enregistrée par ${EDITOR2.name} le`));

  // Edith, meanwhile, retitles it and sends it for review (version 2).
  const edith = await signedIn(browser, EDITOR);
  await edith.goto(url);
  await expect(edith.getByRole('button', { name: 'Enregistrer et soumettre à relecture' })).toBeEnabled();
  await titleField(edith).fill(`${title} — revu`);
  await edith.getByRole('button', { name: 'Enregistrer et soumettre à relecture' }).click();
  await expect(stateChip(edith, 'En relecture')).toBeVisible();
  await edith.context().close();

  // Eric, on version 1, adds a sentence and saves: refused, his text kept.
  await body.click();
  await eric.keyboard.press('ControlOrMeta+End');
  await eric.keyboard.type(' Ajout d’Eric, à ne pas perdre.');
  await eric.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(eric.getByRole('alert').filter({ hasText: `${EDITOR.name} a enregistré la version 2 pendant que vous travailliez` })).toBeVisible();
  await expect(body).toHaveText('Texte de départ. Ajout d’Eric, à ne pas perdre.');
  await expect(titleField(eric)).toHaveValue(title);

  // The header says what is stored now: Edith's title, in review, her version 2.
  await expect(eric.getByRole('heading', { level: 1 })).toHaveText(`${title} — revu`);
  await expect(stateChip(eric, 'En relecture')).toBeVisible();
  await expect(stateChip(eric, 'Brouillon')).toHaveCount(0);
  await expect(versionLine(eric)).toHaveText(new RegExp(`^Version 2, enregistrée par ${EDITOR.name} le`));
  await expect(header(eric)).toContainText(`Soumis à relecture par ${EDITOR.name}.`);
  // So does the language edited in the language tabs.
  const french = eric.getByRole('navigation', { name: 'Langues de cet article' }).filter({ visible: true }).getByRole('link', { name: /^Français/ });
  await expect(french).toHaveText(/En relecture$/);
  await eric.context().close();
});
