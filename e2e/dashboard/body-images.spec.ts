/**
 * Image files pasted or dropped into a text, as writers bring them (a screenshot from the
 * clipboard, a photo dragged from the desktop): the image goes into the media library, the
 * image panel opens on it with the focus on its description, and once described it is in the
 * text, and in the library with that description; the release may take it as its main image at
 * once. What is not an image is refused in the status line, in the interface's language, the
 * text unchanged; a browser's copy of an image (HTML whose image the site cannot show, and the
 * file) brings the file; of several files, the first.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allSaved, createAccount, EDITOR, signIn, whenBodyLive, WRITER } from './support';

const ar = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages/ar.json'), 'utf8')) as {
  Editor: Record<'body' | 'imageAlt' | 'imageInsert' | 'imageUploaded' | 'imageUploadedFirstOnly' | 'imagesDropped', string>;
  Validation: { media: Record<'notImage', string> };
};

interface Clip {
  /** PNG files drawn in the page, each with its own colours and this text (never the same bytes twice). */
  images?: number;
  label?: string;
  /** Other files, as `[name, type, text]`. */
  others?: [string, string, string][];
  html?: string;
  /** A drop where the pointer is, rather than a paste at the cursor. */
  drop?: boolean;
}

/** A paste (or a drop) on the body, built in the page as a browser delivers it: a DataTransfer holding files. */
async function deliver(body: Locator, clip: Clip): Promise<void> {
  await body.evaluate(async (el, { images = 0, label = '', others = [], html, drop, seed }) => {
    const data = new DataTransfer();
    for (let i = 0; i < images; i++) {
      const canvas = document.createElement('canvas');
      canvas.width = 640;
      canvas.height = 360;
      const g = canvas.getContext('2d')!;
      g.fillStyle = `hsl(${(seed + i * 97) % 360} 55% 40%)`;
      g.fillRect(0, 0, 640, 360);
      g.fillStyle = '#fff';
      g.font = '32px sans-serif';
      g.fillText(`${label} ${seed} ${i}`, 24, 190);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
      data.items.add(new File([blob], `capture-${i + 1}.png`, { type: 'image/png' }));
    }
    for (const [name, type, text] of others) data.items.add(new File([text], name, { type }));
    if (html !== undefined) data.setData('text/html', html);
    if (drop) {
      const box = el.getBoundingClientRect();
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, clientX: box.left + 20, clientY: box.top + 20, bubbles: true, cancelable: true }));
    } else {
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }
  }, { ...clip, seed: Date.now() % 100_000 });
}

async function newArticle(page: Page, locale: string, lang: string): Promise<Locator> {
  await page.goto(`/${locale}/dashboard/articles/new?lang=${lang}`);
  const body = page.getByRole('textbox', { name: locale === 'ar' ? ar.Editor.body : 'Texte' });
  // Typed once the editor is live (hydrated): the paste handlers are there.
  await whenBodyLive(page, body);
  return body;
}

