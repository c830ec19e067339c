/**
 * The office form never loses what the admin typed, and says everything wrong with it at once.
 *
 * A tab closed (or crashed) before saving: reopening the form offers what was typed back, as the
 * article and page editors do; a save drops the copy, and discarding it leaves the stored office.
 * One save shows every phone problem at its own row — an extension ("poste 12", refused as E.164
 * has no room for it, the number without it offered) together with the country to confirm of the
 * number without it, two numbers in one field, a number too short — and the city left empty,
 * with everything typed still there; the summary names the city with its language. The offices are the spec's own, deleted at the end.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { deleteOffices, ensureAdmin } from '../dashboard/support';

test.describe.configure({ mode: 'serial' });

const PREFIX = 'communique:unsaved:';
/** A field of the screen shown (Next keeps screens visited before mounted, hidden); the French one of per-language fields. */
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).filter({ visible: true }).first();
const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).filter({ visible: true });
/** The phone row holding "Numéro n". */
const phoneRow = (page: Page, n: number) => page.getByRole('listitem').filter({ has: page.getByLabel(`Numéro ${n}`, { exact: true }) });
const copies = (page: Page) => page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), PREFIX);
const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'ont été gardées sur cet appareil' });

/** Numbers and extensions are isolated left to right inside a sentence, their spaces unbreakable (lib/bidi.ts). */
const ltr = (text: string) => `\u2066?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}\u2069?`;

const created: string[] = [];

test.afterAll(({ browser }) => deleteOffices(browser, created));

test('what was typed in the office form survives a closed tab: offered back, saved, then forgotten', async ({ page }) => {
  await ensureAdmin(page);
  const name = `Bureau de Rivera ${Date.now()}`;
  const crashed = await page.context().newPage();
  await crashed.goto('/fr/dashboard/offices/new');
  await expect(button(crashed, 'Créer le bureau')).toBeEnabled();
  await crashed.getByLabel('Pays du bureau').selectOption('UY');
  await field(crashed, 'Nom du bureau').fill(name);
  await field(crashed, 'Ville').fill('Rivera');
  await field(crashed, 'Numéro 1').fill('+598 2916 8043');
  await button(crashed, 'Ajouter un numéro').click();
  await field(crashed, 'Numéro 2').fill('+598 2916 8044');
  await field(crashed, 'Type du numéro 2').selectOption('press');
  // Kept a moment after typing pauses, no leaving needed: then the tab goes, no question asked.
  await expect.poll(() => copies(crashed)).toEqual([expect.stringMatching(/:office:new$/)]);
  await crashed.close();

  await page.goto('/fr/dashboard/offices/new');
  await expect(notice(page)).toBeVisible();
  await expect(field(page, 'Nom du bureau')).toHaveValue('');
  await button(page, 'Reprendre ces modifications').click();
  await expect(notice(page)).toHaveCount(0);
  await expect(page.getByLabel('Pays du bureau')).toHaveValue('UY');
  await expect(page.getByLabel('Pays du bureau')).toBeFocused();
  await expect(field(page, 'Nom du bureau')).toHaveValue(name);
  await expect(field(page, 'Ville')).toHaveValue('Rivera');
  await expect(field(page, 'Numéro 1')).toHaveValue('+598 2916 8043');
  await expect(field(page, 'Numéro 2')).toHaveValue('+598 2916 8044');
  await expect(field(page, 'Type du numéro 2')).toHaveValue('press');

  await button(page, 'Créer le bureau').click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/offices\/[0-9a-f-]{36}\?saved=created$/);
  created.push(new URL(page.url()).pathname);
  // Saved: the copy is gone, and the new form offers nothing.
  expect(await copies(page)).toEqual([]);

  // The office now: an address typed and the tab closed; reopened, the copy is discarded.
  const office = page.url().replace(/\?.*$/, '');
  const again = await page.context().newPage();
  await again.goto(office);
  await expect(field(again, 'Ville')).toHaveValue('Rivera');
  await field(again, 'Adresse').fill('Calle Sarandí 540');
  await expect.poll(() => copies(again)).toHaveLength(1);
  await again.close();

  await page.goto(office);
  await expect(notice(page)).toBeVisible();
  await button(page, 'Les écarter').click();
  await expect(notice(page)).toHaveCount(0);
  await expect(field(page, 'Adresse')).toHaveValue('');
  expect(await copies(page)).toEqual([]);
  await page.reload();
  await expect(field(page, 'Ville')).toHaveValue('Rivera');
  await page.waitForTimeout(500);
  await expect(notice(page)).toHaveCount(0);
});

