/**
 * A new release's editor keeps what is being written when Next draws the page again to answer
 * an action: describing, in the text, a library image another release shows as its main image
 * expires that release's pages, and the page is drawn again in the action's answer. The form
 * stays as typed (it used to open again empty); a new visit still starts empty.
 *
 * The image and the release showing it are this spec's own, made in SQL.
 */
import { expect, test } from '../fixtures';
import { libraryImage, releaseWithHero } from './sql-fixtures';
import { allSaved, createAccount, signIn, whenBodyLive, withClient, WRITER } from './support';

const stamp = Date.now().toString(36);
const ids = { image: '', release: '', created: '' };

test.beforeAll(async () => {
  createAccount(WRITER);
  await withClient(async (c) => {
    // Described in English only: the French text's description goes into the library.
    ids.image = await libraryImage(c, stamp, 200, { en: 'The harbour at dawn' }, '');
    ids.release = await releaseWithHero(c, ids.image, `Le port à l’aube ${stamp}`, `port-aube-${stamp}`, false);
  });
});

test.afterAll(async () => {
  await withClient(async (c) => {
    await c.query('delete from articles where id = any($1)', [[ids.release, ids.created].filter(Boolean)]);
    await c.query('delete from media where id = $1', [ids.image]);
  });
});

test('describing in a new release an image another release shows keeps the title and text typed; the next visit starts empty', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, WRITER, 'fr');
  await page.goto('/fr/dashboard/articles/new');
  const body = page.getByRole('textbox', { name: 'Texte', exact: true });
  await whenBodyLive(page, body);
  const title = page.getByLabel('Titre').filter({ visible: true });
  const typed = `Le port rouvre ${stamp}`;
  await title.fill(typed);
  await body.click();
  await page.keyboard.type('Les quais sont rouverts.');

  await page.getByRole('toolbar').getByRole('button', { name: 'Image', exact: true }).click();
  const src = await withClient(async (c) => (await c.query<{ src: string }>('select src from media where id = $1', [ids.image])).rows[0]!.src);
  await page.getByLabel('Depuis la médiathèque').selectOption(src);
  const alt = page.getByLabel('Texte de remplacement', { exact: true });
  await expect(alt).toHaveValue('');
  await alt.fill('Le port à l’aube');
  await page.getByRole('button', { name: 'Insérer l’image' }).click();

  // The library took the description (so the release showing the image was expired and the page drawn again)…
  await expect
    .poll(async () => withClient(async (c) => (await c.query('select 1 from media_translations where media_id = $1 and locale = $2', [ids.image, 'fr'])).rowCount))
    .toBe(1);
  await expect(body.locator('img')).toHaveAttribute('alt', 'Le port à l’aube');
  // …and everything typed is still there, in one editor on the screen.
  await expect(title).toHaveValue(typed);
  await expect(title).toHaveCount(1);
  await expect(body).toContainText('Les quais sont rouverts.');
  await page.keyboard.type(' Le trafic reprend.');
  await expect(body).toContainText('Le trafic reprend.');

  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr$/);
  ids.created = /articles\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
  // A new visit of "new release", by the links (the router may keep the screen of the last one), starts from an empty form.
  await page.getByRole('navigation', { name: 'Rubriques de la rédaction' }).getByRole('link', { name: 'Articles' }).click();
  await page.getByRole('link', { name: 'Nouvel article' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles\/new$/);
  await expect(page.getByLabel('Titre').filter({ visible: true })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Texte', exact: true }).filter({ visible: true })).not.toContainText('Les quais');

  // What was saved is what was typed, the image with it.
  await page.goto(`/fr/dashboard/articles/${ids.created}/fr`);
  await expect(page.getByLabel('Titre').filter({ visible: true })).toHaveValue(typed);
  const saved = page.getByRole('textbox', { name: 'Texte', exact: true });
  await expect(saved).toContainText('Les quais sont rouverts.');
  await expect(saved).toContainText('Le trafic reprend.');
  await expect(saved.locator('img')).toHaveAttribute('src', src);
});
