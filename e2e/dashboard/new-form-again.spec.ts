/**
 * A "new" screen the person comes back to by the dashboard's links (Next keeps a screen visited
 * before mounted, hidden, and shows it again) after a successful create opens empty: no text,
 * no chosen file or its preview, no answer of the last submission (a new account's one-time
 * link, an image's texts not taken), and leaving it asks nothing. So after leaving it without
 * saving. A value typed before the page's scripts ran (a slow network) counts as a change: the
 * leave guard asks.
 *
 * What these tests make (accounts, images, a release, topics, units, pages, offices) is their
 * own, and removed after.
 */
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from '../fixtures';
import { releaseWithHero } from './sql-fixtures';
import { browserQuestions, createAccount, ensureAdmin, signIn, withClient, WRITER } from './support';

// Uploads, creates and several screens each: more than the default 30 s on a loaded host.
test.describe.configure({ timeout: 90_000 });

const stamp = Date.now().toString(36);
const made = { users: [] as string[], media: [] as string[], articles: [] as string[], topics: [] as string[], units: [] as string[], pages: [] as string[], offices: [] as string[] };

test.afterAll(async () => {
  await withClient(async (c) => {
    await c.query('delete from articles where id = any($1)', [made.articles]);
    await c.query('delete from media where id = any($1)', [made.media]);
    await c.query('delete from users where email = any($1)', [made.users]);
    await c.query('delete from topics where id = any($1)', [made.topics]);
    await c.query('delete from org_units where id = any($1)', [made.units]);
    await c.query('delete from pages where id = any($1)', [made.pages]);
    await c.query('delete from offices where id = any($1)', [made.offices]);
  });
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Rubriques de la rédaction' });
const question = (page: Page) => page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });
/** On the screen shown (screens visited before stay in the page, hidden). */
const shown = (l: Locator) => l.filter({ visible: true });
const idIn = (page: Page, pattern: RegExp) => pattern.exec(page.url())![1]!;

/** A photo of this run's own (the library finds an image by its bytes). */
async function photo(shade: number): Promise<Buffer> {
  return sharp({ create: { width: 96, height: 64, channels: 3, background: { r: shade, g: parseInt(stamp.slice(-2), 36) % 256, b: 90 } } })
    .jpeg()
    .toBuffer();
}

/** Types into `field` once the page is live (a hydrated form reads what is typed). */
async function typeInto(field: Locator, text: string): Promise<void> {
  await expect(async () => {
    await field.fill('');
    await field.pressSequentially(text);
    await expect(field).toHaveValue(text, { timeout: 1_000 });
  }).toPass();
}

/** The section's "new" screen again, by the menu and the list's link. */
async function backToNew(page: Page, section: string, create: string, path: string): Promise<void> {
  await nav(page).getByRole('link', { name: section, exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: create }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/dashboard/${path}/new$`));
}

/** Leaving by the menu asks nothing: nothing unsaved. */
async function leavesFreely(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Articles', exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles$/);
  await expect(question(page)).toHaveCount(0);
}

/** The upload form, empty: no file chosen, no preview, no texts. */
async function emptyUpload(page: Page): Promise<void> {
  const file = shown(page.getByLabel('Image', { exact: true }));
  await expect(file).toBeVisible();
  expect(await file.evaluate((el: HTMLInputElement) => el.files?.length ?? 0)).toBe(0);
  await expect(shown(page.getByRole('img', { name: 'Aperçu de l’image choisie' }))).toHaveCount(0);
  for (const alt of await shown(page.getByLabel('Texte de remplacement', { exact: true })).all()) {
    await expect(alt).toHaveValue('');
    await expect(alt).toBeEditable();
  }
  await expect(shown(page.getByLabel('Crédit'))).toHaveValue('');
}

test('an account created: the new-account screen, by its link again, is an empty form, the one-time link gone', async ({ page }) => {
  await ensureAdmin(page);
  const email = `ines.${stamp}@e2e.example.org`;
  made.users.push(email);
  await page.goto('/fr/dashboard/users/new');
  await typeInto(page.getByLabel('Nom', { exact: true }), `Inès ${stamp}`);
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
  await page.getByLabel('Rôle', { exact: true }).selectOption('editor');
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  const link = page.getByLabel('Lien à usage unique pour choisir un mot de passe');
  await expect(link).toBeVisible();

  await page.getByRole('link', { name: 'Retour à la liste des utilisateurs' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Nouvel utilisateur' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/users\/new$/);
  await expect(shown(link)).toHaveCount(0);
  await expect(shown(page.getByLabel('Nom', { exact: true }))).toHaveValue('');
  await expect(shown(page.getByLabel('Adresse e-mail', { exact: true }))).toHaveValue('');
  await expect(shown(page.getByLabel('Rôle', { exact: true }))).toHaveValue('writer');
  await expect(shown(page.getByRole('button', { name: 'Créer le compte' }))).toBeVisible();
  await leavesFreely(page);
});

test('an image uploaded: the upload screen, by its link again, is empty and asks nothing', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/media/new');
  await page.waitForLoadState('networkidle');
  await typeInto(page.getByLabel('Texte de remplacement', { exact: true }).first(), `Un ciel d’orage ${stamp}`);
  await page.getByLabel('Crédit').fill('© OIM / Archives');
  await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'orage.jpg', mimeType: 'image/jpeg', buffer: await photo(30) });
  await expect(page.getByRole('img', { name: 'Aperçu de l’image choisie' })).toBeVisible();
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Un ciel d’orage ${stamp}` })).toBeVisible();
  made.media.push(idIn(page, /\/media\/([0-9a-f-]{36})/));

  await backToNew(page, 'Médiathèque', 'Ajouter une image', 'media');
  await emptyUpload(page);
  await leavesFreely(page);
});

