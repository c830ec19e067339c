/**
 * The media library's size limit, through the real server (proxy included): a photo of exactly
 * the advertised size is stored; a larger one is refused at its file field, never with the
 * error page, when the page's own check did not see it (a file chosen before its script ran,
 * a form posted without it): within the request body limit the server answers it with the
 * texts typed kept; over it, the server does not read the body and sends the form back with
 * the same error.
 */
import sharp from 'sharp';
import { MEDIA_BODY_MAX_BYTES, MEDIA_MAX_BYTES } from '../../lib/media/limits';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, signIn } from './support';
import { typeset } from '../../lib/typography';

const TOO_BIG = typeset('Ce fichier est trop lourd : 10 Mo au plus.', 'fr');

/** A real JPEG (a colour of this run's own, so the library does not already hold it) padded after its end to `size` bytes. */
async function photoOf(size: number): Promise<Buffer> {
  const n = Date.now() % 0xffffff;
  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: n & 255, g: (n >> 8) & 255, b: n >> 16 } } })
    .jpeg()
    .toBuffer();
  return Buffer.concat([jpeg, Buffer.alloc(size - jpeg.length)]);
}

test.beforeAll(() => createAccount(EDITOR));

test('a photo of exactly the largest size taken is stored', async ({ page }) => {
  // 10 MB sent, read and re-encoded: more than the default 30 s on a loaded host.
  test.setTimeout(120_000);
  await signIn(page, EDITOR, 'fr');
  await page.goto('/fr/dashboard/media/new');
  await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'juste.jpg', mimeType: 'image/jpeg', buffer: await photoOf(MEDIA_MAX_BYTES) });
  await expect(page.getByRole('img', { name: 'Aperçu de l’image choisie' })).toBeVisible();
  const alt = 'Une photo du poids le plus lourd accepté';
  await page.getByRole('group', { name: /^Français/ }).getByLabel('Texte de remplacement').fill(alt);
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(page.getByText('L’image est dans la médiathèque')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1, name: alt })).toBeVisible();
});

/** A file put in the form's file field without its change event: as one chosen before the page's script ran (its check did not see it). */
async function chooseUnchecked(page: Page, size: number): Promise<void> {
  await page.getByLabel('Image', { exact: true }).evaluate((input: HTMLInputElement, bytes) => {
    const list = new DataTransfer();
    list.items.add(new File([new Uint8Array(bytes)], 'lourde.jpg', { type: 'image/jpeg' }));
    input.files = list.files;
  }, size);
}

test('a file over the limit sent without the page’s check is refused at its field, never with the error page', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, EDITOR, 'fr');
  const french = page.getByRole('group', { name: /^Français/ });
  const alt = 'Une photo bien trop lourde';

  // Over the file's limit, within the body's: the server reads it and answers at the field, the text typed kept.
  await page.goto('/fr/dashboard/media/new');
  await french.getByLabel('Texte de remplacement').fill(alt);
  await chooseUnchecked(page, MEDIA_MAX_BYTES + 1);
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(page.getByText(TOO_BIG, { exact: false })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByLabel('Image', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(french.getByLabel('Texte de remplacement')).toHaveValue(alt);
  await expect(page.getByText('Une erreur est survenue')).toHaveCount(0);

  // Over the body's limit: not read; the form comes back with the same error at the field.
  await page.goto('/fr/dashboard/media/new');
  await french.getByLabel('Texte de remplacement').fill(alt);
  await chooseUnchecked(page, MEDIA_BODY_MAX_BYTES + 1);
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/media\/new\?tooBig=1$/, { timeout: 60_000 });
  await expect(page.getByText(TOO_BIG, { exact: false })).toBeVisible();
  await expect(page.getByLabel('Image', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Une erreur est survenue')).toHaveCount(0);

  // The same posted by a plain form (no script at all): sent back to the form by a 303.
  const posted = await page.request.post('/fr/dashboard/media/new', {
    multipart: { locale: 'fr', 'texts.fr.alt': alt, file: { name: 'enorme.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(MEDIA_BODY_MAX_BYTES + 1) } },
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(303);
  expect(new URL(posted.headers().location!, page.url()).pathname + new URL(posted.headers().location!, page.url()).search).toBe('/fr/dashboard/media/new?tooBig=1');
});