test('a writer pastes a screenshot into a new release, describes it, makes it the main image, saves: it is in the text and in the library', async ({ page }) => {
  createAccount(WRITER);
  await signIn(page, WRITER, 'fr');
  const body = await newArticle(page, 'fr', 'fr');
  const title = `Capture collée ${Date.now().toString(36)}`;
  await page.getByLabel('Titre').filter({ visible: true }).fill(title);
  await body.click();
  await page.keyboard.type('Avant l’image.');

  await deliver(body, { images: 1, label: title });
  // The panel opens on the image stored, the focus on its description (none yet in French).
  const alt = page.getByLabel('Texte de remplacement', { exact: true });
  await expect(alt).toBeFocused({ timeout: 30_000 });
  await expect(alt).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'L’image est dans la médiathèque. Décrivez-la' })).toBeVisible();
  const src = await page.getByLabel('Adresse de l’image (/… ou https://…)').inputValue();
  expect(src).toMatch(/^\/media\/[0-9a-f]{32}\.png$/);
  await expect(page.getByLabel('Depuis la médiathèque')).toHaveValue(src);
  // Nothing is in the text until it is described and inserted; the panel shows it, to describe it seeing it.
  await expect(body.locator('img')).toHaveCount(0);
  const preview = page.locator('[data-rich-text-editor] img').filter({ visible: true });
  await expect(preview).toHaveAttribute('src', new RegExp(`url=${encodeURIComponent(src)}`));
  await expect(preview).toHaveAttribute('alt', '');
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  // The description is required, as for any image.
  await page.getByRole('button', { name: 'Insérer l’image' }).click();
  await expect(page.getByText('Décrivez l’image pour qui ne la voit pas : ce texte est obligatoire.')).toBeVisible();
  await expect(alt).toBeFocused();
  const description = `Capture d’écran du tableau de bord ${title}`;
  await alt.fill(description);
  await alt.press('Enter');
  const inserted = body.locator('img');
  await expect(inserted).toHaveAttribute('src', src);
  await expect(inserted).toHaveAttribute('alt', description);
  await expect(inserted).toHaveAttribute('width', '640');
  await expect(body).toContainText('Avant l’image.');

  // It may be the main image at once, offered as the library's images are (by the description
  // just typed, and its file's name), the page not read again: nothing typed is lost.
  await page.getByText('Contact, thèmes, pays et image').filter({ visible: true }).click();
  const hero = page.getByRole('combobox', { name: 'Image principale' });
  await expect(hero.locator('option', { hasText: 'capture-1.png' })).toHaveCount(1);
  await hero.selectOption({ label: `${description} (capture-1.png)` });
  const heroId = await hero.inputValue();
  await expect(page.getByLabel('Texte de remplacement de l’image (dans cette langue)')).toHaveValue(description);
  await expect(page.locator('details img').filter({ visible: true })).toHaveAttribute('src', new RegExp(`url=${encodeURIComponent(src)}`));
  await expect(page.getByLabel('Titre').filter({ visible: true })).toHaveValue(title);
  // (Named exactly: the main image's text field, unfolded now, is "Texte de remplacement…".)
  await expect(page.getByRole('textbox', { name: 'Texte', exact: true })).toContainText('Avant l’image.');

  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  // Read again from the server: the saved text shows the image with its description, and it is the main image.
  await page.goto(page.url());
  const saved = page.getByRole('textbox', { name: 'Texte' }).locator('img');
  await expect(saved).toHaveAttribute('src', src);
  await expect(saved).toHaveAttribute('alt', description);
  await expect(page.getByLabel('Image principale', { exact: true })).toHaveValue(heroId);

  // The library lists it, with the description typed in the text (it had none in French).
  await page.goto('/fr/dashboard/media');
  const search = page.getByRole('search', { name: 'Rechercher dans la médiathèque' });
  await search.getByLabel('Rechercher').fill(title);
  await search.getByRole('button', { name: 'Filtrer' }).click();
  await page.getByRole('link', { name: description }).click();
  await expect(page.getByRole('heading', { level: 1, name: description })).toBeVisible();
  await expect(page.locator('figure code')).toHaveText(src);
  await expect(page.getByText('Montrée par 1 communiqué.')).toBeVisible();
});

/** The body's blocks, in order: "IMG" for an image, else the tag and its text. */
function outline(body: Locator): Promise<string[]> {
  return body.evaluate((el) => [...el.children].map((c) => (c.tagName === 'IMG' ? 'IMG' : `${c.tagName}: ${c.textContent}`)));
}