test('an image whose texts were not taken (a live release shows it): the upload screen, by its link again, is empty', async ({ page }) => {
  createAccount(WRITER);
  await signIn(page, WRITER, 'fr');
  const file = { name: 'phare.jpg', mimeType: 'image/jpeg', buffer: await photo(140) };
  await page.goto('/fr/dashboard/media/new');
  await page.getByLabel('Image', { exact: true }).setInputFiles(file);
  await page.getByRole('group', { name: /^Français/ }).getByLabel('Texte de remplacement').fill('Le phare');
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(page.getByText('L’image est dans la médiathèque')).toBeVisible();
  const image = idIn(page, /\/media\/([0-9a-f-]{36})/);
  made.media.push(image);
  made.articles.push(await withClient((c) => releaseWithHero(c, image, `Le phare ${stamp}`, `phare-${stamp}`, true)));

  // The same file again, with a credit: not taken, shown back read-only.
  await page.goto('/fr/dashboard/media/new');
  await page.getByLabel('Image', { exact: true }).setInputFiles(file);
  await page.getByLabel('Crédit').fill('© Rédactrice');
  await page.getByRole('button', { name: 'Envoyer l’image' }).click();
  const told = page.getByText('Cette image était déjà dans la médiathèque. C’est l’image principale');
  await expect(told).toBeVisible();
  await page.getByRole('link', { name: 'Voir l’image dans la médiathèque' }).click();
  await expect(page).toHaveURL(new RegExp(`/media/${image}$`));

  await backToNew(page, 'Médiathèque', 'Ajouter une image', 'media');
  await expect(shown(told)).toHaveCount(0);
  await emptyUpload(page);
  await leavesFreely(page);
});

