/**
 * A release scheduled for a time that passes while its editor is open: at that time the editor
 * shows what the page read anew shows for a release readers see (state, save and publish labels,
 * an empty time field rather than the past schedule), keeps what was typed, and saves it as a
 * published release. English releases: a French one coming out would come before the demo
 * release on the French news list the site specs open.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allSaved, appendToBody, createAccount, EDITOR, localInputAhead, signIn, stateChip, translateArticle, whenBodyLive, withClient } from './support';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true });
const bodyField = (page: Page) => page.getByRole('textbox', { name: 'Texte' }).filter({ visible: true });
const slugField = (page: Page) => page.getByLabel('Adresse (slug)').filter({ visible: true });
const when = (page: Page) => page.getByLabel('Date et heure de publication (facultatif)').filter({ visible: true });

test('a scheduled release that comes out while its editor is open shows as published, and saves so', async ({ page }) => {
  test.setTimeout(120_000);
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  await page.goto('/fr/dashboard/articles/new?lang=en');
  await whenBodyLive(page, bodyField(page));
  await page.keyboard.type('A text that comes out while its editor is open.');
  await page.getByLabel('Titre', { exact: true }).filter({ visible: true }).fill(`Comes out ${Date.now().toString(36)}`);
  await when(page).fill(localInputAhead(30 * 24 * 60));
  await button(page, 'Enregistrer et programmer').click();
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/en(\?|$)/);
  const articleId = new URL(page.url()).pathname.split('/')[4]!;

  // A schedule some seconds ahead (the form takes whole minutes), read by a fresh page: room for
  // the steps before the time on a loaded machine.
  await withClient((c) =>
    c.query(`update article_translations set publish_at = now() + interval '20 seconds', first_published_at = now() + interval '20 seconds' where article_id = $1 and locale = 'en'`, [articleId]),
  );
  await page.goto(page.url());
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  await expect(button(page, 'Enregistrer (programmé)')).toBeVisible();
  await expect(button(page, 'Enregistrer et reprogrammer')).toBeVisible();
  await expect(when(page)).not.toHaveValue('');
  await expect(slugField(page)).toHaveAccessibleDescription(/Tirée du titre/);
  const slug = await slugField(page).inputValue();
  await whenBodyLive(page, bodyField(page));
  await appendToBody(page, ' Typed before the time.');

  // The time passes, the page stays open: it shows what a page read now shows.
  await expect(stateChip(page, 'Publié')).toBeVisible({ timeout: 40_000 });
  await expect(page.getByText('Programmé pour le')).toHaveCount(0);
  await expect(button(page, 'Enregistrer (en ligne)')).toBeVisible();
  await expect(button(page, 'Enregistrer (programmé)')).toHaveCount(0);
  await expect(button(page, 'Enregistrer et publier maintenant')).toBeVisible();
  await expect(when(page)).toHaveValue('');
  await expect(when(page)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('navigation', { name: 'Langues de cet article' }).getByRole('link', { name: /English/ })).toContainText('Publié');
  await expect(bodyField(page)).toContainText('Typed before the time.');
  // Readers know its address now: the title no longer moves it.
  await expect(slugField(page)).toHaveAccessibleDescription(/Les lecteurs connaissent cette adresse/);
  await page.getByLabel('Titre', { exact: true }).filter({ visible: true }).pressSequentially(' out');
  await expect(slugField(page)).toHaveValue(slug);

  // Saved so, it stays published, with the text typed.
  await button(page, 'Enregistrer (en ligne)').click();
  await expect(allSaved(page)).toBeVisible();
  await expect(stateChip(page, 'Publié')).toBeVisible();
  await expect(bodyField(page)).toContainText('Typed before the time.');
  const row = await withClient(async (c) => (await c.query(`select status, publish_at <= now() as out, slug, body_text from article_translations where article_id = $1 and locale = 'en'`, [articleId])).rows[0]);
  expect(row).toMatchObject({ status: 'published', out: true, slug });
  expect(row.body_text).toContain('Typed before the time.');
});

test('another language scheduled comes out in the tabs too, on the same clock, while the one edited keeps its schedule', async ({ page }) => {
  test.setTimeout(180_000);
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  const tabs = page.getByRole('navigation', { name: 'Langues de cet article' });
  const steps = page.getByRole('region', { name: 'Autres étapes' });
  // An English release scheduled a month ahead, and its Spanish translation scheduled too.
  await page.goto('/fr/dashboard/articles/new?lang=en');
  await whenBodyLive(page, bodyField(page));
  await page.keyboard.type('A release in two languages, one coming out while the other is edited.');
  await page.getByLabel('Titre', { exact: true }).filter({ visible: true }).fill(`Other tab ${Date.now().toString(36)}`);
  await when(page).fill(localInputAhead(30 * 24 * 60));
  await button(page, 'Enregistrer et programmer').click();
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/en(\?|$)/);
  const articleId = new URL(page.url()).pathname.split('/')[4]!;
  await translateArticle(page, articleId, 'es', 'espagnol');
  // Translated, not the English copy: else it may not be published.
  await page.keyboard.type(' Un comunicado en dos idiomas.');
  await when(page).fill(localInputAhead(30 * 24 * 60));
  await button(page, 'Enregistrer et programmer').click();
  await expect(stateChip(page, 'Programmé')).toBeVisible();

  // The Spanish one some seconds ahead; the English editor and the page translating into Arabic, read before.
  await withClient((c) =>
    c.query(`update article_translations set publish_at = now() + interval '20 seconds', first_published_at = now() + interval '20 seconds' where article_id = $1 and locale = 'es'`, [articleId]),
  );
  const translating = await page.context().newPage();
  await translating.goto(`/fr/dashboard/articles/${articleId}/ar`);
  const spanishSource = translating.getByRole('combobox', { name: 'Traduire à partir de' }).locator('option[value="es"]');
  await expect(spanishSource).toHaveText('Español — Programmé');
  await page.goto(`/fr/dashboard/articles/${articleId}/en`);
  await expect(tabs.getByRole('link', { name: /Español/ })).toContainText('Programmé');
  await expect(tabs.getByRole('link', { name: /English/ })).toContainText('Programmé');

  // The time passes, the pages stay open: the Spanish tab and source say what a page read now says.
  await expect(tabs.getByRole('link', { name: /Español/ })).toContainText('Publié', { timeout: 40_000 });
  await expect(spanishSource).toHaveText('Español — Publié');
  // The English one is still a month ahead: it stays scheduled.
  await expect(tabs.getByRole('link', { name: /English/ })).toContainText('Programmé');
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  await expect(page.getByText('Programmé pour le')).toBeVisible();
  await expect(button(page, 'Enregistrer (programmé)')).toBeVisible();
  await translating.close();

  // Both taken back to drafts, as found: the Spanish off the site, the English's schedule cancelled.
  for (const [lang, step, confirm] of [
    ['es', 'Dépublier', 'Oui, dépublier'],
    ['en', 'Annuler la programmation', 'Oui, annuler la programmation'],
  ] as const) {
    await page.goto(`/fr/dashboard/articles/${articleId}/${lang}`);
    await steps.getByRole('button', { name: step }).click();
    await steps.getByRole('button', { name: confirm }).click();
    await expect(stateChip(page, 'Brouillon')).toBeVisible();
  }
});
