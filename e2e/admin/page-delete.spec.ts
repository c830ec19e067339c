/**
 * Deleting an organization page: a page readers see says why it cannot be deleted and offers no
 * button; a draft is deleted after a confirmation and leaves the tree.
 */
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, signIn } from '../dashboard/support';

const TITLE = 'Page d’essai à supprimer';

test('a published page cannot be deleted; a draft is deleted after a confirmation', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');

  await page.goto('/fr/dashboard/pages');
  await page.getByRole('main').getByRole('link', { name: 'Données et recherche', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Données et recherche' })).toBeVisible();
  await expect(page.getByText(/^Les lecteurs voient cette page, ou la verront à l’heure prévue, en français, .*\s: dépubliez-la dans chaque langue avant de la supprimer\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Supprimer…' })).toHaveCount(0);

  await page.goto('/fr/dashboard/pages/new');
  await page.getByLabel('Titre (français)').fill(TITLE);
  await page.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Texte en français/ })).toBeVisible();
  const pageId = new URL(page.url()).pathname.split('/')[4];
  await page.goto(`/fr/dashboard/pages/${pageId}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Supprimer…' }).click();
  await expect(page.getByText(`Supprimer définitivement « ${TITLE} », avec ses traductions et leur historique ?`)).toBeVisible();
  await page.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(page.getByText(`La page « ${TITLE} » est supprimée.`)).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/dashboard\/pages\?deleted=/);
  await expect(page.getByRole('main').getByRole('link', { name: TITLE })).toHaveCount(0);
});
