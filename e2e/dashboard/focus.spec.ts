/**
 * Where the keyboard focus goes after a form's answer (WCAG 2.4.3, 3.3.1), never to the page's
 * body: a button pressed keeps it while its form is sent and after a save that draws the form
 * anew; a confirmation that goes away hands it to the message of the result; a refusal takes it
 * to the form's message, or to the first invalid field when there is none. A file chosen is
 * still chosen after a refusal.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Page, Route } from '@playwright/test';
import { expect, test } from '../fixtures';
import { ensureAdmin } from './support';

/** The app's own message `key` ("Editor.title") in `locale`. */
function catalog(locale: string): (key: string) => string {
  const messages: unknown = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages', `${locale}.json`), 'utf8'));
  return (key) => String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages));
}

/**
 * Opens `url` and waits until its form is live (hydrated: React has attached itself to the
 * server's HTML), so a key pressed or a file chosen reaches the page's script, not the browser's
 * plain form.
 */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => {
    const form = [...document.querySelectorAll('main form')].find((f) => f.checkVisibility());
    return !!form && Object.keys(form).some((k) => k.startsWith('__reactFiber'));
  });
}

/** The element that has the focus, as a locator (the hidden copies of earlier screens aside). */
const focused = (page: Page) => page.locator('*:focus');

/** Holds the next form post (a server action) until `release` is called: the form stays pending meanwhile. */
async function holdNextPost(page: Page): Promise<{ held: Promise<void>; release: () => Promise<void> }> {
  let route: Route | undefined;
  let heldResolve = () => {};
  const held = new Promise<void>((resolve) => (heldResolve = resolve));
  const handler = async (r: Route) => {
    if (r.request().method() !== 'POST' || route) return r.fallback();
    route = r;
    heldResolve();
  };
  await page.route('**/*', handler);
  return {
    held,
    release: async () => {
      await route?.continue();
      await page.unroute('**/*', handler);
    },
  };
}

async function shot(page: Page, name: string) {
  const file = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path: file });
  await test.info().attach(name, { path: file, contentType: 'image/png' });
}

