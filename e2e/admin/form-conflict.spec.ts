/**
 * Two editors on the same image's texts, then on the same topic, as on an office
 * (office-conflict.spec.ts): Eric saves over the version Edith has replaced; he is refused and
 * shown what she changed — what only she changed is in his form, what both changed has her value
 * beside his — nothing he typed is lost, and "Enregistrer ma version" saves his form over hers
 * with no reload. Then Edith, whose screen is now the stale one, meets his save, and "Reprendre
 * leur version" (asked first) puts his version in her form — what is stored, so leaving asks
 * nothing until she types again. The image and the topic are the
 * spec's own, deleted at the end. A structure unit (a tree row, as a page's place) the same.
 */
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, EDITOR2, signedIn, sql, withClient, type Account } from '../dashboard/support';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true });
const group = (page: Page, language: RegExp) => page.getByRole('group', { name: language }).filter({ visible: true });
/** The panel of a save that met `by`'s, named after them (the audit log says who saved). */
const panelOf = (page: Page, by: Account) => page.getByRole('region', { name: `Ce que ${by.name} a changé` });
const credit = (page: Page) => page.getByLabel('Crédit').filter({ visible: true });

/** A small image of its own (its bytes drawn from `label`): the library never finds it already there. */
async function photo(label: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#0b4f8a"/><text x="40" y="200" font-size="48" fill="#fff">${label}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

/** Takes their version, answering the question asked first; the form then says so. */
async function loadTheirs(page: Page, by: Account) {
  const panel = panelOf(page, by);
  await panel.getByRole('button', { name: 'Reprendre leur version' }).click();
  await expect(panel).toContainText('Tout ce que vous avez saisi dans ce formulaire sera remplacé par la version enregistrée');
  await expect(panel.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await panel.getByRole('button', { name: 'Reprendre leur version et perdre mes modifications' }).click();
  await expect(page.getByText('La version enregistrée par votre collègue est chargée dans le formulaire ; vos modifications ont été abandonnées.')).toBeVisible();
  await expect(panelOf(page, by)).toHaveCount(0);
}

let mediaId = '';
let topicId = '';
let unitId = '';

test.afterAll(async () => {
  if (mediaId) await sql('delete from media where id = $1', [mediaId]);
  if (topicId) await sql('delete from topics where id = $1', [topicId]);
  if (unitId) await sql('delete from org_units where id = $1', [unitId]);
});

test('an image’s texts saved by two editors: his refused save shows her change, keeps his text, and saves it over hers', async ({ browser }) => {
  test.setTimeout(60_000);
  createAccount(EDITOR);
  createAccount(EDITOR2);
  const stamp = Date.now().toString(36);
  const edith = await signedIn(browser, EDITOR);
  await edith.goto('/fr/dashboard/media/new');
  await edith.getByLabel('Image', { exact: true }).setInputFiles({ name: `salle-${stamp}.jpg`, mimeType: 'image/jpeg', buffer: await photo(stamp) });
  await group(edith, /^Français/).getByLabel('Texte de remplacement').fill(`Salle ${stamp}`);
  await credit(edith).fill('© OIM');
  await button(edith, 'Envoyer l’image').click();
  await expect(edith).toHaveURL(/\/fr\/dashboard\/media\/[0-9a-f-]{36}\?uploaded=1$/);
  const url = new URL(edith.url()).pathname;
  mediaId = url.split('/').pop()!;

  const eric = await signedIn(browser, EDITOR2);
  await eric.goto(url);
  await expect(group(eric, /^Français/).getByLabel('Texte de remplacement')).toHaveValue(`Salle ${stamp}`);

  // Edith, meanwhile: the French text and an English one.
  await group(edith, /^Français/).getByLabel('Texte de remplacement').fill('Salle du conseil');
  await group(edith, /^English/).getByLabel('Texte de remplacement').fill('Council room');
  await button(edith, 'Enregistrer').click();
  await expect(edith.getByText('Les textes de l’image sont enregistrés')).toBeVisible();

  // Eric, on the version he opened: the French text and the credit.
  const ericFrench = group(eric, /^Français/).getByLabel('Texte de remplacement');
  await ericFrench.fill('Salle de réunion');
  await credit(eric).fill('© OIM / Eric');
  await button(eric, 'Enregistrer').click();

  // The refusal names her, as the panel below it does.
  await expect(eric.getByRole('alert').filter({ hasText: `${EDITOR.name} a modifié cette image pendant que vous la décriviez` })).toBeVisible();
  const panel = panelOf(eric, EDITOR);
  await expect(panel).toBeVisible();
  // Who saved, named in the heading, and when, in his time zone ("2 déc. 2026, 10:14 UTC").
  await expect(panel).toContainText(/Sa version a été enregistrée le\s\d{1,2}\s\S+\s\d{4}/);
  // Both changed the French text: hers beside his, his kept in the form.
  await expect(panel.getByRole('term').filter({ hasText: 'Texte de remplacement (Français)' })).toBeVisible();
  await expect(panel).toContainText('Sa version : Salle du conseil');
  await expect(panel).toContainText('Votre version : Salle de réunion');
  await expect(ericFrench).toHaveValue('Salle de réunion');
  // Only she wrote the English one: in his form now, and said so. His credit stays his.
  await expect(panel.getByRole('term').filter({ hasText: 'Texte de remplacement (English)' })).toBeVisible();
  await expect(group(eric, /^English/).getByLabel('Texte de remplacement')).toHaveValue('Council room');
  await expect(panel).not.toContainText('Crédit');
  await expect(credit(eric)).toHaveValue('© OIM / Eric');

  await panel.getByRole('button', { name: 'Enregistrer ma version' }).click();
  await expect(eric.getByText('Les textes de l’image sont enregistrés')).toBeVisible();
  await expect(panelOf(eric, EDITOR)).toHaveCount(0);
  await expect(ericFrench).toHaveValue('Salle de réunion');
  await expect(group(eric, /^English/).getByLabel('Texte de remplacement')).toHaveValue('Council room');
  await expect(credit(eric)).toHaveValue('© OIM / Eric');

  // Edith's screen is the stale one now: her next save meets his, and she takes his version.
  await group(edith, /^Español/).getByLabel('Texte de remplacement').fill('Sala del consejo');
  await button(edith, 'Enregistrer').click();
  // His credit and French text, which she had not changed since her save, are his in her form already.
  await expect(panelOf(edith, EDITOR2)).toContainText('© OIM / Eric');
  await expect(credit(edith)).toHaveValue('© OIM / Eric');
  await loadTheirs(edith, EDITOR2);
  await expect(group(edith, /^Français/).getByLabel('Texte de remplacement')).toHaveValue('Salle de réunion');
  await expect(group(edith, /^Español/).getByLabel('Texte de remplacement')).toHaveValue('');
  await expect(credit(edith)).toHaveValue('© OIM / Eric');
  // Saved from their version, it goes through.
  await group(edith, /^Español/).getByLabel('Texte de remplacement').fill('Sala de reuniones');
  await button(edith, 'Enregistrer').click();
  await expect(edith.getByText('Les textes de l’image sont enregistrés')).toBeVisible();
  await expect(group(edith, /^Español/).getByLabel('Texte de remplacement')).toHaveValue('Sala de reuniones');
  await eric.context().close();
  await edith.context().close();
});

test('a topic saved by two editors: his refused save takes her change in, keeps his, and saves over hers; hers then loads his', async ({ browser }) => {
  test.setTimeout(60_000);
  createAccount(EDITOR);
  createAccount(EDITOR2);
  const name = `Thème disputé ${Date.now().toString(36)}`;
  const edith = await signedIn(browser, EDITOR);
  await edith.goto('/fr/dashboard/topics/new');
  await group(edith, /^Français/).getByLabel('Nom du thème').fill(name);
  await button(edith, 'Créer le thème').click();
  await expect(edith).toHaveURL(/\/fr\/dashboard\/topics\?saved=/);
  topicId = await withClient(async (c) => (await c.query(`select topic_id from topic_translations where name = $1`, [name])).rows[0].topic_id as string);
  const url = `/fr/dashboard/topics/${topicId}`;
  await edith.goto(url);

  const eric = await signedIn(browser, EDITOR2);
  await eric.goto(url);
  await expect(group(eric, /^Français/).getByLabel('Nom du thème')).toHaveValue(name);

  // Edith, meanwhile: the French name.
  await group(edith, /^Français/).getByLabel('Nom du thème').fill(`${name} (Edith)`);
  await button(edith, 'Enregistrer').click();
  await expect(edith.getByText(`« ${name} (Edith) » est enregistré`)).toBeVisible();
  // She opens it again (its new version), and leaves her screen there.
  await edith.goto(url);

  // Eric, on the version he opened: the English name.
  await group(eric, /^English/).getByLabel('Nom du thème').fill('Disputed topic');
  await button(eric, 'Enregistrer').click();
  await expect(eric.getByRole('alert').filter({ hasText: `${EDITOR.name} a modifié ce thème pendant que vous le modifiiez` })).toBeVisible();
  const panel = panelOf(eric, EDITOR);
  await expect(panel.getByRole('term').filter({ hasText: 'Nom du thème (Français)' })).toBeVisible();
  await expect(panel).toContainText(`${name} (Edith)`);
  // Her French name is in his form; his English name stays.
  await expect(group(eric, /^Français/).getByLabel('Nom du thème')).toHaveValue(`${name} (Edith)`);
  await expect(group(eric, /^English/).getByLabel('Nom du thème')).toHaveValue('Disputed topic');

  await panel.getByRole('button', { name: 'Enregistrer ma version' }).click();
  await expect(eric.getByText(`« ${name} (Edith) » est enregistré`)).toBeVisible();
  await eric.goto(url);
  await expect(group(eric, /^Français/).getByLabel('Nom du thème')).toHaveValue(`${name} (Edith)`);
  await expect(group(eric, /^English/).getByLabel('Nom du thème')).toHaveValue('Disputed topic');

  // Edith, still on the version before his save: her Spanish name meets it; she takes his version.
  await group(edith, /^Español/).getByLabel('Nom du thème').fill('Tema disputado');
  await button(edith, 'Enregistrer').click();
  await expect(panelOf(edith, EDITOR2).getByRole('term').filter({ hasText: 'Nom du thème (English)' })).toBeVisible();
  await loadTheirs(edith, EDITOR2);
  await expect(group(edith, /^English/).getByLabel('Nom du thème')).toHaveValue('Disputed topic');
  const spanish = group(edith, /^Español/).getByLabel('Nom du thème');
  await expect(spanish).toHaveValue('');
  // Her form now holds what is stored: leaving asks only once she types something again…
  const articles = edith.getByRole('navigation', { name: 'Rubriques de la rédaction' }).getByRole('link', { name: 'Articles' });
  const question = edith.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });
  await spanish.pressSequentially('Tema');
  await articles.click();
  await expect(question).toBeVisible();
  await edith.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(spanish).toHaveValue('Tema');
  // …and not once it holds their version again.
  await spanish.fill('');
  await articles.click();
  await expect(edith).toHaveURL(/\/fr\/dashboard\/articles$/);
  await expect(question).toHaveCount(0);
  await eric.context().close();
  await edith.context().close();
});

