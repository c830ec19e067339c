/**
 * Restoring an old version of a translation readers see puts that version online at once: the
 * untranslated copy of the French it started as is refused, as a publish of it is, with the
 * reason said at the restore button, and readers keep the translated page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, signIn, sql, whenBodyLive } from '../dashboard/support';

const TITLE = `QA-Restore-${Date.now().toString(36)}`;

async function typeBody(page: Page, text: string): Promise<void> {
  const body = page.getByRole('textbox', { name: 'Texte' });
  await whenBodyLive(page, body);
  await body.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('a published translation is not restored to the French copy it started as', async ({ page, browser }) => {
  test.setTimeout(90_000);
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  // Under a page of the seed (no new top-level page is published).
  await page.goto('/fr/dashboard/pages/new');
  await page.getByLabel('Titre (français)').fill(TITLE);
  await page.getByLabel('Page parente').selectOption({ label: 'Qui sommes-nous' });
  await page.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Texte en français/ })).toBeVisible();
  const id = new URL(page.url()).pathname.split('/')[4]!;
  try {
    await typeBody(page, 'Notre histoire depuis 1951.');
    await page.getByRole('button', { name: 'Enregistrer et publier' }).click();
    await expect(page.getByText(/^Enregistré et publié/)).toBeVisible();

    // Spanish, from a copy of the French, translated and published.
    await page.goto(`/fr/dashboard/pages/${id}/es`);
    await page.getByRole('button', { name: 'Partir d’une copie du texte en français' }).click();
    const title = page.getByLabel('Titre', { exact: true }).filter({ visible: true });
    await expect(title).toHaveValue(TITLE);
    await title.fill(`${TITLE} en español`);
    await typeBody(page, 'Nuestra historia desde 1951.');
    await page.getByRole('button', { name: 'Enregistrer et publier' }).click();
    await expect(page.getByText(/^Enregistré et publié/)).toBeVisible();

    // Version 1, the French copy, restored over the published Spanish: refused, said at the button.
    await page.goto(`/fr/dashboard/pages/${id}/es/history`);
    await page.getByRole('button', { name: 'Restaurer la version 1' }).click();
    await page.getByRole('button', { name: 'Oui, restaurer' }).click();
    await expect(page.getByText('Cette version est la copie non traduite du texte en français : elle ne peut pas remplacer le texte publié.', { exact: false })).toBeVisible();

    // Readers of Spanish still get the Spanish text.
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/es/quienes-somos/${TITLE.toLowerCase()}-en-espanol`);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`${TITLE} en español`);
    await expect(reader.getByRole('main')).toContainText('Nuestra historia desde 1951.');
    await expect(reader.getByRole('main')).not.toContainText('Notre histoire');
    await reader.context().close();
  } finally {
    // The other specs find the tree as the seed has it.
    await sql('delete from pages where id = $1', [id]);
  }
});