for (const locale of ['fr', 'ar'] as const) {
  test(`${locale}: the save button keeps the focus while sending and after the save`, async ({ page }) => {
    const m = catalog(locale);
    await ensureAdmin(page);
    await open(page, `/${locale}/dashboard/articles/new`);
    await page.getByLabel(m('Editor.title')).filter({ visible: true }).fill(`Le focus ${Date.now().toString(36)}`);
    const save = page.locator('button[name="intent"][value="save"]').filter({ visible: true });
    await save.focus();
    await page.keyboard.press('Enter');
    // Saved: the editor of the new article, with the focus on its save button.
    await expect(page).toHaveURL(/\/dashboard\/articles\/[0-9a-f-]{36}\/fr$/);
    await expect(save).toHaveText(m('Editor.saveDraft'));
    await expect(save).toBeFocused();

    // Another save, from the keyboard: the button says it is sending, aria-disabled, focused.
    await page.getByLabel(m('Editor.lede')).filter({ visible: true }).fill('Un chapeau changé au clavier.');
    await save.focus();
    const post = await holdNextPost(page);
    await page.keyboard.press('Enter');
    await post.held;
    await expect(save).toHaveText(m('Editor.saving'));
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await expect(save).toBeFocused();
    // Only the button pressed says so: the form's other buttons keep their words (it is not
    // being published), and ignore a press as well until the answer.
    const publish = page.locator('button[name="intent"][value="publish"]').filter({ visible: true });
    await expect(publish).toHaveText(m('Editor.saveAndPublish'));
    await expect(publish).toHaveAttribute('aria-disabled', 'true');
    await shot(page, `pending-${locale}`);
    // A second press while it is sent does nothing (the form is not sent twice).
    await page.keyboard.press('Enter');
    await post.release();
    // The form is drawn anew with the saved version; the focus is on the same button.
    await expect(page.getByText(m('Editor.allSaved')).filter({ visible: true })).toBeVisible();
    await expect(save).toHaveText(m('Editor.saveDraft'));
    await expect(save).toBeFocused();
    await expect(save).not.toHaveAttribute('aria-disabled');
  });

  test(`${locale}: a refused form takes the focus to its message, which links each field to correct`, async ({ page }) => {
    const m = catalog(locale);
    await ensureAdmin(page);
    await open(page, `/${locale}/dashboard/users/new`);
    await page.getByLabel(m('UserLinks.name'), { exact: true }).fill('');
    await page.getByLabel(m('UserLinks.email')).fill('pas-un-email');
    await page.getByRole('button', { name: m('UserLinks.create') }).focus();
    await page.keyboard.press('Enter');
    await expect(focused(page)).toContainText(m('Errors.checkFields'));
    await expect(focused(page).getByRole('alert')).toBeVisible();
    const alert = page.getByRole('alert').filter({ visible: true, hasText: m('Errors.checkFields') });
    // The message names the fields to correct, in the order of the form, each a link to its field.
    await expect(alert.getByRole('link')).toHaveText([m('UserLinks.name'), m('UserLinks.email')]);
    await shot(page, `refused-${locale}`);
    await page.keyboard.press('Tab');
    await expect(alert.getByRole('link', { name: m('UserLinks.name') })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(alert.getByRole('link', { name: m('UserLinks.email') })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(m('UserLinks.email'))).toBeFocused();
    // The field corrected and the form sent again: only the field still refused is named.
    await page.getByLabel(m('UserLinks.email')).fill('pat.focus@e2e.example.org');
    await page.getByRole('button', { name: m('UserLinks.create') }).click();
    await expect(focused(page).getByRole('alert').getByRole('link')).toHaveText([m('UserLinks.name')]);
    await focused(page).getByRole('link', { name: m('UserLinks.name') }).click();
    await expect(page.getByLabel(m('UserLinks.name'), { exact: true })).toBeFocused();

    // The media form, sent without a file: the same.
    await open(page, `/${locale}/dashboard/media/new`);
    await page.getByRole('button', { name: m('MediaForm.upload') }).focus();
    await page.keyboard.press('Enter');
    await expect(focused(page)).toContainText(m('Errors.checkFields'));
  });
}

test('a confirmation that goes away hands the focus to the result; set-password refused: the first invalid field', async ({ page, browser }) => {
  const m = catalog('fr');
  await ensureAdmin(page);
  await open(page, '/fr/dashboard/users/new');
  const name = `Fanny Focus ${Date.now().toString(36)}`;
  await page.getByLabel('Nom', { exact: true }).fill(name);
  await page.getByLabel('Adresse e-mail').fill(`fanny.${Date.now().toString(36)}@e2e.example.org`);
  await page.getByRole('button', { name: 'Créer le compte' }).focus();
  await page.keyboard.press('Enter');
  // The form gave way to the link to pass on: the focus is on the message saying so.
  await expect(focused(page)).toHaveText(`Le compte de ${name} est créé.`);
  const link = await page.getByLabel('Lien à usage unique pour choisir un mot de passe').inputValue();

  // Set-password with two different passwords: only field messages, the focus on the first.
  const other = await (await browser.newContext()).newPage();
  await open(other, link.replace('/fr/set-password', '/ar/set-password'));
  const ar = catalog('ar');
  await other.getByLabel(ar('SetPassword.password'), { exact: true }).fill('un mot de passe assez long');
  await other.getByLabel(ar('Auth.passwordConfirm')).fill('un autre mot de passe long');
  await other.getByLabel(ar('Auth.passwordConfirm')).press('Enter');
  await expect(focused(other)).toHaveAttribute('aria-invalid', 'true');
  await expect(focused(other)).toHaveAttribute('type', 'password');
  await other.context().close();

  // "Oui, désactiver": the question and its button go, the page says the account is disabled.
  await page.goto('/fr/dashboard/users');
  await page.getByRole('link', { name }).click();
  const disable = page.getByRole('button', { name: m('AdminUsers.disable') }).filter({ visible: true });
  await disable.click();
  // The question takes the focus on its safe answer: a second Enter never disables unread.
  const question = page.getByRole('group', { name: m('AdminUsers.disableQuestion').replace(/\{.*$/, '').trim() });
  await expect(question.getByRole('button', { name: m('AdminUsers.cancel') })).toBeFocused();
  // Escape cancels the question, as in a dialog: the trigger is back, and has the focus.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: m('AdminUsers.disableConfirm') })).toHaveCount(0);
  await expect(disable).toBeFocused();
  await disable.press('Enter');
  await expect(question.getByRole('button', { name: m('AdminUsers.cancel') })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: m('AdminUsers.disableConfirm') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveText(m('AdminUsers.done.disabled'));
});

test('fr: a refused upload keeps the file chosen, its preview and the texts', async ({ page }) => {
  await ensureAdmin(page);
  await open(page, '/fr/dashboard/media/new');
  const photo = await sharp({ create: { width: 640, height: 360, channels: 3, background: `#${(Date.now() % 0xffffff).toString(16).padStart(6, '0')}` } })
    .jpeg()
    .toBuffer();
  const file = page.getByLabel('Image', { exact: true });
  await file.setInputFiles({ name: 'baie.jpg', mimeType: 'image/jpeg', buffer: photo });
  const alt = page.getByRole('group', { name: /^Français/ }).getByLabel('Texte de remplacement');
  await alt.fill('é'.repeat(600));
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(alt).toHaveAttribute('aria-invalid', 'true');
  await expect(focused(page)).toContainText('Certains champs sont à corriger.');
  await expect(alt).toHaveValue('é'.repeat(600));
  expect(await file.evaluate((input: HTMLInputElement) => [...(input.files ?? [])].map((f) => f.name))).toEqual(['baie.jpg']);
  await expect(page.getByRole('img', { name: 'Aperçu de l’image choisie' })).toBeVisible();
  // The file kept is the one sent next.
  await alt.fill('Un aplat de couleur');
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(page.getByText('L’image est dans la médiathèque')).toBeVisible();
});
