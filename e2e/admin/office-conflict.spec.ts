/**
 * Two admins edit the same office. Ana saves a new phone number and city; Bruno, who opened the
 * office before, changes the address and the city and saves: he is told Ana saved, when, and
 * what she changed — her phone is taken into his form (he had not touched it), the city both
 * changed is shown with her value beside his — and "Enregistrer ma version" saves his form over
 * hers: his address and city, her phone. In Arabic the same panel reads right to left, and
 * "take their version" asks before discarding what was typed. The office is the spec's own, and
 * deleted at the end: the other specs find the directory as the seed has it (and Bruno's account
 * is disabled, so Ada is the last active admin again).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { ADMIN, createAccount, ensureAdmin, signIn, sql, type Account } from '../dashboard/support';

test.describe.configure({ mode: 'serial' });

const BRUNO: Account = { email: 'bruno.admin@e2e.example.org', name: 'Bruno Admin', role: 'admin' };
const SAVED = 'Les modifications sont enregistrées et déjà visibles sur le site.';

const ar = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../messages/ar.json'), 'utf8')) as {
  OfficeForm: Record<'conflictLoaded', string>;
  FormConflict: Record<'headingBy' | 'bothHeading' | 'theirValue' | 'keepMine' | 'loadTheirs' | 'loadQuestion' | 'loadConfirm' | 'loadCancel', string>;
  AdminOffices: { save: string; saved: { updated: string } };
};

/** A field of the screen shown (Next keeps screens visited before mounted, hidden); the French one of per-language fields. */
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).filter({ visible: true }).first();
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true });

async function asBruno(browser: Browser, locale = 'fr'): Promise<Page> {
  createAccount(BRUNO);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, BRUNO, locale);
  return page;
}

let officeUrl = '';

test.afterAll(async ({ browser }) => {
  // Ada is the last active admin again for the specs after this one (role-change.spec.ts).
  await sql(`update users set status = 'disabled' where email = $1`, [BRUNO.email]);
  if (!officeUrl) return;
  const page = await browser.newPage();
  await ensureAdmin(page);
  await page.goto(officeUrl);
  await button(page, 'Supprimer…').click();
  await button(page, 'Oui, supprimer définitivement').click();
  await expect(page.getByText(/^Le bureau «\s.+\s» a été supprimé\.$/).filter({ visible: true })).toBeVisible();
  await page.close();
});

