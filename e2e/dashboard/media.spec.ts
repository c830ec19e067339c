/**
 * The media library, as a writer and an editor use it: a file that is not an image is refused
 * at its field with the description typed beside it kept; a camera photo goes in without its
 * GPS position and camera data; an editor picks it as a release's main image, its description
 * comes with it, and the published release shows it to readers in widths made for their screen. An
 * image a release shows cannot be deleted; one deleted is served no more, in any size.
 */
import sharp from 'sharp';
import { expect, test } from '../fixtures';
import { allSaved, createAccount, EDITOR, signIn, whenBodyLive, WRITER } from './support';

/**
 * A 1,600 × 900 "photo" with a GPS position and a camera maker in its EXIF block; `label` is
 * drawn in it, so two tests' photos are never the same bytes (the library would find the first).
 */
async function cameraPhoto(label = 'Montevideo'): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0b4f8a"/><stop offset="1" stop-color="#6fb3e0"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/><circle cx="1200" cy="300" r="160" fill="#f5c542"/>
    <rect x="0" y="640" width="1600" height="260" fill="#2f6b3a"/><text x="80" y="820" font-size="${Date.now() % 90 + 60}" fill="#fff">${label}</text></svg>`;
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: 'Camera Maker' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '34/1 54/1 0/1' } })
    .toBuffer();
}

test('a writer adds a photo to the media library; an editor publishes a release showing it', async ({ page, browser }) => {
  // Three people's screens, two sign-ins, an upload and a publish: more than the default 30 s on a loaded host.
  test.setTimeout(60_000);
  createAccount(WRITER);
  createAccount(EDITOR);
  await signIn(page, WRITER, 'fr');
  await page.getByRole('navigation', { name: 'Rubriques de la rédaction' }).getByRole('link', { name: 'Médiathèque' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Médiathèque' })).toBeVisible();
  await page.getByRole('link', { name: 'Ajouter une image' }).click();

  // Too large: said at the field before anything is sent, and the form cannot be sent.
  const upload = page.getByRole('button', { name: 'Envoyer l’image' });
  await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'enorme.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) });
  await expect(page.getByText('Ce fichier est trop lourd : 10 Mo au plus.', { exact: false })).toBeVisible();
  await expect(upload).toBeDisabled();

  // Not an image: refused at the file field; the descriptions typed are still there.
  const french = page.getByRole('group', { name: /^Français/ });
  const alt = 'Vue de Montevideo, le soleil au-dessus de la baie';
  await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'communique.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 pas une image') });
  // No broken-image icon for it: a sentence says there is nothing to preview.
  const noPreview = page.getByText('Pas d’aperçu : le navigateur ne sait pas afficher ce fichier comme une image.');
  await expect(noPreview).toBeVisible();
  await expect(page.getByRole('img', { name: 'Aperçu de l’image choisie' })).toHaveCount(0);
  await french.getByLabel('Texte de remplacement').fill(alt);
  await page.getByLabel('Crédit').fill('© OIM / Juan Pérez');
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(page.getByText('Ce fichier n’est pas une image lisible. Choisissez une photo JPEG, PNG, WebP ou AVIF.')).toBeVisible();
  await expect(page.getByLabel('Image', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(french.getByLabel('Texte de remplacement')).toHaveValue(alt);
  await expect(page.getByLabel('Crédit')).toHaveValue('© OIM / Juan Pérez');
  await expect(noPreview).toBeVisible();

  await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'baie.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto() });
  await expect(page.getByRole('img', { name: 'Aperçu de l’image choisie' })).toBeVisible();
  await expect(noPreview).toHaveCount(0);
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(page.getByText('L’image est dans la médiathèque')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: alt })).toBeVisible();
  // (The library's list, left mounted but hidden behind this screen, may show other images' sizes.)
  await expect(page.getByText(/^1\s600 × 900 pixels/).filter({ visible: true })).toBeVisible();
  await expect(page.getByText('Aucun communiqué ne la montre pour l’instant.')).toBeVisible();
  // Writers add and describe images; deleting them is for editors.
  await expect(page.getByRole('button', { name: 'Supprimer…' })).toHaveCount(0);
  const src = (await page.locator('figure code').textContent())!;
  expect(src).toMatch(/^\/media\/[0-9a-f]{32}\.jpg$/);
  const served = await page.request.get(src);
  expect(served.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const bytes = await served.body();
  expect(bytes.includes(Buffer.from('Camera Maker'))).toBe(false);
  expect((await sharp(bytes).metadata()).exif).toBeUndefined();
  await page.context().close();

  // The editor writes a release and picks the image: its French description comes with it.
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, EDITOR, 'fr');
  await editor.goto('/fr/dashboard/articles/new');
  // Typed once the editor is live (hydrated): its toolbar and fields answer then.
  await whenBodyLive(editor, editor.getByRole('textbox', { name: 'Texte' }));
  await editor.keyboard.type('Une image de la baie.');
  const title = `La baie de Montevideo ${Date.now().toString(36)}`;
  await editor.getByLabel('Titre').filter({ visible: true }).fill(title);
  await editor.getByRole('textbox', { name: 'Texte' }).click();
  // The same image in the text, from the library: its description comes with it.
  await editor.getByRole('toolbar').getByRole('button', { name: 'Image', exact: true }).click();
  await editor.getByLabel('Depuis la médiathèque').selectOption({ label: `${alt} (baie.jpg)` });
  await expect(editor.getByLabel('Texte de remplacement', { exact: true })).toHaveValue(alt);
  await editor.getByRole('button', { name: 'Insérer l’image' }).click();
  await expect(editor.getByRole('textbox', { name: 'Texte' }).locator('img')).toHaveAttribute('src', src);
  await editor.getByText('Contact, thèmes, pays et image').click();
  await editor.getByLabel('Image principale').selectOption({ label: `${alt} (baie.jpg)` });
  await expect(editor.getByLabel('Texte de remplacement de l’image (dans cette langue)')).toHaveValue(alt);
  await editor.getByRole('button', { name: 'Enregistrer et publier' }).click();
  await expect(allSaved(editor)).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/fr/news');
  await reader.getByRole('link', { name: title }).click();
  // The main image comes first, above the text.
  const hero = reader.getByRole('article').getByRole('img', { name: alt }).first();
  await expect(reader.getByRole('article').locator('figure figcaption')).toHaveText(['© OIM / Juan Pérez']);
  // Isolated in its own direction, so that on an Arabic page its © stays in front.
  await expect(reader.getByRole('article').locator('figure figcaption bdi')).toHaveText('© OIM / Juan Pérez');
  // In the text too, in widths for the screen and with its size (no layout shift).
  const inText = reader.getByRole('article').locator('.prose-body img');
  await expect(inText).toHaveAttribute('alt', alt);
  await expect(inText).toHaveAttribute('width', '1600');
  expect(await inText.getAttribute('srcset')).toContain(`/_next/image?url=${encodeURIComponent(src)}&w=640&q=75 640w`);
  // Shared on social networks and read by search engines with its image.
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`${src.replace(/\./g, '\\.')}$`));
  await expect(reader.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', alt);
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!) as { image?: string[] };
  expect(jsonLd.image?.[0]).toMatch(new RegExp(`^https?://[^/]+${src.replace(/\./g, '\\.')}$`));
  // Offered in widths made from the upload (WebP here), the browser picking one for the screen.
  expect(await hero.getAttribute('srcset')).toContain(`/_next/image?url=${encodeURIComponent(src)}&w=640&q=75 640w`);
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const chosen = await hero.evaluate((img: HTMLImageElement) => img.currentSrc);
  const resized = await reader.request.get(chosen, { headers: { accept: 'image/webp,*/*' } });
  expect(resized.headers()['content-type']).toBe('image/webp');
  expect((await sharp(await resized.body()).metadata()).width).toBeLessThan(1600);
  await reader.context().close();

  // Shown by a release: the library finds it by its text among those in use, says so, and
  // offers no deletion.
  await editor.goto('/fr/dashboard/media');
  const search = editor.getByRole('search', { name: 'Rechercher dans la médiathèque' });
  await search.getByLabel('Rechercher').fill('soleil au-dessus');
  await search.getByLabel('Utilisation').selectOption({ label: 'Montrées par un communiqué' });
  await search.getByRole('button', { name: 'Filtrer' }).click();
  await expect(editor.getByRole('status').filter({ hasText: /^1 image$/ })).toBeVisible();
  await search.getByLabel('Utilisation').selectOption({ label: 'Montrées par aucun communiqué' });
  await search.getByRole('button', { name: 'Filtrer' }).click();
  await expect(editor.getByText('Aucune image ne correspond à ces critères.')).toBeVisible();
  await editor.getByRole('link', { name: 'Effacer les filtres' }).click();
  await editor.getByRole('link', { name: alt }).click();
  await expect(editor.getByText('Montrée par 1 communiqué.')).toBeVisible();
  await expect(editor.getByText('Cette image est montrée par 1 communiqué (voir la liste ci-dessus) : retirez-la de là avant de la supprimer.')).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Supprimer…' })).toHaveCount(0);
  // It names that release, which leads to its editor (to take the image out of it).
  const uses = editor.getByRole('main').getByRole('listitem').filter({ hasText: 'Communiqué :' });
  await expect(uses).toHaveCount(1);
  await uses.getByRole('link', { name: title }).click();
  await expect(editor).toHaveURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr$/);
  await expect(editor.getByLabel('Titre').filter({ visible: true })).toHaveValue(title);
  await editor.context().close();
});

