/**
 * The editorial day, end to end (issue 3), after 00-first-admin.spec.ts: accounts, a
 * writer's French draft submitted for review, an editor's publication seen at once by an
 * anonymous reader, a scheduled English translation that appears by itself, an outdated flag,
 * a conflict between two editors that loses nobody's text, history with diff and restore, a
 * writer refused publication (UI and forged POST), and a disabled editor signed out at once.
 *
 * Next keeps pages visited before mounted but hidden (back/forward state), so the same field may
 * be in the document twice: fields are found by role (hidden ones excluded) or filtered visible.
 *
 * The admin creates the accounts on the users screen and each person chooses a password
 * through their one-time link, as they would; the admin disables an editor there too. Their
 * e-mail addresses carry this run's stamp: other specs create the suite's usual accounts with
 * the CLI, and an address is taken only once.
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { initialSound } from '../../lib/format';
import { typeset } from '../../lib/typography';
import { type Account, ADMIN, allSaved, appendToBody, EDITOR, EDITOR2, ensureAdmin, localInputAhead, PASSWORD, signedIn, stateChip, WRITER } from './support';

// Each step drives two or three signed-in browsers through the editor: past 30 s on a loaded
// 2-core host (three different steps, in three runs), and a step that fails takes the steps
// after it down with it.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const stamp = Date.now().toString(36);
const ofThisRun = (account: Account): Account => ({ ...account, email: account.email.replace('@', `.${stamp}@`) });
const editor = ofThisRun(EDITOR);
const editor2 = ofThisRun(EDITOR2);
const writer = ofThisRun(WRITER);
const FR_TITLE = `Le Directeur général salue l’accord de ${stamp}`;
const EN_TITLE = `Director General welcomes the ${stamp} agreement`;
let editorUrl = '';

async function typeBody(page: Page, text: string): Promise<void> {
  const body = page.getByRole('textbox', { name: 'Texte' });
  await body.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** A paste into the body, as a browser delivers one from a word processor (text/html). */