test('an admin saving over a colleague’s save sees what they changed, keeps their phone and his own address', async ({ page, browser }, testInfo) => {
  await ensureAdmin(page);
  await page.goto('/fr/dashboard/offices/new');
  await page.getByLabel('Pays du bureau').selectOption('UY');
  await field(page, 'Nom du bureau').fill(`Bureau de Salto ${Date.now()}`);
  await field(page, 'Ville').fill('Salto');
  await field(page, 'Numéro 1').fill('+598 2916 8043');
  await button(page, 'Créer le bureau').click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/offices\/[0-9a-f-]{36}\?saved=created$/);
  officeUrl = new URL(page.url()).pathname;

  const bruno = await asBruno(browser);
  await bruno.goto(officeUrl);
  await expect(field(bruno, 'Numéro 1')).toHaveValue('+598 2916 8043');

  // Ana, meanwhile: a new number and another city.
  await page.goto(officeUrl);
  await field(page, 'Numéro 1').fill('+598 2916 8099');
  await field(page, 'Ville').fill('Salto Centro');
  await button(page, 'Enregistrer').click();
  await expect(page.getByText(SAVED).filter({ visible: true })).toBeVisible();

  // Bruno, on the version he opened: the address and the city.
  await field(bruno, 'Adresse').fill('Plaza Independencia 831');
  await field(bruno, 'Ville').fill('Salto Norte');
  await button(bruno, 'Enregistrer').click();

  const problem = bruno.getByRole('alert').filter({ hasText: `${ADMIN.name} a enregistré la version 2 pendant que vous travailliez` });
  await expect(problem).toBeVisible();
  await expect(bruno.locator(':focus')).toContainText(`${ADMIN.name} a enregistré la version 2`);
  const panel = bruno.getByRole('region', { name: `Ce que ${ADMIN.name} a changé` });
  await expect(panel).toBeVisible();
  // Only Ana changed the phone: her number is in Bruno's form now, and said so.
  await expect(field(bruno, 'Numéro 1')).toHaveValue('+598 2916 8099');
  const taken = panel.getByRole('definition').filter({ hasText: '+598 2916 8099' });
  await expect(taken).toBeVisible();
  await expect(panel.getByRole('term').filter({ hasText: 'Téléphones' })).toBeVisible();
  // Both changed the city: hers beside it, his kept in the form. His address stays his.
  await expect(panel.getByRole('term').filter({ hasText: 'Ville (Français)' })).toBeVisible();
  await expect(panel).toContainText('Sa version : Salto Centro');
  await expect(panel).toContainText('Votre version : Salto Norte');
  await expect(panel).not.toContainText('Adresse');
  await expect(field(bruno, 'Ville')).toHaveValue('Salto Norte');
  await expect(field(bruno, 'Adresse')).toHaveValue('Plaza Independencia 831');
  await panel.screenshot({ path: testInfo.outputPath('office-conflict-fr.png') });

  await panel.getByRole('button', { name: 'Enregistrer ma version' }).click();
  await expect(bruno.getByText(SAVED).filter({ visible: true })).toBeVisible();
  await expect(bruno.getByRole('region', { name: `Ce que ${ADMIN.name} a changé` })).toHaveCount(0);

  // Anyone opening the office now: Bruno's address and city, Ana's phone.
  await page.goto(officeUrl);
  await expect(field(page, 'Adresse')).toHaveValue('Plaza Independencia 831');
  await expect(field(page, 'Ville')).toHaveValue('Salto Norte');
  await expect(field(page, 'Numéro 1')).toHaveValue('+598 2916 8099');
  await bruno.context().close();
});

test('in Arabic the conflict reads right to left, and taking their version asks first', async ({ page, browser }, testInfo) => {
  // The office of the test before (serial: this one does not run when that one failed).
  expect(officeUrl, 'the office the test before made').not.toBe('');
  const o = ar.OfficeForm;
  const c = ar.FormConflict;
  const bruno = await asBruno(browser, 'ar');
  await bruno.goto(`/ar${officeUrl.slice(3)}`);
  await expect(bruno.locator('input[name=email]').filter({ visible: true })).toHaveValue('');

  await ensureAdmin(page);
  await page.goto(officeUrl);
  await page.locator('input[name=email]').filter({ visible: true }).fill('salto@example.org');
  await button(page, 'Enregistrer').click();
  await expect(page.getByText(SAVED).filter({ visible: true })).toBeVisible();

  const address = bruno.locator('textarea[name="texts.fr.address"]').filter({ visible: true });
  await address.fill('Rambla 25 de Agosto');
  const email = bruno.locator('input[name=email]').filter({ visible: true });
  await email.fill('bruno@example.org');
  await button(bruno, ar.AdminOffices.save).click();

  // Named after the admin who saved meanwhile: "ما غيّره Ada Admin".
  const panel = bruno.getByRole('region', { name: c.headingBy.replace('{name}', ADMIN.name) });
  await expect(panel).toBeVisible();
  await expect(bruno.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await panel.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await expect(panel).toContainText(c.bothHeading);
  await expect(panel).toContainText(`${c.theirValue} salto@example.org`);
  await expect(panel.getByRole('button', { name: c.keepMine })).toBeVisible();
  await panel.screenshot({ path: testInfo.outputPath('office-conflict-ar.png') });

  // Taking their version discards what was typed: asked first, then done.
  await panel.getByRole('button', { name: c.loadTheirs }).click();
  await expect(panel).toContainText(c.loadQuestion);
  await expect(panel.getByRole('button', { name: c.loadCancel })).toBeFocused();
  await panel.getByRole('button', { name: c.loadConfirm }).click();
  await expect(bruno.getByText(o.conflictLoaded.replace('{version}', '4'))).toBeVisible();
  await expect(email).toHaveValue('salto@example.org');
  await expect(address).toHaveValue('Plaza Independencia 831');
  await bruno.context().close();
});