test('an image deleted from the library is no longer served, in any size', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  await page.goto('/fr/dashboard/media/new');
  const alt = `Image retirée ${Date.now()}`;
  // The preview shows once the form is live (hydrated): a file chosen before that is chosen
  // again, and the description is typed after.
  const photo = await cameraPhoto(alt);
  await expect(async () => {
    await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'retiree.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect(page.getByRole('img', { name: 'Aperçu de l’image choisie' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole('group', { name: /^Français/ }).getByLabel('Texte de remplacement').fill(alt);
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  // Processing a photo (sharp) on a loaded machine may take a while.
  await expect(page.getByText('L’image est dans la médiathèque')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: alt })).toBeVisible();
  const src = (await page.locator('figure code').textContent())!;
  const resized = `/_next/image?url=${encodeURIComponent(src)}&w=640&q=75`;
  // Asked for once: Next's optimizer makes that size (and keeps nothing: isrFlushToDisk is off,
  // which turns its image disk cache off too; nginx keeps sizes 10 minutes at most).
  const reader = page.context().request;
  expect((await reader.get(resized, { headers: { accept: 'image/webp,*/*' } })).status()).toBe(200);
  expect((await reader.get(src)).status()).toBe(200);

  await page.getByRole('button', { name: 'Supprimer…' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(page.getByText(`L’image « ${alt} » est supprimée.`)).toBeVisible();
  // The original and the size already made both answer 404.
  expect((await reader.get(resized, { headers: { accept: 'image/webp,*/*' } })).status()).toBe(404);
  expect((await reader.get(src)).status()).toBe(404);
});
