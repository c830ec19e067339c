/**
 * The media library's screens as their users meet them, in French and in Arabic: an image's
 * page (its file's name in its own direction, what shows it, its deletion asked), an address
 * that names no image, the screen a refused link leads to, each named in the tab's title and
 * passing axe; and a portrait image as readers see it at the head of a release.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type pg from 'pg';
import sharp from 'sharp';
import { expect, expectNoA11yViolations, test } from '../fixtures';
import { createAccount, EDITOR, signIn, whenBodyLive, withClient, WRITER } from './support';

const LOCALES = ['fr', 'ar'] as const;

/** The app's own message `key` ("Dashboard.title") in `locale`. */
function catalog(locale: string): (key: string) => string {
  const messages: unknown = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages', `${locale}.json`), 'utf8'));
  return (key) => String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages));
}

/** An image as an upload leaves it, `width` × `height`, named `fileName`, described in French. */
async function storedImage(c: pg.Client, width: number, height: number, fileName: string, alt: string): Promise<{ id: string; src: string }> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: Date.now() % 256 } } })
    .jpeg()
    .toBuffer();
  const sha = createHash('sha256').update(bytes).update(alt).digest('hex');
  const src = `/media/${sha.slice(0, 32)}.jpg`;
  const { rows } = await c.query<{ id: string }>(
    `insert into media (src, width, height, mime_type, file_name, byte_size) values ($1, $2, $3, 'image/jpeg', $4, $5) returning id`,
    [src, width, height, fileName, bytes.length],
  );
  const id = rows[0]!.id;
  await c.query('insert into media_files (media_id, sha256, data) values ($1, $2, $3)', [id, sha, bytes]);
  await c.query(`insert into media_translations (media_id, locale, alt) values ($1, 'fr', $2)`, [id, alt]);
  return { id, src };
}

/** A French draft with `image` as its main image and inside its text. */
async function draftShowing(c: pg.Client, image: { id: string; src: string; width: number; height: number; alt: string }, title: string): Promise<string> {
  const slug = `portrait-${Date.now().toString(36)}`;
  const { rows } = await c.query<{ id: string }>(`insert into articles (key, type, hero_media_id) values ($1, 'press_release', $2) returning id`, [`e2e/${slug}`, image.id]);
  const id = rows[0]!.id;
  const body = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Le texte commence ici.' }] },
      { type: 'image', attrs: { src: image.src, alt: image.alt, width: image.width, height: image.height } },
    ],
  };
  await c.query(`insert into article_translations (article_id, locale, slug, title, body, status) values ($1, 'fr', $2, $3, $4, 'draft')`, [id, slug, title, JSON.stringify(body)]);
  return id;
}

