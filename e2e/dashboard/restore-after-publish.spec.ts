/**
 * Two editors on one release: Eric has the history of his draft open while Edith publishes it as
 * it is. His "Restaurer la version 1" asked nothing (a draft's restore changes nothing readers
 * see), and would have put the old text online at once: it is refused, nothing restored, and the
 * history, drawn again, shows the release online — its restore now asks first, and confirmed, it
 * goes through. An English release: a French one published now would come before the demo
 * release on the French news list the site specs open.
 */
import { expect, test } from '../fixtures';
import { EDITOR } from './support';
import { button, bodyField, edithPublishes, ericsDraft, storedEnglish as stored } from './two-editors';

test('restoring an old version of a draft a colleague published meanwhile: refused, then asked and restored', async ({ browser }) => {
  test.setTimeout(90_000);
  // Eric writes a draft in two versions and opens its history.
  const { eric, url } = await ericsDraft(browser, 'Historique publié entre-temps', 'First text.');
  await bodyField(eric).click();
  await eric.keyboard.press('ControlOrMeta+End');
  await eric.keyboard.type(' Reviewed.');
  await button(eric, 'Enregistrer le brouillon').click();
  await expect.poll(async () => (await stored(url)).version).toBe(2);
  await eric.goto(`${url}/history`);
  await expect(button(eric, 'Restaurer la version 1')).toBeVisible();

  // Edith publishes it as it is.
  await edithPublishes(browser, url);
  expect(await stored(url)).toEqual({ status: 'published', body_text: 'First text. Reviewed.', version: 2 });

  // His history still shows the draft: the restore asks nothing, and is refused, naming who published it.
  await button(eric, 'Restaurer la version 1').click();
  await expect(eric.getByText(`${EDITOR.name} a fait passer la traduction à l’état « Publié » depuis l’ouverture de l’historique : rien n’a été restauré.`, { exact: false })).toBeVisible();
  expect(await stored(url)).toEqual({ status: 'published', body_text: 'First text. Reviewed.', version: 2 });

  // Drawn again, it knows the release is online: the restore asks first, and then goes through.
  await button(eric, 'Restaurer la version 1').click();
  await expect(eric.getByText('Les lecteurs voient cette traduction', { exact: false })).toBeVisible();
  await button(eric, 'Oui, restaurer').click();
  await expect.poll(async () => (await stored(url)).version).toBe(3);
  expect(await stored(url)).toEqual({ status: 'published', body_text: 'First text.', version: 3 });
  await eric.context().close();
});
