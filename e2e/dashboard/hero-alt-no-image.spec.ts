/**
 * The main image's description is the image's own: with "no image" chosen there is nothing to
 * describe, so its field is not shown; and what was typed for an image comes back with it when
 * the person picks that image again.
 */
import { expect, test } from '../fixtures';
import { libraryImage } from './sql-fixtures';
import { createAccount, EDITOR, signedIn, whenBodyLive, withClient } from './support';

const stamp = Date.now().toString(36);

test('the main image’s description shows only while there is an image, and keeps what was typed for it', async ({ browser }) => {
  test.setTimeout(60_000);
  createAccount(EDITOR);
  await withClient((c) => libraryImage(c, stamp, 203, { fr: `Le port ${stamp}` }, '© OIM'));
  const page = await signedIn(browser, EDITOR);
  await page.goto('/fr/dashboard/articles/new');
  await whenBodyLive(page, page.getByRole('textbox', { name: 'Texte' }));
  await page.getByText('Contact, thèmes, pays et image').filter({ visible: true }).click();
  const hero = page.getByLabel('Image principale').filter({ visible: true });
  const alt = page.getByLabel('Texte de remplacement de l’image (dans cette langue)').filter({ visible: true });

  // No image yet: no description to write.
  await expect(hero).toHaveValue('');
  await expect(alt).toHaveCount(0);

  // An image chosen: its description from the library, which the person rewrites.
  await hero.selectOption({ label: `Le port ${stamp} (port-203.jpg)` });
  await expect(alt).toHaveValue(`Le port ${stamp}`);
  await alt.fill('Les quais du port, au matin');

  // "No image": the field goes away with the image.
  await hero.selectOption({ label: 'Aucune image' });
  await expect(alt).toHaveCount(0);

  // The same image again: what was typed for it is there again, not the library's text.
  await hero.selectOption({ label: `Le port ${stamp} (port-203.jpg)` });
  await expect(alt).toHaveValue('Les quais du port, au matin');
  await page.context().close();
});
