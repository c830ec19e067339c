/**
 * An organization page's address follows its title while it is made from it and readers do not
 * know it yet — a new page included, once created — and stays put, said so, once the page is out.
 */
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, signIn } from '../dashboard/support';

test('a new page’s address follows its title until readers know it; a published page’s stays', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  const stamp = Date.now().toString(36);
  await page.goto('/fr/dashboard/pages/new');
  await page.getByLabel('Titre (français)').fill(`Faire un don ${stamp}`);
  await page.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Texte en français/ })).toBeVisible();

  const pageId = new URL(page.url()).pathname.split('/')[4];
  const title = page.getByLabel('Titre', { exact: true }).filter({ visible: true });
  const slug = page.getByLabel('Adresse (slug)').filter({ visible: true });
  await expect(slug).toHaveValue(`faire-un-don-${stamp}`);
  await expect(slug).toHaveAccessibleDescription(/^Tirée du titre/);
  await title.fill(`Soutenir l’OIM ${stamp}`);
  await expect(slug).toHaveValue(`soutenir-loim-${stamp}`);

  // A page readers see: its address is theirs, it no longer follows the title.
  await page.goto('/fr/dashboard/pages');
  await page.getByRole('main').getByRole('link', { name: 'Données et recherche', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Données et recherche' })).toBeVisible();
  // The page's own language links (the list left mounted, hidden, has links of the same name).
  await page.getByRole('region', { name: 'Langues' }).getByRole('link', { name: 'Modifier « Données et recherche » en français' }).click();
  await expect(slug).toHaveValue('donnees-et-recherche');
  await expect(slug).toHaveAccessibleDescription(/^Les lecteurs connaissent cette adresse/);
  await title.fill('Données, recherche et publications');
  await expect(slug).toHaveValue('donnees-et-recherche');

  // The draft made here is deleted: the other specs find the tree as the seed has it.
  await page.goto(`/fr/dashboard/pages/${pageId}`);
  await page.getByRole('button', { name: 'Supprimer…' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(page.getByText(/La page «\s.+\s» est supprimée\./)).toBeVisible();
});
