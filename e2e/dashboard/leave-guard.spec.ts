/**
 * Leaving a form with unsaved changes by the dashboard's own links or by signing out (no page
 * unload, so the browser asks nothing) asks first, in the interface language: stay (the default,
 * Escape too) keeps everything typed; leave goes where the press would have gone, without the
 * browser asking a second time. Untouched, nothing asks.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { browserQuestions, createAccount, EDITOR, ensureAdmin, signIn, whenBodyLive } from './support';

const ar = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages/ar.json'), 'utf8')) as {
  LeaveGuard: Record<'title' | 'bodyKept' | 'stay' | 'leave', string>;
  Dashboard: { signOut: string };
  Editor: { title: string; body: string };
};

const OFFICE = 'Bureau de l’OIM à Montevideo';
const nav = (page: Page) => page.getByRole('navigation', { name: 'Rubriques de la rédaction' });

test('the office form: a dashboard link asks before leaving unsaved changes; stay keeps them, leave goes', async ({ page }) => {
  await ensureAdmin(page);
  const asked = browserQuestions(page);
  await page.goto('/fr/dashboard/offices');
  await page.getByRole('link', { name: OFFICE }).click();
  const address = page.getByLabel('Adresse', { exact: true }).first();
  await expect(address).toBeVisible();
  const office = page.url();

  // Untouched: the link goes at once.
  await expect(async () => {
    await nav(page).getByRole('link', { name: 'Articles' }).click();
    await expect(page).toHaveURL(/\/fr\/dashboard\/articles$/, { timeout: 2_000 });
  }).toPass();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.goto(office);
  await expect(address).toBeVisible();
  const stored = await address.inputValue();
  await expect(async () => {
    await address.click();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await expect(address).toHaveValue(`${stored}!`, { timeout: 1_000 });
  }).toPass();
  await page.keyboard.type(' (bureau 2)');
  const typed = `${stored}! (bureau 2)`;

  // A sidebar link: our question, its safe answer focused; Escape stays, the text is all there.
  await nav(page).getByRole('link', { name: 'Articles' }).click();
  const dialog = page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Si vous partez maintenant, elles seront perdues.');
  await expect(dialog.getByRole('button', { name: 'Rester sur la page' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(page.url()).toBe(office);
  await expect(address).toHaveValue(typed);

  // The interface language (a full page load): our question too.
  await page.locator('a[hreflang=en]').click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Rester sur la page' }).click();
  await expect(dialog).toBeHidden();
  await expect(address).toHaveValue(typed);

  // Leaving drops the changes: Next keeps the screen mounted, hidden, and coming back to the
  // office shows it as stored, not the dropped text as if it were still there.
  await nav(page).getByRole('link', { name: 'Articles' }).click();
  await dialog.getByRole('button', { name: 'Quitter sans enregistrer' }).click();
  await expect(page).toHaveURL(/\/fr\/dashboard\/articles$/);
  await nav(page).getByRole('link', { name: 'Bureaux' }).click();
  await page.getByRole('link', { name: OFFICE }).click();
  await expect(page).toHaveURL(office);
  await expect(address).toHaveValue(stored);

  // Typed again, then the interface language: leaving goes there without the browser asking again.
  await address.click();
  await page.keyboard.press('End');
  await page.keyboard.type('?');
  await expect(address).toHaveValue(`${stored}?`);
  await page.locator('a[hreflang=en]').click();
  await dialog.getByRole('button', { name: 'Quitter sans enregistrer' }).click();
  await expect(page).toHaveURL(office.replace('/fr/', '/en/'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(asked.count).toBe(0);
  // Nothing was saved.
  await expect(page.getByLabel('Address', { exact: true }).first()).toHaveValue(stored);
});

test('an Arabic dashboard: signing out of a release with unsaved text asks, in Arabic; leaving signs out as the press would have', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'ar');
  const asked = browserQuestions(page);
  await page.goto('/ar/dashboard/articles/new?lang=fr');
  const body = page.getByRole('textbox', { name: ar.Editor.body });
  await whenBodyLive(page, body);
  await page.keyboard.type('Un texte que personne n’a enregistré.');
  await page.getByLabel(ar.Editor.title, { exact: true }).filter({ visible: true }).fill('Brouillon jamais enregistré');
  const copies = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('communique:unsaved:')));
  await expect.poll(copies).toHaveLength(1);

  const signOut = page.getByRole('button', { name: ar.Dashboard.signOut });
  await signOut.click();
  const dialog = page.getByRole('dialog', { name: ar.LeaveGuard.title });
  await expect(dialog).toBeVisible();
  // The editors keep a copy in this browser, and the question says so.
  await expect(dialog).toContainText(ar.LeaveGuard.bodyKept);
  expect(await dialog.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await dialog.getByRole('button', { name: ar.LeaveGuard.stay }).click();
  await expect(dialog).toBeHidden();
  // Stayed: still signed in, on the editor, the text and its copy in place.
  await expect(page).toHaveURL(/\/ar\/dashboard\/articles\/new/);
  await expect(body).toContainText('Un texte que personne n’a enregistré.');
  await expect(signOut).toBeVisible();
  expect(await copies()).toHaveLength(1);

  await signOut.click();
  await dialog.getByRole('button', { name: ar.LeaveGuard.leave }).click();
  // Signed out, as the press would have: and the sign-out form's own work done (copies removed).
  await expect(page).not.toHaveURL(/\/dashboard\//);
  await expect.poll(copies).toEqual([]);
  await page.goto('/ar/dashboard/articles');
  await expect(page).toHaveURL(/\/ar\/sign-in/);
  expect(asked.count).toBe(0);
});
