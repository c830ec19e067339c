/**
 * A refused office save names every field to fix at once, at the field itself: an e-mail without
 * domain together with the empty city (not the city only once the e-mail is corrected); an
 * eleventh number at its own input, with the limit (not a "fields to fix" naming none). And an
 * office moved to another country has its stored numbers read again for that country: the
 * Moroccan number of an office now in Tunisia is to be confirmed, not kept silently. The offices
 * are the spec's own, deleted at the end.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { deleteOffices, ensureAdmin } from '../dashboard/support';
import { typeset } from '../../lib/typography';

test.describe.configure({ mode: 'serial' });

/** A field of the screen shown (Next keeps screens visited before mounted, hidden); the French one of per-language fields. */
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).filter({ visible: true }).first();
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true });
const country = (page: Page) => page.getByLabel('Pays du bureau', { exact: true }).filter({ visible: true });
/** The phone row holding "Numéro n". */
const phoneRow = (page: Page, n: number) => page.getByRole('listitem').filter({ has: page.getByLabel(`Numéro ${n}`, { exact: true }) });

const created: string[] = [];

test.afterAll(({ browser }) => deleteOffices(browser, created));

async function newOffice(page: Page, code: string, name: string) {
  await page.goto('/fr/dashboard/offices/new');
  await expect(button(page, 'Créer le bureau')).toBeEnabled();
  await country(page).selectOption(code);
  await field(page, 'Nom du bureau').fill(name);
}

test('an e-mail without domain and an empty city are both named by the same answer', async ({ page }) => {
  await ensureAdmin(page);
  const name = `Bureau de Sousse ${Date.now()}`;
  await newOffice(page, 'TN', name);
  await field(page, 'E-mail').fill('sousse@iom');
  await button(page, 'Créer le bureau').click();

  await expect(page.getByText('Saisissez une adresse e-mail complète, par exemple nom@exemple.org.').filter({ visible: true })).toBeVisible();
  await expect(field(page, 'E-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Ville')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Ce champ est obligatoire.').filter({ visible: true })).toBeVisible();
  await expect(field(page, 'Nom du bureau')).toHaveValue(name);
  await expect(field(page, 'E-mail')).toHaveValue('sousse@iom');
  await expect(page).toHaveURL(/\/offices\/new$/);
});

test('an eleventh number is refused at its own input with the limit; without it the office is saved', async ({ page }) => {
  await ensureAdmin(page);
  await newOffice(page, 'TN', `Bureau de Sfax ${Date.now()}`);
  await field(page, 'Ville').fill('Sfax');
  // A blank row first: rows left empty are no numbers, and do not count.
  await button(page, 'Ajouter un numéro').click();
  for (let n = 2; n <= 12; n++) {
    if (n > 2) await button(page, 'Ajouter un numéro').click();
    await field(page, `Numéro ${n}`).fill(`+216 71 000 0${String(n).padStart(2, '0')}`);
  }
  await button(page, 'Créer le bureau').click();

  const limit = typeset('Un bureau a 10 numéros au plus : retirez celui-ci, ou un autre.', 'fr');
  await expect(phoneRow(page, 12)).toContainText(limit);
  await expect(field(page, 'Numéro 12')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Numéro 11')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(limit).filter({ visible: true })).toHaveCount(1);
  await expect(field(page, 'Numéro 12')).toHaveValue('+216 71 000 012');

  await phoneRow(page, 12).getByRole('button', { name: /^Retirer/ }).click();
  await button(page, 'Créer le bureau').click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/offices\/[0-9a-f-]{36}\?saved=created$/);
  created.push(new URL(page.url()).pathname);
  await expect(field(page, 'Numéro 10')).toHaveValue('+216 71 000 011');
  await expect(field(page, 'Numéro 11')).toHaveCount(0);
});

test('an office moved to another country has its stored numbers read again for it', async ({ page }) => {
  await ensureAdmin(page);
  const name = `Bureau de Rabat ${Date.now()}`;
  await newOffice(page, 'MA', name);
  await field(page, 'Ville').fill('Rabat');
  await field(page, 'Numéro 1').fill('+212 5 37 76 60 00');
  await button(page, 'Créer le bureau').click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/offices\/[0-9a-f-]{36}\?saved=created$/);
  created.push(new URL(page.url()).pathname);

  // Saved unchanged, a stored number is not questioned again.
  await field(page, 'Adresse').fill('Avenue Mohammed V');
  await button(page, 'Enregistrer').click();
  await expect(page).toHaveURL(/\?saved=updated$/);

  // The office is in Tunisia in fact: its Moroccan number is said, to confirm or correct.
  await country(page).selectOption('TN');
  await button(page, 'Enregistrer').click();
  const row = phoneRow(page, 1);
  await expect(row).toContainText('est l’indicatif du pays « Maroc », alors que ce bureau est situé dans le pays « Tunisie »');
  await expect(country(page)).toHaveValue('TN');

  // Confirmed, it is saved with the new country.
  await row.getByRole('checkbox').check();
  await button(page, 'Enregistrer').click();
  await expect(row).not.toContainText('indicatif');
  await expect(field(page, 'Numéro 1')).toHaveValue('+212 5 37 76 60 00');
  await page.goto(`/fr/dashboard/offices?status=all&q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('table', { name: 'Bureaux' }).getByRole('row').filter({ hasText: name })).toContainText('Tunisie');
});
