/**
 * Two editors on one release: Eric has his draft open while Edith publishes it as it is. His
 * "Enregistrer le brouillon" then would have put his new text online, unreviewed, while the
 * button said it stays a draft: it is refused, nothing saved, his text kept, the editor showing
 * the published release; saved again from there ("Enregistrer (en ligne)"), it goes through.
 * An English release: a French one published now would come before the demo release on the
 * French news list the site specs open.
 */
import { expect, test } from '../fixtures';
import { allSaved, EDITOR, stateChip } from './support';
import { bodyField, button, edithPublishes, ericsDraft, storedEnglish as storedText } from './two-editors';

test('“save the draft” on a release a colleague published meanwhile: refused, nothing online changes, the text kept', async ({ browser }) => {
  test.setTimeout(90_000);
  // Eric writes a draft and keeps it open; Edith publishes it as it is.
  const { eric, url } = await ericsDraft(browser, 'Brouillon publié entre-temps', 'Reviewed text.');
  await expect(stateChip(eric, 'Brouillon')).toBeVisible();
  await edithPublishes(browser, url);

  // Eric adds a sentence not yet reviewed and saves his "draft".
  await bodyField(eric).click();
  await eric.keyboard.press('ControlOrMeta+End');
  await eric.keyboard.type(' Unreviewed sentence.');
  await button(eric, 'Enregistrer le brouillon').click();
  await expect(eric.getByText(`${EDITOR.name} a fait passer la traduction à l’état`, { exact: false }).filter({ visible: true })).toBeVisible();
  await expect(bodyField(eric)).toHaveText('Reviewed text. Unreviewed sentence.');
  expect(await storedText(url)).toEqual({ status: 'published', body_text: 'Reviewed text.', version: 1 });

  // The editor shows the published release; saved from there, knowingly, it goes through.
  await expect(stateChip(eric, 'Publié')).toBeVisible();
  await expect(button(eric, 'Enregistrer le brouillon')).toHaveCount(0);
  await button(eric, 'Enregistrer (en ligne)').click();
  await expect(allSaved(eric)).toBeVisible();
  expect(await storedText(url)).toEqual({ status: 'published', body_text: 'Reviewed text. Unreviewed sentence.', version: 2 });
  await eric.context().close();
});