test('a structure unit saved by two editors: her order is taken into his form, his head’s name saved over her version', async ({ browser, request }) => {
  test.setTimeout(60_000);
  createAccount(EDITOR);
  createAccount(EDITOR2);
  const name = `Unité disputée ${Date.now().toString(36)}`;
  const edith = await signedIn(browser, EDITOR);
  await edith.goto('/fr/dashboard/structure/new');
  await group(edith, /^Français/).getByLabel('Nom de l’unité').fill(name);
  await button(edith, 'Créer l’unité').click();
  await expect(edith).toHaveURL(/\/fr\/dashboard\/structure\?saved=/);
  unitId = new URL(edith.url()).searchParams.get('saved')!;
  // Rendered again before the creation answered (lib/cache/warm.ts): the public Structure page
  // is served stored to its first reader, the new unit in it.
  const structure = await request.get('/fr/qui-sommes-nous/structure');
  expect(structure.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await structure.text()).toContain(name);
  const url = `/fr/dashboard/structure/${unitId}`;
  await edith.goto(url);
  const eric = await signedIn(browser, EDITOR2);
  await eric.goto(url);
  await expect(group(eric, /^Français/).getByLabel('Nom de l’unité')).toHaveValue(name);

  // Edith, meanwhile: its order.
  await edith.getByLabel('Ordre').filter({ visible: true }).fill('42');
  await button(edith, 'Enregistrer').click();
  await expect(edith.getByText(`« ${name} » est enregistrée`)).toBeVisible();

  // Eric, on the version he opened: the head's name.
  const head = eric.getByLabel('Nom du ou de la responsable').filter({ visible: true });
  await head.fill('Ana Pérez');
  await button(eric, 'Enregistrer').click();
  await expect(eric.getByRole('alert').filter({ hasText: `${EDITOR.name} a modifié cette unité pendant que vous la modifiiez` })).toBeVisible();
  const panel = panelOf(eric, EDITOR);
  await expect(panel.getByRole('term').filter({ hasText: 'Ordre' })).toBeVisible();
  await expect(panel).not.toContainText('Nom du ou de la responsable');
  await expect(eric.getByLabel('Ordre').filter({ visible: true })).toHaveValue('42');
  await expect(head).toHaveValue('Ana Pérez');

  await panel.getByRole('button', { name: 'Enregistrer ma version' }).click();
  await expect(eric.getByText(`« ${name} » est enregistrée`)).toBeVisible();
  await eric.goto(url);
  await expect(eric.getByLabel('Ordre').filter({ visible: true })).toHaveValue('42');
  await expect(eric.getByLabel('Nom du ou de la responsable').filter({ visible: true })).toHaveValue('Ana Pérez');
  await eric.context().close();
  await edith.context().close();
});