test('an image left without saving: the upload screen, by its link again, is empty and asks nothing', async ({ page }) => {
  await ensureAdmin(page);
  const asked = browserQuestions(page);
  await page.goto('/fr/dashboard/media/new');
  await page.waitForLoadState('networkidle');
  await typeInto(page.getByLabel('Texte de remplacement', { exact: true }).first(), 'Une image laissée');
  await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'laissee.jpg', mimeType: 'image/jpeg', buffer: await photo(200) });
  await expect(page.getByRole('img', { name: 'Aperçu de l’image choisie' })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Médiathèque' }).click();
  await question(page).getByRole('button', { name: 'Quitter sans enregistrer' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/media$/);

  await page.getByRole('main').getByRole('link', { name: 'Ajouter une image' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/media\/new$/);
  await emptyUpload(page);
  await leavesFreely(page);
  expect(asked.count).toBe(0);
});

test('a topic, a unit, a page and an office created: each "new" screen, by its link again, is empty and asks nothing', async ({ page }) => {
  test.setTimeout(180_000);
  await ensureAdmin(page);

  await page.goto('/fr/dashboard/topics/new');
  await typeInto(page.getByLabel('Nom du thème', { exact: true }).first(), `Thème ${stamp}`);
  await page.getByLabel('Adresse de sa liste', { exact: true }).first().fill(`theme-${stamp}`);
  await page.getByRole('button', { name: 'Créer le thème' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/topics\?saved=/);
  made.topics.push(idIn(page, /saved=([0-9a-f-]{36})/));
  await backToNew(page, 'Thèmes', 'Nouveau thème', 'topics');
  await expect(shown(page.getByLabel('Nom du thème', { exact: true })).first()).toHaveValue('');
  await expect(shown(page.getByLabel('Adresse de sa liste', { exact: true })).first()).toHaveValue('');
  await leavesFreely(page);

  await page.goto('/fr/dashboard/structure/new');
  await typeInto(page.getByLabel('Nom de l’unité', { exact: true }).first(), `Unité ${stamp}`);
  await page.getByLabel('Nom du ou de la responsable').fill('Ana Pérez');
  await page.getByRole('button', { name: 'Créer l’unité' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/structure\?saved=/);
  made.units.push(idIn(page, /saved=([0-9a-f-]{36})/));
  await backToNew(page, 'Structure', 'Nouvelle unité', 'structure');
  await expect(shown(page.getByLabel('Nom de l’unité', { exact: true })).first()).toHaveValue('');
  await expect(shown(page.getByLabel('Nom du ou de la responsable'))).toHaveValue('');
  await leavesFreely(page);

  await page.goto('/fr/dashboard/pages/new');
  await typeInto(page.getByLabel('Titre (français)'), `Page ${stamp}`);
  await page.getByRole('button', { name: 'Créer la page' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/pages\/[0-9a-f-]{36}\/fr/);
  made.pages.push(idIn(page, /\/pages\/([0-9a-f-]{36})/));
  await backToNew(page, 'Pages de l’Organisation', 'Nouvelle page', 'pages');
  await expect(shown(page.getByLabel('Titre (français)'))).toHaveValue('');
  await leavesFreely(page);

  await page.goto('/fr/dashboard/offices/new');
  await expect(page.getByRole('button', { name: 'Créer le bureau' })).toBeEnabled();
  await page.getByLabel('Pays du bureau').selectOption('UY');
  await typeInto(page.getByLabel('Nom du bureau', { exact: true }).first(), `Bureau de Salto ${stamp}`);
  await page.getByLabel('Ville', { exact: true }).first().fill('Salto');
  await page.getByRole('button', { name: 'Créer le bureau' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/offices\/[0-9a-f-]{36}\?saved=created$/);
  made.offices.push(idIn(page, /\/offices\/([0-9a-f-]{36})/));
  await backToNew(page, 'Bureaux', 'Nouveau bureau', 'offices');
  await expect(shown(page.getByLabel('Nom du bureau', { exact: true })).first()).toHaveValue('');
  await expect(shown(page.getByLabel('Pays du bureau'))).toHaveValue('');
  await leavesFreely(page);
});

test('a name typed before the page’s scripts ran counts as a change: leaving asks', async ({ page }) => {
  await ensureAdmin(page);
  const asked = browserQuestions(page);
  // The page's scripts held back while the name is typed into the page as the server sent it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route((url) => url.pathname.startsWith('/_next/static/chunks/') && url.pathname.endsWith('.js'), async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/fr/dashboard/topics/new', { waitUntil: 'commit' });
  const name = page.getByLabel('Nom du thème', { exact: true }).first();
  await name.fill('Tapé avant les scripts');
  release();
  // Live (hydrated) and its guard set: the browser's question is armed for the page.
  const cdp = await page.context().newCDPSession(page);
  await expect
    .poll(async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      return listeners.some((l) => l.type === 'beforeunload');
    })
    .toBe(true);
  await nav(page).getByRole('link', { name: 'Articles', exact: true }).click();
  await expect(question(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(name).toHaveValue('Tapé avant les scripts');
  expect(asked.count).toBe(0);
});