async function pasteHtml(page: Page, html: string): Promise<void> {
  const body = page.getByRole('textbox', { name: 'Texte' });
  await body.click();
  await page.keyboard.press('ControlOrMeta+End');
  await body.evaluate((el, h) => {
    const data = new DataTransfer();
    data.setData('text/html', h);
    data.setData('text/plain', '');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/** The admin creates the account on the users screen; returns the one-time set-password link. */
async function createAccount(admin: Page, account: Account): Promise<string> {
  await admin.goto('/fr/dashboard/users/new');
  await admin.getByLabel('Nom', { exact: true }).fill(account.name);
  await admin.getByLabel('Adresse e-mail').fill(account.email);
  await admin.getByLabel('Rôle').selectOption(account.role);
  await admin.getByRole('button', { name: 'Créer le compte' }).click();
  // French elides before a vowel sound: "Le compte d’Edith Éditrice", "Le compte de Wanda…".
  await expect(admin.getByText(`Le compte ${initialSound(account.name) === 'vowel' ? 'd’' : 'de '}${account.name} est créé.`)).toBeVisible();
  const link = await admin.getByLabel('Lien à usage unique pour choisir un mot de passe').inputValue();
  expect(link).toMatch(/\/fr\/set-password\?token=[\w-]{20,}$/);
  return link;
}

/** The person opens their link in a browser of their own, chooses a password and is signed in. */
async function choosePassword(browser: Browser, account: Account, link: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Nouveau mot de passe').fill(PASSWORD);
  await page.getByLabel('Confirmer le mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard/);
  await expect(page.getByText(`Connecté : ${account.name}`)).toBeVisible();
  await context.close();
}

test('the admin creates an editor, a second editor and a writer; each chooses a password', async ({ page, browser }) => {
  await ensureAdmin(page);
  for (const account of [editor, editor2, writer]) await choosePassword(browser, account, await createAccount(page, account));
  await page.goto('/fr/dashboard/users');
  for (const account of [editor, editor2, writer]) {
    const role = page.getByRole('row').filter({ hasText: account.email }).getByRole('cell').nth(2);
    await expect(role).toHaveText(account.role === 'writer' ? 'Rédacteur' : 'Éditeur');
  }
});

test('a writer drafts a French release and submits it; publishing is refused to them', async ({ browser }) => {
  const page = await signedIn(browser, writer);
  await page.getByRole('link', { name: 'Nouvel article' }).click();
  await page.getByLabel('Titre').filter({ visible: true }).fill(FR_TITLE);
  await expect(page.getByLabel('Adresse (slug)').filter({ visible: true })).toHaveValue(/^le-directeur-general-salue-laccord-de-/);
  await page.getByLabel('Chapeau').filter({ visible: true }).fill('Genève se félicite de l’accord.');
  await page.getByLabel('Ville de la date').filter({ visible: true }).fill('Genève');
  await typeBody(page, 'Le Directeur général a salué aujourd’hui l’accord.');
  // A paste from a word processor: its text comes in; its image, on the author's disk, does
  // not (the site could not show it, and the save would be refused), and the writer is told.
  // A link of it that would lead a reader to another host keeps its words, not its address.
  await pasteHtml(page, '<p>Texte collé de Word, <a href="/\\evil.example/phish">voir ici</a>.</p><p><img src="file:///C:/Users/w/AppData/clip_image001.png" width="300"></p>');
  await expect(page.getByRole('status').filter({ hasText: 'Les images collées' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Texte' })).toContainText('Texte collé de Word, voir ici.');
  await expect(page.getByRole('textbox', { name: 'Texte' }).locator('img')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Texte' }).locator('a')).toHaveCount(0);
  // Too long a title: a message at the field, and nothing typed is lost.
  await page.getByLabel('Titre').filter({ visible: true }).fill('x'.repeat(201));
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByText('Le titre est trop long : 200 caractères au plus.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Texte' })).toContainText('Le Directeur général a salué aujourd’hui l’accord.');
  await page.getByLabel('Titre').filter({ visible: true }).fill(FR_TITLE);
  await expect(page.getByRole('button', { name: 'Enregistrer et publier' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Enregistrer et soumettre à relecture' }).click();
  await expect(allSaved(page)).toBeVisible();
  await expect(stateChip(page, 'En relecture')).toBeVisible();
  editorUrl = new URL(page.url()).pathname;

  // In review, not a draft: the buttons say so, and who publishes it (an editor: she is not one).
  await expect(page.getByText('Vous avez soumis cette traduction : un éditeur la relira et la publiera.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer le brouillon' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Autres étapes' }).getByRole('button', { name: 'Supprimer cette traduction' })).toBeVisible();

  // A forged request: the same form, its submit button changed to "publish".
  await page.getByRole('textbox', { name: 'Texte' }).click();
  await page.keyboard.type(' Ajout.');
  await page.getByRole('button', { name: 'Enregistrer (en relecture)' }).evaluate((b) => b.setAttribute('value', 'publish'));
  await page.getByRole('button', { name: 'Enregistrer (en relecture)' }).click();
  await expect(page.getByText('Votre rôle ne vous permet pas de faire cela.')).toBeVisible();
  await page.goto(editorUrl);
  await expect(stateChip(page, 'En relecture')).toBeVisible();
  await page.context().close();
});

test('the editor publishes it and an anonymous reader sees it at once on the French home and list', async ({ browser }) => {
  const page = await signedIn(browser, editor);
  await page.goto(editorUrl);
  await expect(page.getByText(`Soumis à relecture par ${writer.name}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer et publier' }).click();
  await expect(stateChip(page, 'Publié')).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  // Rendered again before the publish answered (lib/cache/warm.ts): the first readers are
  // served the stored pages, already showing it; none of them waits for a render.
  const address = await page.getByLabel('Adresse (slug)').filter({ visible: true }).inputValue();
  for (const path of ['/fr/news', `/fr/news/${address}`, '/fr']) {
    const first = await reader.request.get(path);
    expect(first.headers()['x-nextjs-cache'], path).toBe('HIT');
    expect(await first.text(), path).toContain(FR_TITLE);
  }
  await reader.goto('/fr');
  await expect(reader.getByRole('link', { name: FR_TITLE })).toBeVisible();
  await reader.goto('/fr/news');
  await expect(reader.getByRole('link', { name: FR_TITLE })).toBeVisible();
  await reader.getByRole('link', { name: FR_TITLE }).click();
  await expect(reader.getByRole('heading', { level: 1, name: FR_TITLE })).toBeVisible();
  await reader.context().close();

  // Readers know its address now: a title corrected no longer moves it (not saved here).
  const slug = page.getByLabel('Adresse (slug)').filter({ visible: true });
  await page.getByLabel('Titre').filter({ visible: true }).fill(`${FR_TITLE} (titre corrigé)`);
  await expect(slug).toHaveValue(address);
  await expect(page.getByText('Les lecteurs connaissent cette adresse : elle ne suit plus le titre.', { exact: false })).toBeVisible();
  await page.context().close();
});

test('the editor translates it into English and schedules it a minute ahead; it appears by itself', async ({ browser }) => {
  test.setTimeout(200_000);
  const page = await signedIn(browser, editor);
  await page.goto(editorUrl);
  await page.getByRole('navigation', { name: 'Langues de cet article' }).getByRole('link', { name: /English/ }).click();
  await expect(page.getByRole('heading', { name: 'Pas encore de version en anglais' })).toBeVisible();
  await page.getByRole('button', { name: 'Traduire en anglais' }).click();
  await expect(page.getByRole('heading', { name: /Source\s: français/ })).toBeVisible();
  await page.getByLabel('Titre').filter({ visible: true }).fill(EN_TITLE);
  await page.getByLabel('Chapeau').filter({ visible: true }).fill('Geneva welcomes the agreement.');
  await typeBody(page, 'The Director General welcomed the agreement today.');
  await page.getByLabel('Date et heure de publication (facultatif)').filter({ visible: true }).fill(localInputAhead(1));
  await page.getByRole('button', { name: 'Enregistrer et programmer' }).click();
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  await expect(page.getByText('Programmé pour le')).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/en/news');
  await expect(reader.getByRole('link', { name: EN_TITLE })).toHaveCount(0);
  await expect(async () => {
    await reader.goto('/en/news');
    await expect(reader.getByRole('link', { name: EN_TITLE })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 170_000, intervals: [5_000] });
  await reader.context().close();
  await page.context().close();
});

test('an edit of the French source flags the English translation as outdated', async ({ browser }) => {
  const page = await signedIn(browser, editor);
  await page.goto(editorUrl);
  await appendToBody(page, ' Il appelle à sa mise en œuvre rapide.');
  await page.getByRole('button', { name: 'Enregistrer (en ligne)' }).click();
  await expect(allSaved(page)).toBeVisible();
  await page.goto(`/fr/dashboard/articles?q=${encodeURIComponent(stamp)}`);
  const row = page.getByRole('row', { name: new RegExp(FR_TITLE) });
  await expect(row.getByRole('link', { name: 'English : Publié, À mettre à jour' })).toBeVisible();
  await row.getByRole('link', { name: /^English/ }).click();
  await expect(page.getByRole('heading', { name: /Modifié dans la source depuis votre traduction/ })).toBeVisible();
  await expect(page.getByText('Il appelle à sa mise en œuvre rapide.').first()).toBeVisible();

  // Meanwhile the French text changes again, unseen on this page: carrying over what the page
  // shows marks the English up to date with that, not with the correction it never showed.
  const colleague = await signedIn(browser, editor);
  await colleague.goto(editorUrl);
  await appendToBody(colleague, ' Correction urgente.');
  await colleague.getByRole('button', { name: 'Enregistrer (en ligne)' }).click();
  await expect(allSaved(colleague)).toBeVisible();
  await colleague.context().close();

  const carriedOver = page.getByRole('checkbox', { name: /La source a changé depuis cette traduction/ });
  await appendToBody(page, ' He calls for its swift implementation.');
  await carriedOver.check();
  await page.getByRole('button', { name: 'Enregistrer (en ligne)' }).click();
  await expect(allSaved(page)).toBeVisible();
  await page.reload();
  await expect(stateChip(page, 'À mettre à jour')).toBeVisible();
  await expect(page.getByText('Correction urgente.').first()).toBeVisible();
  // Carried over now: up to date.
  await page.getByRole('checkbox', { name: /La source a changé depuis cette traduction/ }).check();
  await page.getByRole('button', { name: 'Enregistrer (en ligne)' }).click();
  // Nothing typed: "all saved" showed already; the flag going is the save's answer.
  await expect(stateChip(page, 'À mettre à jour')).toHaveCount(0);
  await page.goto(`/fr/dashboard/articles?q=${encodeURIComponent(stamp)}`);
  await expect(page.getByRole('row', { name: new RegExp(FR_TITLE) }).getByRole('link', { name: 'English : Publié', exact: true })).toBeVisible();
  await page.context().close();
});

test('two editors save the same draft: the second sees the conflict and keeps their text, for the text and for the shared settings', async ({ browser }) => {
  // Two browsers, two sign-ins and some twenty saves and checks: 25–30 s on a host where `next
  // start` serves ~800 requests/s (28 November), over the default 30 s.
  test.setTimeout(90_000);
  const edith = await signedIn(browser, editor);
  await edith.getByRole('link', { name: 'Nouvel article' }).click();
  await edith.getByLabel('Titre').filter({ visible: true }).fill(`Conflit ${stamp}`);
  await typeBody(edith, 'Texte de départ.');
  await edith.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(edith)).toBeVisible();
  const url = new URL(edith.url()).pathname;

  const eric = await signedIn(browser, editor2);
  await eric.goto(url);
  await typeBody(edith, 'Texte d’Edith.');
  await edith.getByLabel('Chapeau').filter({ visible: true }).fill('Chapeau d’Edith, important.');
  await edith.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(edith)).toBeVisible();

  await typeBody(eric, 'Texte d’Eric, à ne pas perdre.');
  await eric.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(eric.getByRole('alert').filter({ hasText: `${editor.name} a enregistré la version 2` })).toBeVisible();
  await expect(eric.getByRole('textbox', { name: 'Texte' })).toHaveText('Texte d’Eric, à ne pas perdre.');
  await expect(eric.getByRole('heading', { name: 'Différences entre sa version et la vôtre' })).toBeVisible();
  await expect(eric.locator('ins').filter({ hasText: 'Eric' })).toBeVisible();
  // Keeping his changes keeps Edith's where he changed nothing (the lede), instead of putting back
  // the empty one his page opened with.
  await eric.getByRole('button', { name: 'Garder mes modifications sur la version 2' }).click();
  await expect(eric.getByRole('status').filter({ hasText: 'Ce que vous n’aviez pas modifié y prend sa version : Chapeau.' })).toBeVisible();
  await expect(eric.getByLabel('Chapeau').filter({ visible: true })).toHaveValue('Chapeau d’Edith, important.');
  await expect(eric.getByRole('textbox', { name: 'Texte' })).toHaveText('Texte d’Eric, à ne pas perdre.');
  await eric.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(eric)).toBeVisible();
  await expect(eric.getByText(new RegExp(`Version 3, enregistrée par ${editor2.name}`))).toBeVisible();
  await eric.reload();
  await expect(eric.getByLabel('Chapeau').filter({ visible: true })).toHaveValue('Chapeau d’Edith, important.');

  // History: the diff between versions, and restoring version 1 as a new version 4.
  await eric.getByRole('link', { name: 'Historique' }).click();
  await expect(eric.getByRole('heading', { name: 'Différences de la version 2 à la version 3' })).toBeVisible();
  await expect(eric.locator('del').filter({ hasText: 'Edith' })).toBeVisible();
  await eric.getByRole('button', { name: 'Restaurer la version 1' }).click();
  await expect(eric.getByRole('row', { name: /Version 4/ })).toContainText('Restauration de la version 1');
  await eric.goto(url);
  await expect(eric.getByRole('textbox', { name: 'Texte' })).toHaveText('Texte de départ.');

  // The settings all languages share (here the type) are conflict-checked the same way.
  await edith.goto(url);
  await edith.getByLabel('Type', { exact: true }).filter({ visible: true }).selectOption({ label: 'Actualité' });
  await edith.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(edith)).toBeVisible();
  const ericType = eric.getByLabel('Type', { exact: true }).filter({ visible: true });
  await ericType.selectOption({ label: 'Déclaration' });
  await eric.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(eric.getByRole('alert').filter({ hasText: `${EDITOR.name} a changé les réglages communs à toutes les langues` })).toBeVisible();
  await expect(ericType).toHaveValue('statement');
  await expect(eric.locator('del').filter({ hasText: 'Actualité' })).toBeVisible();
  await expect(eric.locator('ins').filter({ hasText: 'Déclaration' })).toBeVisible();
  await eric.getByRole('button', { name: 'Garder mes changements de réglages' }).click();
  await eric.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(eric)).toBeVisible();
  await edith.goto(url);
  await expect(edith.getByLabel('Type', { exact: true }).filter({ visible: true })).toHaveValue('statement');
  await edith.context().close();
  await eric.context().close();
});

test('a disabled editor is signed out at the next click, and told why; signing in again says so to whoever knows the password', async ({ page: admin, browser }) => {
  const page = await signedIn(browser, editor2);
  await expect(page.getByRole('link', { name: 'Nouvel article' })).toBeVisible();
  await ensureAdmin(admin);
  await admin.goto('/fr/dashboard/users');
  await admin.getByRole('row').filter({ hasText: editor2.email }).getByRole('link', { name: editor2.name }).click();
  await admin.getByRole('button', { name: 'Désactiver le compte' }).click();
  await admin.getByRole('button', { name: 'Oui, désactiver' }).click();
  await expect(admin.getByText('Le compte est désactivé : la personne est déconnectée dès sa prochaine action.')).toBeVisible();
  await page.getByRole('link', { name: 'Nouvel article' }).click();
  await expect(page).toHaveURL(/\/fr\/sign-in/);
  const disabled = 'Ce compte a été désactivé. Adressez-vous à un administrateur pour le rétablir.';
  await expect(page.getByRole('status').filter({ hasText: disabled })).toBeVisible();
  // A wrong password learns nothing about the account; the right one is told it is disabled.
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(editor2.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(`${PASSWORD}-wrong`);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('Adresse e-mail ou mot de passe incorrect.')).toBeVisible();
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert').filter({ hasText: disabled })).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/sign-in/);
  await page.context().close();
});

test('a writer who opens an admin screen by its address is refused, and it is in the audit log', async ({ browser, page: admin }) => {
  const page = await signedIn(browser, writer);
  await page.goto('/fr/dashboard/users');
  await expect(page).toHaveURL(/\/fr\/dashboard\/forbidden$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
  await page.context().close();

  await ensureAdmin(admin);
  await admin.goto('/fr/dashboard/audit?outcome=denied');
  const row = admin.getByRole('row').filter({ hasText: 'Ouverture d’un écran' }).filter({ hasText: writer.email }).first();
  await expect(row).toBeVisible();
});

test('the audit log refuses an impossible date at its field, shows no list for it, and its export refuses it too', async ({ page: admin }) => {
  await ensureAdmin(admin);
  // 31 February, typed in the address (a date field cannot even hold it): the page once crashed.
  await admin.goto('/fr/dashboard/audit?from=2026-02-31&outcome=denied');
  const from = admin.getByLabel('Du', { exact: true }).filter({ visible: true });
  await expect(from).toHaveValue('2026-02-31');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(admin.getByText('Cette date n’existe pas : saisissez un jour du calendrier, au format AAAA-MM-JJ.')).toBeVisible();
  await expect(admin.getByRole('status').filter({ hasText: 'Le journal n’est pas affiché tant qu’un champ du filtre n’est pas valide' })).toBeVisible();
  await expect(admin.getByRole('main').getByRole('table')).toHaveCount(0);
  await expect(admin.getByRole('link', { name: 'Exporter en CSV' })).toHaveCount(0);
  // Corrected in the form, the other filter kept: the list is back.
  await from.fill('2020-01-01');
  await admin.getByRole('button', { name: 'Filtrer' }).click();
  await expect(admin).toHaveURL(/[?&]from=2020-01-01/);
  await expect(admin.getByRole('row').filter({ hasText: 'Ouverture d’un écran' }).filter({ hasText: writer.email }).first()).toBeVisible();
  await expect(admin.getByLabel('Du', { exact: true }).filter({ visible: true })).not.toHaveAttribute('aria-invalid');

  // "To" before "from" is said at "to", not answered with an empty list.
  await admin.goto('/fr/dashboard/audit?from=2026-12-01&to=2026-01-01');
  const to = admin.getByLabel('Au', { exact: true }).filter({ visible: true });
  await expect(to).toHaveValue('2026-01-01');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(admin.getByText('Cette date précède celle du champ « Du » : choisissez le même jour ou un jour suivant.')).toBeVisible();
  await expect(admin.getByText('Aucune entrée')).toHaveCount(0);
  // The error under "to" leaves the line's controls level (components/dashboard/filter-bar.tsx),
  // on a wide screen where "from", "to" and "Filter" share a line.
  await admin.setViewportSize({ width: 1280, height: 800 });
  const top = async (control: Locator) => Math.round((await control.boundingBox())!.y);
  const fromTop = await top(admin.getByLabel('Du', { exact: true }).filter({ visible: true }));
  expect(await top(to)).toBe(fromTop);
  expect(Math.abs((await top(admin.getByRole('button', { name: 'Filtrer' }))) - fromTop)).toBeLessThan(12);

  // In every language.
  await admin.goto('/ar/dashboard/audit?to=2026-13-01');
  await expect(admin.getByText('هذا التاريخ غير موجود في التقويم', { exact: false })).toBeVisible();

  // The export: a 400 with the reason, no CSV.
  const refused = await admin.request.get('/fr/dashboard/audit/export?from=2026-02-31');
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain(typeset('Du : Cette date n’existe pas', 'fr'));
});

test('an editor sends a submission back to draft with a note, and the writer reads it', async ({ browser }) => {
  const title = `À revoir ${stamp}`;
  const page = await signedIn(browser, writer);
  await page.getByRole('link', { name: 'Nouvel article' }).click();
  await page.getByLabel('Titre').filter({ visible: true }).fill(title);
  await typeBody(page, 'Un premier jet.');
  await page.getByRole('button', { name: 'Enregistrer et soumettre à relecture' }).click();
  await expect(stateChip(page, 'En relecture')).toBeVisible();
  const url = new URL(page.url()).pathname;

  const reviewer = await signedIn(browser, editor);
  await reviewer.goto(url);
  // Someone else who may publish has the page open too, still showing it in review.
  const late = await signedIn(browser, ADMIN);
  await late.goto(url);
  await expect(stateChip(late, 'En relecture')).toBeVisible();
  await reviewer.getByLabel('Message pour l’auteur (facultatif)').fill('Précisez la date de la réunion.');
  await reviewer.getByRole('button', { name: 'Renvoyer en brouillon' }).click();
  await expect(stateChip(reviewer, 'Brouillon')).toBeVisible();
  await reviewer.context().close();

  // Their "publish" from that page would override the return and wipe the note: refused.
  await late.getByRole('button', { name: 'Enregistrer et publier' }).click();
  await expect(late.getByText(`${editor.name} a fait passer la traduction à l’état`, { exact: false })).toBeVisible();
  await late.context().close();

  // The writer's list says it came back, before the text is opened.
  await page.goto('/fr/dashboard/articles');
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row.getByRole('link', { name: /Français\s: Brouillon, Renvoyé/ })).toBeVisible();
  await expect(row.getByText('Renvoyé')).toBeVisible();
  await page.goto(url);
  await expect(stateChip(page, 'Brouillon')).toBeVisible();
  await expect(page.getByText(`Renvoyée en brouillon par ${editor.name} le`)).toBeVisible();
  await expect(page.getByText('Précisez la date de la réunion.')).toBeVisible();
  // Submitted again, the note has done its work.
  await page.getByRole('button', { name: 'Enregistrer et soumettre à relecture' }).click();
  await expect(stateChip(page, 'En relecture')).toBeVisible();
  await expect(page.getByText('Précisez la date de la réunion.')).toHaveCount(0);
  await page.goto('/fr/dashboard/articles');
  await expect(row.getByText('En relecture')).toBeVisible();
  await expect(row.getByText('Renvoyé')).toHaveCount(0);
  await page.context().close();
});

test('a writer deletes a draft readers never saw; a published release offers no such button', async ({ browser }) => {
  const title = `Brouillon à jeter ${stamp}`;
  const page = await signedIn(browser, writer);
  await page.getByRole('link', { name: 'Nouvel article' }).click();
  await page.getByLabel('Titre').filter({ visible: true }).fill(title);
  await typeBody(page, 'Un essai sans suite.');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();

  // By keyboard: the question takes the focus, and gives it back to its button when cancelled.
  const steps = page.getByRole('region', { name: 'Autres étapes' });
  const remove = steps.getByRole('button', { name: 'Supprimer ce brouillon' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Supprimer définitivement ce brouillon et toutes ses versions ?', { exact: false })).toBeVisible();
  // On its safe answer: a second Enter never deletes unread.
  await expect(steps.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(steps.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(steps.getByRole('button', { name: 'Oui, supprimer' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The list can no longer read it: the address carries its name for the message.
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles\?deleted=/);
  await expect(page.getByText(`Le brouillon « ${title} » est supprimé, avec toutes ses versions.`)).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);

  // The release published earlier in this file can only be archived, by an editor.
  await page.goto(editorUrl);
  await expect(stateChip(page, 'Publié')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Supprimer ce brouillon' })).toHaveCount(0);
  await page.context().close();
});

test('a draft deleted while an editor works on it: their save says who deleted it and keeps their text; saving again recreates it, the writer can no longer delete it', async ({ browser }) => {
  const title = `Supprimé pendant la relecture ${stamp}`;
  const wanda = await signedIn(browser, writer);
  await wanda.getByRole('link', { name: 'Nouvel article' }).click();
  await wanda.getByLabel('Titre').filter({ visible: true }).fill(title);
  await typeBody(wanda, 'Premier jet.');
  await wanda.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(wanda)).toBeVisible();
  const url = new URL(wanda.url()).pathname;

  const edith = await signedIn(browser, editor);
  await edith.goto(url);
  await expect(edith.getByRole('textbox', { name: 'Texte' })).toHaveText('Premier jet.');
  const steps = wanda.getByRole('region', { name: 'Autres étapes' });
  const remove = steps.getByRole('button', { name: 'Supprimer ce brouillon' });
  await remove.click();
  // Escape takes the question back, the focus on its trigger.
  await expect(steps.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await wanda.keyboard.press('Escape');
  await expect(steps.getByRole('button', { name: 'Oui, supprimer' })).toHaveCount(0);
  await expect(remove).toBeFocused();
  await remove.click();
  await steps.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(wanda.getByText(`Le brouillon « ${title} » est supprimé, avec toutes ses versions.`)).toBeVisible();

  await typeBody(edith, 'Texte relu, à ne pas perdre.');
  await edith.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  const alert = edith.getByRole('alert').filter({ hasText: `${writer.name} a supprimé cette traduction pendant que vous travailliez` });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('enregistrez à nouveau pour recréer la traduction');
  await expect(edith.getByRole('textbox', { name: 'Texte' })).toHaveText('Texte relu, à ne pas perdre.');
  // The steps acted on the deleted translation: none is offered until it exists again.
  await expect(edith.getByRole('region', { name: 'Autres étapes' })).toHaveCount(0);
  await edith.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(edith)).toBeVisible();
  await expect(edith.getByText(new RegExp(`Version 1, enregistrée par ${editor.name}`))).toBeVisible();
  await expect(edith.getByRole('textbox', { name: 'Texte' })).toHaveText('Texte relu, à ne pas perdre.');
  // Now the editor's work: the writer is offered no delete (the server refuses it too).
  await wanda.goto(new URL(edith.url()).pathname);
  await expect(wanda.getByRole('textbox', { name: 'Texte' })).toHaveText('Texte relu, à ne pas perdre.');
  await expect(wanda.getByRole('button', { name: 'Enregistrer et soumettre à relecture' })).toBeVisible();
  await expect(wanda.getByRole('button', { name: 'Supprimer ce brouillon' })).toHaveCount(0);
  await wanda.context().close();
  await edith.context().close();
});

test('a writer translating a release that is out in French sees its shared settings fixed, and saves', async ({ browser }) => {
  const page = await signedIn(browser, writer);
  await page.goto('/fr/dashboard/articles');
  await page.getByRole('link', { name: 'Exemple de déclaration : un texte publié en français seulement' }).click();
  // Loaded anew rather than by a client-side move: one editor in the document, not the French one kept hidden too.
  const english = await page.getByRole('navigation', { name: 'Langues de cet article' }).getByRole('link', { name: /English/ }).getAttribute('href');
  await page.goto(english!);
  const type = page.getByRole('combobox', { name: 'Type', exact: true });
  await expect(type).toBeDisabled();
  await expect(type).toHaveAccessibleDescription('Réglage commun, fixé : une autre langue est en ligne.');
  await page.getByText('Contact, thèmes, pays et image').click();
  await expect(page.getByText('Une autre langue de cet article est publiée ou programmée', { exact: false })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Bureau à contacter' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'Image principale' })).toBeDisabled();
  // The fixed settings still go with the form: the save is not refused for changing them.
  await page.getByLabel('Ville de la date').filter({ visible: true }).fill('Genève');
  await expect(page.getByText('Modifications non enregistrées.')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  await expect(page.getByLabel('Ville de la date').filter({ visible: true })).toHaveValue('Genève');
  await page.context().close();
});

test('a page past the end of a dashboard list goes to the list’s last page, filters kept', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/articles?type=statement&page=999');
  await expect(page).toHaveURL((url) => url.pathname === '/fr/dashboard/articles' && url.search === '?type=statement');
  await expect(page.getByRole('table')).toBeVisible();
  await page.goto('/fr/dashboard/media?page=50');
  await expect(page).toHaveURL((url) => url.pathname === '/fr/dashboard/media' && url.search === '');
  await page.goto('/fr/dashboard/audit?outcome=ok&page=100000');
  await expect(page).toHaveURL((url) => url.searchParams.get('outcome') === 'ok' && Number(url.searchParams.get('page') ?? 1) < 100000);
  await expect(page.getByRole('table')).toBeVisible();
});

test('restoring an older version of a release readers see asks first', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto(`${editorUrl}/history`);
  const restore = page.getByRole('button', { name: 'Restaurer la version 1' });
  await restore.click();
  await expect(page.getByText('Les lecteurs voient cette traduction : la version 1 remplacera aussitôt son texte en ligne.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await expect(page.getByRole('group', { name: /Les lecteurs voient cette traduction/ })).toBeVisible();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(restore).toBeFocused();
  await expect(page.getByRole('row', { name: /Restauration de la version 1/ })).toHaveCount(0);
});
