/**
 * The dashboard's short forms (topics, structure, media, users) ask before leaving what was typed
 * and not saved, as the office form does: by the interface language's links (a full page load)
 * and by the dashboard's own links. Stay keeps everything typed; untouched, a typed change taken
 * back, a successful save: nothing asks; a refused save still holds unsaved text, and asks.
 */
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from '../fixtures';
import { browserQuestions, createAccount, ensureAdmin, type Account } from './support';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Rubriques de la rédaction' });
const question = (page: Page) => page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });
const arabic = (page: Page) => page.locator('a[hreflang=ar]');

/** Types into `field` once the page is live (a hydrated form reads what is typed). */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await expect(async () => {
    await field.fill('');
    await field.pressSequentially(text);
    await expect(field).toHaveValue(text, { timeout: 1_000 });
  }).toPass();
}

/** A press on `link` asks; stay (Escape) keeps the page and `field`'s text. */
async function asksAndStays(page: Page, link: Locator, field: Locator, text: string): Promise<void> {
  const here = page.url();
  await link.click();
  await expect(question(page)).toBeVisible();
  await expect(question(page).getByRole('button', { name: 'Rester sur la page' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question(page)).toBeHidden();
  expect(page.url()).toBe(here);
  await expect(field).toHaveValue(text);
}

test('a new topic: the language switch and a dashboard link ask; a refused save still asks; leaving goes', async ({ page }) => {
  await ensureAdmin(page);
  const asked = browserQuestions(page);
  await page.goto('/fr/dashboard/topics/new');
  const name = page.getByLabel('Nom du thème', { exact: true }).first();
  await typeInto(page, name, 'Migrations climatiques');

  await asksAndStays(page, arabic(page), name, 'Migrations climatiques');
  await asksAndStays(page, nav(page).getByRole('link', { name: 'Articles' }), name, 'Migrations climatiques');

  // Typed back to what it opened with: nothing to lose, nothing asks.
  await name.fill('');
  await name.pressSequentially('x');
  await name.press('Backspace');
  await nav(page).getByRole('link', { name: 'Articles' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles$/);
  await expect(question(page)).toHaveCount(0);

  // A refused save (the French name is required): what was typed is still unsaved, and asks.
  await page.goto('/fr/dashboard/topics/new');
  const spanish = page.getByLabel('Nom du thème', { exact: true }).nth(2);
  await typeInto(page, spanish, 'Migraciones');
  await page.getByRole('button', { name: 'Créer le thème' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(spanish).toHaveValue('Migraciones');
  await asksAndStays(page, nav(page).getByRole('link', { name: 'Articles' }), spanish, 'Migraciones');

  // Leaving by the language switch: the Arabic form, without the browser asking too.
  await arabic(page).click();
  await question(page).getByRole('button', { name: 'Quitter sans enregistrer' }).click();
  await expect(page).toHaveURL(/\/ar\/dashboard\/topics\/new$/);
  expect(asked.count).toBe(0);
});

test('a new topic saved: nothing asks after the save', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/topics/new');
  const name = page.getByLabel('Nom du thème', { exact: true }).first();
  await typeInto(page, name, `Thème enregistré ${Date.now()}`);
  await page.getByRole('button', { name: 'Créer le thème' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/topics\?saved=/);
  await nav(page).getByRole('link', { name: 'Articles' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles$/);
  await expect(question(page)).toHaveCount(0);
});

test('a new image: the chosen file and the alternative texts are not dropped without asking', async ({ page }) => {
  await ensureAdmin(page);
  const asked = browserQuestions(page);
  await page.goto('/fr/dashboard/media/new');
  await page.waitForLoadState('networkidle');
  const alt = page.getByLabel('Texte de remplacement', { exact: true });
  await typeInto(page, alt.nth(3), 'صورة من المخيم');
  await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'camp.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('pas vraiment une image') });

  await asksAndStays(page, arabic(page), alt.nth(3), 'صورة من المخيم');
  expect(await page.getByLabel('Image', { exact: true }).evaluate((el: HTMLInputElement) => el.files?.[0]?.name)).toBe('camp.jpg');
  await asksAndStays(page, nav(page).getByRole('link', { name: 'Médiathèque' }), alt.nth(3), 'صورة من المخيم');
  await nav(page).getByRole('link', { name: 'Médiathèque' }).click();
  await question(page).getByRole('button', { name: 'Quitter sans enregistrer' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/media$/);

  // Only a file chosen: that too asks.
  await page.goto('/fr/dashboard/media/new');
  // Chosen once the page is live (its scripts run), as a person does once the page shows.
  await page.waitForLoadState('networkidle');
  await expect(async () => {
    await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'seule.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('rien') });
    // The form has taken it: these bytes are no image, so it says there is nothing to preview.
    await expect(page.getByText('Pas d’aperçu : le navigateur ne sait pas afficher ce fichier comme une image.')).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await nav(page).getByRole('link', { name: 'Articles' }).click();
  await expect(question(page)).toBeVisible();
  await question(page).getByRole('button', { name: 'Quitter sans enregistrer' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles$/);
  expect(asked.count).toBe(0);
});

test('a new account and an account’s details: a link and the language switch ask', async ({ page }) => {
  await ensureAdmin(page);
  const asked = browserQuestions(page);
  await page.goto('/fr/dashboard/users/new');
  const name = page.getByLabel('Nom', { exact: true });
  await typeInto(page, name, 'Rosa Parques');
  await asksAndStays(page, nav(page).getByRole('link', { name: 'Utilisateurs' }), name, 'Rosa Parques');
  await arabic(page).click();
  await expect(question(page)).toBeVisible();
  await question(page).getByRole('button', { name: 'Quitter sans enregistrer' }).click();
  await expect(page).toHaveURL(/\/ar\/dashboard\/users\/new$/);

  // An account's page: its name and e-mail.
  await page.goto('/fr/dashboard/users');
  await page.getByRole('main').getByRole('link', { name: 'Ada Admin' }).first().click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/users\/[^/]+$/);
  const email = page.getByLabel('Adresse e-mail', { exact: true });
  const stored = await email.inputValue();
  await typeInto(page, email, `x${stored}`);
  await asksAndStays(page, arabic(page), email, `x${stored}`);
  await asksAndStays(page, nav(page).getByRole('link', { name: 'Articles' }), email, `x${stored}`);
  expect(asked.count).toBe(0);
});

test('an account’s details saved: nothing asks after the save', async ({ page }) => {
  // An account of its own: the shared ones keep their names for the specs that read them.
  const stamp = Date.now().toString(36);
  const account: Account = { email: `rosa.${stamp}@e2e.example.org`, name: `Rosa ${stamp}`, role: 'writer' };
  createAccount(account);
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/users');
  await page.getByRole('main').getByRole('link', { name: account.name }).first().click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/users\/[^/]+$/);
  const name = page.getByLabel('Nom', { exact: true });
  await typeInto(page, name, `${account.name} renommée`);
  await page.getByRole('button', { name: 'Enregistrer les coordonnées' }).click();
  await expect(page).toHaveURL(/\?/);
  await expect(name).toHaveValue(`${account.name} renommée`);
  await nav(page).getByRole('link', { name: 'Articles' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles$/);
  await expect(question(page)).toHaveCount(0);
});

test('an image uploaded: its own page asks before leaving its alternative texts changed', async ({ page }) => {
  await ensureAdmin(page);
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .composite([{ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="64" height="48"><text y="30">${Date.now()}</text></svg>`) }])
    .jpeg()
    .toBuffer();
  await page.goto('/fr/dashboard/media/new');
  await page.waitForLoadState('networkidle');
  const alt = page.getByLabel('Texte de remplacement', { exact: true });
  await typeInto(page, alt.first(), 'Un ciel bleu');
  await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'ciel.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Un ciel bleu' })).toBeVisible();
  // Saved: the image's page, and nothing asks for the upload form left behind.
  const field = alt.filter({ visible: true }).nth(1);
  await typeInto(page, field, 'A blue sky');
  await asksAndStays(page, arabic(page), field, 'A blue sky');
  await asksAndStays(page, nav(page).getByRole('link', { name: 'Articles' }), field, 'A blue sky');
});

test('a new structure unit, and the edit pages of a topic and of a unit, ask too', async ({ page }) => {
  await ensureAdmin(page);
  browserQuestions(page);
  await page.goto('/fr/dashboard/structure/new');
  const unit = page.getByLabel('Nom de l’unité', { exact: true }).first();
  await typeInto(page, unit, 'Division des opérations');
  await asksAndStays(page, arabic(page), unit, 'Division des opérations');

  for (const [list, label] of [
    ['topics', 'Nom du thème'],
    ['structure', 'Nom de l’unité'],
  ] as const) {
    await page.goto(`/fr/dashboard/${list}`);
    const first = page.locator(`main a[href*="/dashboard/${list}/"]:not([href$="/new"])`).first();
    await page.goto(new URL((await first.getAttribute('href'))!, page.url()).toString());
    const field = page.getByLabel(label, { exact: true }).first();
    const stored = await field.inputValue();
    await typeInto(page, field, `${stored} (modifié)`);
    await asksAndStays(page, nav(page).getByRole('link', { name: 'Articles' }), field, `${stored} (modifié)`);
  }
});
