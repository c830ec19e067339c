/**
 * The texts of a library image that readers see under a live release's main image (its
 * descriptions, its credit) change only through someone who may change a live release: a
 * writer finds them read-only, told which live releases show them; a writer whose page was
 * opened before the release went live is refused on saving, keeps what was typed, and readers
 * still see the reviewed texts. An image no live release shows, a writer describes freely. A
 * writer uploading again an image a live release shows gets it back without the texts typed
 * with it, told why, those texts shown read-only; one putting it into a text keeps the
 * description typed there, which the library does not take, and is told so under the text.
 *
 * The images and releases are this spec's own, made in SQL.
 */
import sharp from 'sharp';
import { NOTIFY_CHANNEL } from '../../lib/cache/channel';
import { expect, test } from '../fixtures';
import { libraryImage, releaseWithHero } from './sql-fixtures';
import { createAccount, signIn, whenBodyLive, withClient, WRITER } from './support';

const stamp = Date.now().toString(36);
const LIVE_TITLE = `Le port de Montevideo ${stamp}`;
const LATE_TITLE = `Escale à Montevideo ${stamp}`;
const LATE_SLUG = `escale-montevideo-${stamp}`;
const REUPLOAD_TITLE = `Les quais de Montevideo ${stamp}`;
const ids = { live: '', late: '', free: '', liveArticle: '', lateArticle: '', reuploaded: '', reuploadedArticle: '' };

test.beforeAll(async () => {
  createAccount(WRITER);
  await withClient(async (c) => {
    ids.live = await libraryImage(c, stamp, 20, { fr: 'Les quais du port de Montevideo' }, '© OIM / Archives');
    ids.late = await libraryImage(c, stamp, 90, { fr: 'Un navire à quai' }, '© OIM 2006');
    ids.free = await libraryImage(c, stamp, 160, { fr: 'Une image libre' }, '');
    ids.liveArticle = await releaseWithHero(c, ids.live, LIVE_TITLE, `port-montevideo-${stamp}`, true);
    ids.lateArticle = await releaseWithHero(c, ids.late, LATE_TITLE, LATE_SLUG, false);
  });
});

test.afterAll(async () => {
  await withClient(async (c) => {
    await c.query('delete from articles where id = any($1)', [[ids.liveArticle, ids.lateArticle, ids.reuploadedArticle].filter(Boolean)]);
    await c.query('delete from media where id = any($1)', [[ids.live, ids.late, ids.free, ids.reuploaded].filter(Boolean)]);
  });
});

test('a writer finds the texts of an image a live release shows read-only, and why', async ({ page }) => {
  await signIn(page, WRITER, 'fr');
  await page.goto(`/fr/dashboard/media/${ids.live}`);
  await expect(page.getByText('Cette image est l’image principale d’un communiqué publié ou programmé : leurs lecteurs voient ses textes sous la photo, sans relecture.', { exact: false })).toBeVisible();
  // The live release is named, and leads to its editor.
  await expect(page.getByRole('main').getByRole('link', { name: LIVE_TITLE, exact: true }).first()).toHaveAttribute('href', `/fr/dashboard/articles/${ids.liveArticle}/fr`);
  const french = page.getByRole('group', { name: /^Français/ });
  await expect(french.getByLabel('Texte de remplacement')).toHaveValue('Les quais du port de Montevideo');
  await expect(french.getByLabel('Texte de remplacement')).not.toBeEditable();
  await expect(page.getByLabel('Crédit')).toHaveValue('© OIM / Archives');
  await expect(page.getByLabel('Crédit')).not.toBeEditable();
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0);
});

test('a writer whose page was opened before the release went live is refused on saving, and keeps what was typed', async ({ page, browser }) => {
  await signIn(page, WRITER, 'fr');
  await page.goto(`/fr/dashboard/media/${ids.late}`);
  const french = page.getByRole('group', { name: /^Français/ });
  await expect(french.getByLabel('Texte de remplacement')).toBeEditable();

  // An editor publishes the release meanwhile (as the workflow action does, with its tags).
  await withClient(async (c) => {
    await c.query(`update article_translations set status = 'published', publish_at = '2006-11-03T08:00:00Z', first_published_at = '2006-11-03T08:00:00Z' where article_id = $1`, [ids.lateArticle]);
    await c.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, JSON.stringify({ tags: [`article:${ids.lateArticle}`, 'articles:fr', `slug:${LATE_SLUG}`], from: 0 })]);
  });

  await french.getByLabel('Texte de remplacement').fill('Texte du rédacteur');
  await page.getByLabel('Crédit').fill('Crédit du rédacteur');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Cette image est l’image principale d’un communiqué publié ou programmé : ses lecteurs voient ses textes, que seuls les éditeurs peuvent modifier. Votre saisie est conservée ci-dessous.')).toBeVisible();
  await expect(page.getByRole('group', { name: /^Français/ }).getByLabel('Texte de remplacement')).toHaveValue('Texte du rédacteur');
  await expect(page.getByLabel('Crédit')).toHaveValue('Crédit du rédacteur');

  // Readers still see the texts the release was published with.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/fr/news/${LATE_SLUG}`);
  await expect(reader.getByRole('article').getByRole('img', { name: 'Un navire à quai' })).toBeVisible();
  await expect(reader.getByRole('article').locator('figure figcaption')).toHaveText(['© OIM 2006']);
  await reader.context().close();
});

