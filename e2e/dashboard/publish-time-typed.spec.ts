/**
 * A publication time typed by keyboard that the form cannot read (a year with a digit too many,
 * a day without its time) is said at its field and never sent as "publish now": the button does
 * not say it, and a press on it publishes nothing. And a language scheduled later (an embargo)
 * is said in the publish box of another language, with its time offered. English and Spanish
 * releases: nothing French comes out during the run.
 *
 * Chromium lays the field out in its own language (month/day/year, hour:minute AM/PM here),
 * whatever the page's: the keys typed follow that layout.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, signIn, stateChip, translateArticle, whenBodyLive, withClient } from './support';
import { typeset } from '../../lib/typography';

test.use({ timezoneId: 'Europe/Paris' });
// Sign-in, a new release and its save: room for a loaded machine.
test.describe.configure({ timeout: 120_000 });

const UNREADABLE = typeset('Cette date est incomplète ou impossible : saisissez le jour, le mois, l’année (4 chiffres) et l’heure, ou videz le champ pour publier maintenant.', 'fr');
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true });
const when = (page: Page) => page.getByLabel('Date et heure de publication (facultatif)').filter({ visible: true });
const bodyField = (page: Page) => page.getByRole('textbox', { name: 'Texte' }).filter({ visible: true });

/** An editor's new English release with its text and title typed, not saved. */
async function newRelease(page: Page, title: string): Promise<void> {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  await page.goto('/fr/dashboard/articles/new?lang=en');
  await whenBodyLive(page, bodyField(page));
  await page.keyboard.type('A text whose time is typed by hand.');
  await page.getByLabel('Titre', { exact: true }).filter({ visible: true }).fill(title);
}

/** Types `keys` into the time field from its first part, as a person does, then leaves it for the title. */
async function typeTime(page: Page, keys: string[]): Promise<void> {
  await when(page).focus();
  for (const k of keys) {
    if (/^[A-Z][a-z]/.test(k)) await page.keyboard.press(k);
    else await page.keyboard.type(k);
  }
  await page.getByLabel('Titre', { exact: true }).filter({ visible: true }).click();
}

async function storedStatus(title: string): Promise<string | null> {
  return withClient(async (c) => (await c.query(`select status from article_translations where title = $1`, [title])).rows[0]?.status ?? null);
}

test('a time typed with a year too long is refused at its field and publishes nothing', async ({ page }) => {
  const title = `Typed time ${Date.now().toString(36)}`;
  await newRelease(page, title);

  // 24 December 202660, 09:30: the browser holds "202660-12-24T09:30", which is no time the form reads.
  await typeTime(page, ['12', '24', '202660', '0930', 'A']);
  await expect(when(page)).toHaveValue('202660-12-24T09:30');
  await expect(when(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(when(page)).toHaveAccessibleDescription(new RegExp(`${UNREADABLE.replace(/[.?()]/g, '\\$&')}$`));
  await expect(button(page, 'Enregistrer et publier')).toHaveCount(0);
  await button(page, 'Enregistrer et programmer').click();
  await expect(when(page)).toBeFocused();
  await expect(page.getByText(UNREADABLE).filter({ visible: true })).toHaveCount(1);
  expect(await storedStatus(title)).toBeNull();
});

test('a day typed without its time is refused at its field, then scheduled once completed', async ({ page }) => {
  const second = `Typed day ${Date.now().toString(36)}`;
  await newRelease(page, second);
  // A day without its time: the browser has no value at all, and says its input is incomplete.
  await typeTime(page, ['12', '24', '2030']);
  await expect(when(page)).toHaveValue('');
  await expect(when(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(button(page, 'Enregistrer et publier')).toHaveCount(0);
  await button(page, 'Enregistrer et programmer').click();
  await expect(page.getByText(UNREADABLE).filter({ visible: true })).toHaveCount(1);
  expect(await storedStatus(second)).toBeNull();

  // Completed (Right moves to the hour), it is read: scheduled for that time, not published now.
  await when(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('0930');
  await page.keyboard.type('A');
  await expect(when(page)).toHaveValue('2030-12-24T09:30');
  await expect(when(page)).not.toHaveAttribute('aria-invalid', 'true');
  await button(page, 'Enregistrer et programmer').click();
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  expect(await storedStatus(second)).toBe('published');
  const at = await withClient(async (c) => (await c.query(`select publish_at from article_translations where title = $1`, [second])).rows[0]?.publish_at as Date);
  expect(at.toISOString()).toBe('2030-12-24T08:30:00.000Z');
  await page.getByRole('region', { name: 'Autres étapes' }).getByRole('button', { name: 'Annuler la programmation' }).click();
  await page.getByRole('region', { name: 'Autres étapes' }).getByRole('button', { name: 'Oui, annuler la programmation' }).click();
  await expect(stateChip(page, 'Brouillon')).toBeVisible();
});

test('a translation published now while another language is scheduled later is warned, and offered that time', async ({ page }) => {
  test.setTimeout(180_000);
  const title = `Embargo ${Date.now().toString(36)}`;
  await newRelease(page, title);
  await when(page).fill('2030-12-24T09:30');
  await button(page, 'Enregistrer et programmer').click();
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/en(\?|$)/);
  const articleId = new URL(page.url()).pathname.split('/')[4]!;

  await translateArticle(page, articleId, 'es', 'espagnol');
  await page.keyboard.type(' Un texto traducido.');

  // Empty time, "publish now": the English embargo is said, with its day and time here.
  const warning = page.getByRole('status').filter({ hasText: 'La version en anglais' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('24 déc. 2030');
  await expect(warning).toContainText('09:30');
  // Its time offered: the field takes it, and the button now schedules.
  await warning.getByRole('button', { name: 'Programmer à la même heure' }).click();
  await expect(when(page)).toHaveValue('2030-12-24T09:30');
  await expect(warning).toHaveCount(0);
  await button(page, 'Enregistrer et programmer').click();
  await expect(stateChip(page, 'Programmé')).toBeVisible();
  const rows = await withClient(async (c) => (await c.query(`select locale, status, publish_at from article_translations where article_id = $1 order by locale`, [articleId])).rows);
  expect(rows.map((r) => [r.locale, r.status, (r.publish_at as Date).toISOString()])).toEqual([
    ['en', 'published', '2030-12-24T08:30:00.000Z'],
    ['es', 'published', '2030-12-24T08:30:00.000Z'],
  ]);

  // Both taken back to drafts, as found: their schedules cancelled.
  const steps = page.getByRole('region', { name: 'Autres étapes' });
  for (const lang of ['es', 'en']) {
    await page.goto(`/fr/dashboard/articles/${articleId}/${lang}`);
    await steps.getByRole('button', { name: 'Annuler la programmation' }).click();
    await steps.getByRole('button', { name: 'Oui, annuler la programmation' }).click();
    await expect(stateChip(page, 'Brouillon')).toBeVisible();
  }
});