test('one save says every phone problem at its row, and the city, with everything typed kept', async ({ page }) => {
  await ensureAdmin(page);
  const name = `Bureau de Paysandú ${Date.now()}`;
  await page.goto('/fr/dashboard/offices/new');
  await expect(button(page, 'Créer le bureau')).toBeEnabled();
  await page.getByLabel('Pays du bureau').selectOption('UY');
  await field(page, 'Nom du bureau').fill(name);
  const typed = ['+45 2916 8049 ext. 7', '+598 2916 8043 poste 12', '+598 2916 8045 / 8046', '12'];
  for (const [i, number] of typed.entries()) {
    if (i > 0) await button(page, 'Ajouter un numéro').click();
    await field(page, `Numéro ${i + 1}`).fill(number);
  }
  await button(page, 'Créer le bureau').click();

  await expect(page.getByText('Ce champ est obligatoire.').filter({ visible: true })).toBeVisible();
  // The summary above the form names the city with its language (every language has a "Ville"),
  // the numbers, outside the language parts, by their label alone.
  await expect(page.getByRole('link', { name: 'Français — Ville', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Numéro 4', exact: true })).toBeVisible();
  // A Danish number with an extension: the extension, and the country to confirm, together.
  const first = phoneRow(page, 1);
  await expect(first).toContainText(new RegExp(`${ltr('+45')} est l’indicatif du pays «\\sDanemark\\s»`));
  await expect(first).toContainText(new RegExp(`Un poste \\(«\\s${ltr('ext. 7')}\\s»\\) ne peut pas être enregistré`));
  await expect(first).toContainText('ce formulaire n’a aucun champ libre où le noter');
  await expect(field(page, 'Numéro 1')).toHaveAttribute('aria-invalid', 'true');
  await expect(phoneRow(page, 2)).toContainText(new RegExp(`Un poste \\(«\\s${ltr('poste 12')}\\s»\\)`));
  await expect(phoneRow(page, 3)).toContainText('Ce champ contient 2 numéros');
  await expect(phoneRow(page, 4)).toContainText('Ce numéro est trop court');
  for (const [i, number] of typed.entries()) await expect(field(page, `Numéro ${i + 1}`)).toHaveValue(number);
  await expect(field(page, 'Nom du bureau')).toHaveValue(name);

  // The number without its extension, in one click; the Danish one is still to be confirmed.
  await phoneRow(page, 1).getByRole('button', { name: /^Remplacer par\s+\+45 29 16 80 49$/ }).click();
  await expect(field(page, 'Numéro 1')).toHaveValue('+45 29 16 80 49');
  await phoneRow(page, 1).getByRole('checkbox', { name: /Je confirme que ce numéro est correct/ }).check();
  await phoneRow(page, 2).getByRole('button', { name: /^Remplacer par\s+\+598 2916 8043$/ }).click();
  await expect(field(page, 'Numéro 2')).toHaveValue('+598 2916 8043');
  await button(page, 'Retirer Numéro 4').click();
  await button(page, 'Retirer Numéro 3').click();
  await field(page, 'Ville').fill('Paysandú');
  await button(page, 'Créer le bureau').click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/offices\/[0-9a-f-]{36}\?saved=created$/);
  created.push(new URL(page.url()).pathname);
  await expect(field(page, 'Numéro 1')).toHaveValue('+45 29 16 80 49');
  await expect(field(page, 'Numéro 2')).toHaveValue('+598 2916 8043');
});