test('a writer describes an image no live release shows', async ({ page }) => {
  await signIn(page, WRITER, 'fr');
  await page.goto(`/fr/dashboard/media/${ids.free}`);
  await page.getByRole('group', { name: /^Français/ }).getByLabel('Texte de remplacement').fill('Une image décrite par la rédactrice');
  await page.getByLabel('Crédit').fill('© OIM');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Les textes de l’image sont enregistrés')).toBeVisible();
  await expect(page.getByRole('group', { name: /^Français/ }).getByLabel('Texte de remplacement')).toHaveValue('Une image décrite par la rédactrice');
});

test('a writer putting an image a live release shows into a text keeps the description there, and is told the library does not take it', async ({ page }) => {
  await signIn(page, WRITER, 'fr');
  // A new release in English: the image has no English text in the library, and no live release shows it in English.
  await page.goto('/fr/dashboard/articles/new?lang=en');
  const body = page.getByRole('textbox', { name: 'Texte' });
  await whenBodyLive(page, body);
  await page.getByRole('toolbar').getByRole('button', { name: 'Image', exact: true }).click();
  await page.getByLabel('Depuis la médiathèque').selectOption({ label: 'Les quais du port de Montevideo (port-20.jpg)' });
  const alt = page.getByLabel('Texte de remplacement', { exact: true });
  await expect(alt).toHaveValue('');
  await alt.fill('The quays of the port of Montevideo');
  await page.getByRole('button', { name: 'Insérer l’image' }).click();
  await expect(body.locator('img')).toHaveAttribute('alt', 'The quays of the port of Montevideo');
  await expect(page.getByRole('status').filter({ hasText: 'L’image est dans le texte, mais sa description n’a pas été enregistrée dans la médiathèque' })).toContainText(
    'Cette image est l’image principale d’un communiqué publié ou programmé : seuls les éditeurs peuvent compléter ses descriptions dans la médiathèque. Votre description reste dans le texte.',
  );
  // The library has no English text still.
  const texts = await withClient(async (c) => (await c.query<{ locale: string }>('select locale from media_translations where media_id = $1', [ids.live])).rows.map((r) => r.locale));
  expect(texts).toEqual(['fr']);
});

test('a writer uploading again an image a live release shows is told its texts stay, and gets back what was typed', async ({ page }) => {
  // An upload, a release published with it, a second upload and the image's page: more than the default 30 s on a loaded host.
  test.setTimeout(60_000);
  // Bytes of this run's own (the library finds an image by its bytes).
  const photo = await sharp({ create: { width: 320, height: 200, channels: 3, background: { r: parseInt(stamp.slice(-2), 36) % 256, g: 40, b: 200 } } }).jpeg().toBuffer();
  const file = { name: 'quais.jpg', mimeType: 'image/jpeg', buffer: photo };
  await signIn(page, WRITER, 'fr');
  await page.goto('/fr/dashboard/media/new');
  await page.getByLabel('Image', { exact: true }).setInputFiles(file);
  await page.getByRole('group', { name: /^Français/ }).getByLabel('Texte de remplacement').fill('Les quais du port');
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(page.getByText('L’image est dans la médiathèque')).toBeVisible();
  ids.reuploaded = /\/dashboard\/media\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  // An editor publishes a release showing it.
  ids.reuploadedArticle = await withClient((c) => releaseWithHero(c, ids.reuploaded, REUPLOAD_TITLE, `quais-montevideo-${stamp}`, true));

  // The same file again, with an English text and a credit it lacks.
  await page.goto('/fr/dashboard/media/new');
  await page.getByLabel('Image', { exact: true }).setInputFiles(file);
  await page.getByRole('group', { name: /^English/ }).getByLabel('Texte de remplacement').fill('The quays of the port');
  await page.getByLabel('Crédit').fill('© Rédactrice');
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  const told = 'Cette image était déjà dans la médiathèque. C’est l’image principale d’un communiqué publié ou programmé : ses lecteurs voient ses textes, que seuls les éditeurs peuvent modifier. Les textes que vous avez saisis ne lui ont donc pas été ajoutés';
  await expect(page.getByText(told, { exact: false })).toBeVisible();
  // The message takes the focus (the form and its button went away).
  await expect(page.locator(':focus')).toContainText(told);
  // What was typed, read-only, to be read and copied.
  const english = page.getByRole('group', { name: /^English/ }).getByLabel('Texte de remplacement');
  await expect(english).toHaveValue('The quays of the port');
  await expect(english).not.toBeEditable();
  await expect(page.getByLabel('Crédit')).toHaveValue('© Rédactrice');
  await expect(page.getByLabel('Crédit')).not.toBeEditable();
  await expect(page.getByRole('link', { name: 'Voir l’image dans la médiathèque' })).toHaveAttribute('href', `/fr/dashboard/media/${ids.reuploaded}`);

  // Another image: the upload form again, empty.
  await page.getByRole('button', { name: 'Envoyer une autre image' }).click();
  await expect(page.getByLabel('Image', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Crédit')).toHaveValue('');
  await expect(page.getByLabel('Crédit')).toBeEditable();

  // The image kept its texts: no English text, no credit.
  await page.goto(`/fr/dashboard/media/${ids.reuploaded}`);
  await expect(page.getByRole('group', { name: /^Français/ }).getByLabel('Texte de remplacement')).toHaveValue('Les quais du port');
  await expect(page.getByRole('group', { name: /^English/ }).getByLabel('Texte de remplacement')).toHaveValue('');
  await expect(page.getByLabel('Crédit')).toHaveValue('');
});