test('typing right after an image is inserted (uploaded, from the library, by its address) or a link applied goes on after it, replacing nothing', async ({ page }) => {
  test.setTimeout(60_000);
  createAccount(WRITER);
  await signIn(page, WRITER, 'fr');
  const body = await newArticle(page, 'fr', 'fr');
  const title = `Saisie continue ${Date.now().toString(36)}`;
  await page.getByLabel('Titre').filter({ visible: true }).fill(title);
  await body.click();
  await page.keyboard.type('Avant.');
  await page.keyboard.press('Enter');
  const images = body.locator('img');
  const selected = body.locator('.ProseMirror-selectednode');

  // A screenshot pasted: into the library, described, inserted; then typed at once.
  await deliver(body, { images: 1, label: title });
  const alt = page.getByLabel('Texte de remplacement', { exact: true });
  await expect(alt).toBeFocused({ timeout: 30_000 });
  const src = await page.getByLabel('Adresse de l’image (/… ou https://…)').inputValue();
  const description = `Capture ${title}`;
  await alt.fill(description);
  await alt.press('Enter');
  await expect(images).toHaveCount(1);
  // The focus back in the text, the image not left selected for the next key to replace.
  await expect(body).toBeFocused();
  await expect(selected).toHaveCount(0);
  await page.keyboard.type('Après l’envoi.');
  await expect(images).toHaveCount(1);

  // The same image from the library (its description comes with it).
  await page.keyboard.press('Enter');
  await page.getByRole('toolbar').getByRole('button', { name: 'Image', exact: true }).click();
  await page.getByLabel('Depuis la médiathèque').selectOption(src);
  await expect(alt).toHaveValue(description);
  await page.getByRole('button', { name: 'Insérer l’image' }).click();
  await expect(images).toHaveCount(2);
  await expect(body).toBeFocused();
  await expect(selected).toHaveCount(0);
  await page.keyboard.type('Après la médiathèque.');
  await expect(images).toHaveCount(2);

  // An image by its address, at the end of a paragraph (no new line first).
  await page.getByRole('toolbar').getByRole('button', { name: 'Image', exact: true }).click();
  await page.getByLabel('Adresse de l’image (/… ou https://…)').fill(src);
  await alt.fill('La même capture, par son adresse');
  await page.getByRole('button', { name: 'Insérer l’image' }).click();
  await expect(images).toHaveCount(3);
  await expect(body).toBeFocused();
  await page.keyboard.type('Après l’adresse.');
  await expect(images).toHaveCount(3);

  // A link on the first words: what is typed next follows them, outside the link.
  await body.getByText('Avant.').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('toolbar').getByRole('button', { name: 'Lien', exact: true }).click();
  await page.getByRole('textbox', { name: 'Adresse du lien' }).fill('https://www.iom.int/fr');
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(body).toBeFocused();
  await page.keyboard.type(' Lire la suite.');
  await expect(body.getByRole('link')).toHaveText('Avant.');
  await expect(body.getByRole('link')).toHaveAttribute('href', 'https://www.iom.int/fr');

  const expected = ['P: Avant. Lire la suite.', 'IMG', 'P: Après l’envoi.', 'IMG', 'P: Après la médiathèque.', 'IMG', 'P: Après l’adresse.'];
  expect(await outline(body)).toEqual(expected);
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  // Saved so, read again from the server.
  await page.goto(page.url());
  const saved = page.getByRole('textbox', { name: 'Texte' });
  await expect(saved.locator('img')).toHaveCount(3);
  expect(await outline(saved)).toEqual(expected);
});

test('in Arabic: a file that is not an image is refused in the status line; a copied image and several files', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'ar');
  const body = await newArticle(page, 'ar', 'ar');
  await body.click();
  await page.keyboard.type('نص أول.');
  const status = page.getByRole('status').filter({ hasText: /./ });

  // A document dropped: refused, said why, the text as it was.
  await deliver(body, { others: [['bilan.pdf', 'application/pdf', '%PDF-1.7 pas une image']], drop: true });
  await expect(status.filter({ hasText: ar.Validation.media.notImage })).toBeVisible({ timeout: 30_000 });
  await expect(body).toHaveText('نص أول.');
  await expect(page.getByLabel(ar.Editor.imageAlt, { exact: true })).toHaveCount(0);

  // A browser's copy of an image: its HTML (an image the site cannot show) and the file. The
  // file goes into the library rather than the image being left out.
  await deliver(body, { images: 1, label: 'copie', html: '<meta charset="utf-8"><img src="data:image/png;base64,iVBORw0KGgo=">' });
  const alt = page.getByLabel(ar.Editor.imageAlt, { exact: true });
  await expect(alt).toBeFocused({ timeout: 30_000 });
  await expect(status.filter({ hasText: ar.Editor.imageUploaded })).toBeVisible();
  await expect(page.getByText(ar.Editor.imagesDropped)).toHaveCount(0);
  await alt.fill('صورة منسوخة');
  await page.getByRole('button', { name: ar.Editor.imageInsert }).click();
  await expect(body.locator('img')).toHaveAttribute('alt', 'صورة منسوخة');

  // Two screenshots at once: the first only, and the status line says so.
  await deliver(body, { images: 2, label: 'deux' });
  await expect(status.filter({ hasText: ar.Editor.imageUploadedFirstOnly })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel(ar.Editor.imageAlt, { exact: true })).toBeFocused();
  await expect(body.locator('img')).toHaveCount(1);
});