for (const locale of LOCALES) {
  test(`media screens in ${locale}: an image's page, a missing one, a refused one`, async ({ page }) => {
    test.setTimeout(90_000);
    const t = catalog(locale);
    createAccount(EDITOR);
    createAccount(WRITER);
    const stamp = Date.now().toString(36);
    // A Latin file name starting with digits: in an Arabic sentence, left alone, it would read "réunion (1).jpg-2024".
    const fileName = `2024-réunion ${stamp} (1).jpg`;
    const [used, unused] = await withClient(async (c) => {
      const shown = await storedImage(c, 600, 400, fileName, `Image montrée ${stamp}`);
      await draftShowing(c, { ...shown, width: 600, height: 400, alt: `Image montrée ${stamp}` }, `Communiqué montrant ${stamp}`);
      return [shown, await storedImage(c, 400, 300, `libre-${stamp}.jpg`, `Image libre ${stamp}`)];
    });
    await signIn(page, EDITOR, locale);
    const title = `${t('AdminMedia.editTitle')} — ${t('Dashboard.title')}`;

    // An image a release shows: its file named in its own direction, the release listed, no deletion.
    await page.goto(`/${locale}/dashboard/media/${used.id}`);
    await expect(page).toHaveTitle(title);
    await expect(page.getByRole('main').locator('figcaption')).toContainText(`\u2068${fileName}\u2069`);
    await expect(page.getByRole('main').getByRole('link', { name: `Communiqué montrant ${stamp}` })).toBeVisible();
    await expect(page.getByRole('button', { name: t('AdminMedia.delete') })).toHaveCount(0);
    await expectNoA11yViolations(page);

    // An image nothing shows: its deletion is asked first, the question passes axe, Escape puts it away.
    await page.goto(`/${locale}/dashboard/media/${unused.id}`);
    const trigger = page.getByRole('button', { name: t('AdminMedia.delete') });
    await trigger.click();
    await expect(page.getByRole('button', { name: t('AdminMedia.deleteConfirm') })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.keyboard.press('Escape');
    await expect(trigger).toBeFocused();

    // On a phone, right to left too: nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const p of [`/${locale}/dashboard/media`, `/${locale}/dashboard/media/new`, `/${locale}/dashboard/media/${used.id}`]) {
      await page.goto(p);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(390);
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    // An address that names no image (mistyped, cut short): "not found", inside the dashboard.
    for (const bad of ['not-an-id', used.id.slice(0, 20), '00000000-0000-0000-0000-000000000000']) {
      await page.goto(`/${locale}/dashboard/media/${bad}`);
      await expect(page.getByRole('heading', { level: 1, name: t('Dashboard.notFoundTitle') }), bad).toBeVisible();
      await expect(page.getByRole('navigation', { name: t('Dashboard.navLabel') }).getByRole('link', { name: t('Dashboard.nav.media') })).toBeVisible();
      await expect(page).toHaveTitle(`${t('Dashboard.notFoundTitle')} — ${t('Dashboard.title')}`);
    }
    await expectNoA11yViolations(page);

    // A writer sent away from the users' screen: the tab says where they are.
    await page.context().clearCookies();
    await signIn(page, WRITER, locale);
    await page.goto(`/${locale}/dashboard/users`);
    await expect(page.getByRole('heading', { level: 1, name: t('Dashboard.forbiddenTitle') })).toBeVisible();
    await expect(page).toHaveTitle(`${t('Dashboard.forbiddenTitle')} — ${t('Dashboard.title')}`);
    await expectNoA11yViolations(page);
  });
}

test('a portrait main image stays within the screen, whole, at the head of a release and in its text', async ({ page }) => {
  createAccount(EDITOR);
  const stamp = Date.now().toString(36);
  const alt = `Portrait ${stamp}`;
  const id = await withClient(async (c) => {
    const image = await storedImage(c, 600, 2400, `portrait-${stamp}.jpg`, alt);
    return draftShowing(c, { ...image, width: 600, height: 2400, alt }, `Le portrait ${stamp}`);
  });
  await signIn(page, EDITOR, 'fr');
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    // The preview is the public template itself.
    await page.goto(`/fr/preview/articles/${id}?ui=fr`);
    const images = page.getByRole('article').getByRole('img', { name: alt });
    await expect(images).toHaveCount(2);
    for (const img of await images.all()) {
      // Its stored size still gives its box before it loads (no layout shift)…
      await expect(img).toHaveAttribute('width', '600');
      await expect(img).toHaveAttribute('height', '2400');
      // …held to most of the screen's height, the photo shown whole inside it, not cut or stretched.
      const box = (await img.boundingBox())!;
      expect(box.height, `${viewport.width}px`).toBeLessThanOrEqual(viewport.height * 0.75 + 1);
      expect(box.width).toBeLessThanOrEqual(viewport.width);
      await expect(img).toHaveCSS('object-fit', 'contain');
    }
  }
});

test('a text’s image and link panels close with Escape wherever the focus is in them, the focus back in the text', async ({ page }) => {
  createAccount(EDITOR);
  const stamp = Date.now().toString(36);
  // The library is not empty: the image panel opens on its list of images.
  await withClient((c) => storedImage(c, 400, 300, `panneau-${stamp}.jpg`, `Panneau ${stamp}`));
  await signIn(page, EDITOR, 'fr');
  await page.goto('/fr/dashboard/articles/new');
  const body = page.getByRole('textbox', { name: 'Texte' });
  await whenBodyLive(page, body);
  await page.keyboard.type('Un texte');
  const toolbar = page.getByRole('toolbar');

  await toolbar.getByRole('button', { name: 'Image', exact: true }).click();
  const library = page.getByLabel('Depuis la médiathèque');
  await expect(library).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(library).toHaveCount(0);
  await expect(body).toBeFocused();

  // From its buttons too.
  await toolbar.getByRole('button', { name: 'Image', exact: true }).click();
  const imagePanel = page.getByRole('group', { name: 'Image', exact: true });
  await imagePanel.getByRole('button', { name: 'Insérer l’image' }).focus();
  await page.keyboard.press('Escape');
  await expect(imagePanel).toHaveCount(0);
  await expect(body).toBeFocused();

  await toolbar.getByRole('button', { name: 'Lien', exact: true }).click();
  const linkPanel = page.getByRole('group', { name: 'Lien', exact: true });
  await linkPanel.getByRole('button', { name: 'Appliquer' }).focus();
  await page.keyboard.press('Escape');
  await expect(linkPanel).toHaveCount(0);
  await expect(body).toBeFocused();
  await expect(body).toContainText('Un texte');
});
