/**
 * The countries of a release are picked by typing: the editor holds the ticked countries and a
 * search field, not the world's 250 boxes; accents do not matter, Enter ticks the only match
 * without posting the form, and what is ticked is saved.
 */
import { expect, test } from '../fixtures';
import { allSaved, createAccount, EDITOR, signIn, whenBodyLive } from './support';

test('an editor finds countries by typing and ticks them; they are saved with the release', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  await page.goto('/fr/dashboard/articles/new');
  // Typed once the editor is live (hydrated): a key pressed before reaches no script.
  await whenBodyLive(page, page.getByRole('textbox', { name: 'Texte' }));
  await page.keyboard.type('Texte.');
  await page.getByLabel('Titre').filter({ visible: true }).fill(`Pays ${Date.now().toString(36)}`);
  await page.getByText('Contact, thèmes, pays et image').click();

  const countries = page.getByRole('group', { name: 'Pays' });
  // Only what is ticked (nothing yet) is in the page until a name is typed.
  await expect(countries.getByRole('checkbox')).toHaveCount(0);
  const search = countries.getByRole('searchbox', { name: 'Ajouter un pays' });
  await search.fill('urug');
  await expect(countries.getByRole('status')).toHaveText('1 pays correspond.');
  await search.press('Enter');
  await expect(search).toHaveValue('');
  await expect(countries.getByRole('checkbox', { name: 'Uruguay' })).toBeChecked();
  // Still the editor: Enter did not post the form.
  await expect(page.getByText('Tout est enregistré.')).toHaveCount(0);

  await search.fill('cote');
  await countries.getByRole('checkbox', { name: 'Côte d’Ivoire' }).check();
  await search.fill('gu');
  await expect(countries.getByRole('status')).toHaveText(/^\d+ pays correspondent\.$/);
  await expect(countries.getByRole('checkbox', { name: 'Guyana' })).toBeVisible();
  await search.fill('');
  // Unticked from the ticked list: its box goes, focus goes to the search field.
  await countries.getByRole('checkbox', { name: 'Côte d’Ivoire' }).press('Space');
  await expect(search).toBeFocused();
  await expect(countries.getByRole('checkbox', { name: 'Côte d’Ivoire' })).toHaveCount(0);
  await search.fill('cote');
  await countries.getByRole('checkbox', { name: 'Côte d’Ivoire' }).check();
  await search.fill('');

  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  // The saved article's own address, then a fresh load of it: what is stored, not the form's state.
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);
  await page.reload();
  // Whether the panel opens folded or not, the boxes are read where they are.
  const saved = page.getByRole('group', { name: 'Pays', includeHidden: true });
  await expect(saved.getByRole('checkbox', { includeHidden: true })).toHaveCount(2);
  await expect(saved.getByRole('checkbox', { name: 'Uruguay', includeHidden: true })).toBeChecked();
  await expect(saved.getByRole('checkbox', { name: 'Côte d’Ivoire', includeHidden: true })).toBeChecked();
});
