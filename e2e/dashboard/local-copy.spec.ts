/**
 * Unsaved text kept on this device: what is typed into a release and not saved survives a
 * crash or a tab closed anyway — the next visit offers it back above the form (restore it, or
 * discard it), saving removes it, and it is offered to no one else: another person signed in on
 * the same browser profile never sees it, and signing out removes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allSaved, createAccount, EDITOR, EDITOR2, signIn, whenBodyLive } from './support';

const ar = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages/ar.json'), 'utf8')) as {
  Editor: Record<'localCopyRestore' | 'localCopyDiscard', string>;
};

const PREFIX = 'communique:unsaved:';
const notice = (page: Page, text = 'a été gardé sur cet appareil') => page.getByRole('status').filter({ hasText: text });
const titleField = (page: Page) => page.getByLabel('Titre', { exact: true }).filter({ visible: true });
const bodyField = (page: Page) => page.getByRole('textbox', { name: 'Texte' });
/** The copies this app keeps in the browser (whatever the key names beyond its prefix). */
const copies = (page: Page) => page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), PREFIX);

/** Once the editor is live (hydrated): its save button is enabled and the copy was looked for. */
async function editorReady(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeEnabled();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** A release saved as a draft; the page is left on its editor, everything saved. */
async function savedRelease(page: Page, title: string): Promise<string> {
  await page.goto('/fr/dashboard/articles/new?lang=fr');
  const body = bodyField(page);
  await whenBodyLive(page, body);
  await page.keyboard.type('Le texte enregistré.');
  await titleField(page).fill(title);
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);
  // Saved: nothing kept, and nothing written while the form is clean.
  expect(await copies(page)).toEqual([]);
  return page.url();
}

/** Types into the title and the body without saving, and waits until the copy is kept (no leaving the page needed: a crash). */
async function typeWithoutSaving(page: Page, title: string, text: string): Promise<void> {
  await titleField(page).fill(title);
  await bodyField(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
  await expect(page.getByText('Modifications non enregistrées.').filter({ visible: true })).toBeVisible();
  await expect.poll(() => copies(page)).toHaveLength(1);
}

/** The editor as stored, with no copy offered. */
async function expectNoOffer(page: Page, savedTitle: string): Promise<void> {
  await editorReady(page);
  // An absence: the copy is looked for just after hydration, so a moment is left for a notice to show.
  await page.waitForTimeout(500);
  await expect(titleField(page)).toHaveValue(savedTitle);
  await expect(notice(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reprendre ce texte' })).toHaveCount(0);
}

// Each test saves a release first, then reloads or signs in again several times.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  // Reloading or leaving an editor with unsaved text asks first: the person answers "leave".
  page.on('dialog', (dialog) => dialog.accept());
  // Notes how the notice arrives: inside a role="status" already on the page, or added with one.
  await page.addInitScript(() => {
    new MutationObserver((mutations, observer) => {
      for (const m of mutations) {
        for (const node of m.addedNodes) {
          // (The page's scripts carry the messages: not the notice.)
          if (!(node instanceof HTMLElement) || node.nodeName === 'SCRIPT' || !node.textContent?.includes('a été gardé sur cet appareil')) continue;
          const into = m.target instanceof Element && m.target.closest('[role="status"]');
          (window as unknown as { noticeArrival?: string }).noticeArrival = into ? 'into a live region' : 'with its own region';
          observer.disconnect();
          return;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
});

test('text typed and not saved is offered back after a reload; restored, it is saved and offered no more', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  const saved = `Copie gardée ${Date.now().toString(36)}`;
  await savedRelease(page, saved);
  await typeWithoutSaving(page, `${saved} — retouché`, ' Une phrase tapée puis perdue.');

  await page.reload();
  await editorReady(page);
  await expect(notice(page)).toBeVisible();
  // It came into a live region that was on the page before it (so a screen reader says it).
  expect(await page.evaluate(() => (window as unknown as { noticeArrival?: string }).noticeArrival)).toBe('into a live region');
  await expect(notice(page)).toContainText('Un texte non enregistré, du');
  // The form shows what is stored until the person chooses.
  await expect(titleField(page)).toHaveValue(saved);
  await expect(bodyField(page)).not.toContainText('Une phrase tapée puis perdue.');

  await page.getByRole('button', { name: 'Reprendre ce texte' }).click();
  await expect(notice(page)).toHaveCount(0);
  await expect(titleField(page)).toHaveValue(`${saved} — retouché`);
  await expect(titleField(page)).toBeFocused();
  await expect(bodyField(page)).toContainText('Le texte enregistré. Une phrase tapée puis perdue.');
  await expect(page.getByText('Modifications non enregistrées.').filter({ visible: true })).toBeVisible();

  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${saved} — retouché`);
  await expect.poll(() => copies(page)).toEqual([]);

  await page.reload();
  await expectNoOffer(page, `${saved} — retouché`);
  await expect(bodyField(page)).toContainText('Une phrase tapée puis perdue.');
});

test('a copy discarded is gone: the form keeps what is stored', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  const saved = `Copie écartée ${Date.now().toString(36)}`;
  await savedRelease(page, saved);
  await typeWithoutSaving(page, `${saved} — brouillon jeté`, ' À jeter.');

  await page.reload();
  await editorReady(page);
  await expect(notice(page)).toBeVisible();
  await page.getByRole('button', { name: 'L’écarter' }).click();
  await expect(notice(page)).toHaveCount(0);
  await expect(titleField(page)).toBeFocused();
  await expect(titleField(page)).toHaveValue(saved);
  await expect(bodyField(page)).not.toContainText('À jeter.');
  await expect(allSaved(page)).toBeVisible();
  expect(await copies(page)).toEqual([]);

  await page.reload();
  await expectNoOffer(page, saved);
});

test('a copy older than what a colleague saved since: restored, its save meets the conflict, nothing overwritten', async ({ page, browser }) => {
  createAccount(EDITOR);
  createAccount(EDITOR2);
  await signIn(page, EDITOR, 'fr');
  const saved = `Copie dépassée ${Date.now().toString(36)}`;
  const url = await savedRelease(page, saved);
  await typeWithoutSaving(page, `${saved} — le sien`, ' Son ajout.');

  // Meanwhile a colleague saves version 2 from another browser.
  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await signIn(other, EDITOR2, 'fr');
  await other.goto(url);
  await expect(other.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeEnabled();
  await other.getByLabel('Titre', { exact: true }).filter({ visible: true }).fill(`${saved} — celui du collègue`);
  await other.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(other)).toBeVisible();
  await colleague.close();

  await page.reload();
  await editorReady(page);
  await expect(notice(page)).toContainText('Il partait de la version 1 ; la version 2 a été enregistrée depuis.');
  await expect(titleField(page)).toHaveValue(`${saved} — celui du collègue`);
  await page.getByRole('button', { name: 'Reprendre ce texte' }).click();
  await expect(titleField(page)).toHaveValue(`${saved} — le sien`);
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `${EDITOR2.name} a enregistré la version 2 pendant que vous travailliez` })).toBeVisible();
  // Refused: the colleague's version stands, the kept text is still in the form.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${saved} — celui du collègue`);
  await expect(titleField(page)).toHaveValue(`${saved} — le sien`);
  await expect(bodyField(page)).toContainText('Son ajout.');
});

test('in Arabic the notice reads right to left, its buttons in Arabic', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  const saved = `Copie en arabe ${Date.now().toString(36)}`;
  const url = await savedRelease(page, saved);
  await typeWithoutSaving(page, `${saved} — tapé`, ' Tapé.');

  await page.goto(url.replace('/fr/dashboard/', '/ar/dashboard/'));
  const box = notice(page, 'على هذا الجهاز');
  await expect(box).toBeVisible();
  await expect(box).toHaveCSS('direction', 'rtl');
  await expect(box.getByRole('button', { name: ar.Editor.localCopyDiscard })).toBeVisible();
  await box.getByRole('button', { name: ar.Editor.localCopyRestore }).click();
  await expect(box).toHaveCount(0);
  await expect(page.locator('input[name="title"]').filter({ visible: true })).toHaveValue(`${saved} — tapé`);
});

test('a copy is offered only to its author: not to another person signed in on the same browser', async ({ page }) => {
  createAccount(EDITOR);
  createAccount(EDITOR2);
  await signIn(page, EDITOR, 'fr');
  const saved = `Copie d’Edith ${Date.now().toString(36)}`;
  const url = await savedRelease(page, saved);
  await typeWithoutSaving(page, `${saved} — à elle seule`, ' Son texte à elle.');

  // Her session ends without her signing out (expired, cookies cleared); a colleague signs in here.
  await page.context().clearCookies();
  await signIn(page, EDITOR2, 'fr');
  await page.goto(url);
  await expectNoOffer(page, saved);

  // Back to her: her copy was kept for her.
  await page.context().clearCookies();
  await signIn(page, EDITOR, 'fr');
  await page.goto(url);
  await editorReady(page);
  await expect(notice(page)).toBeVisible();
});

test('signing out removes the copies kept on this browser', async ({ page }) => {
  createAccount(EDITOR);
  await signIn(page, EDITOR, 'fr');
  const saved = `Copie effacée ${Date.now().toString(36)}`;
  const url = await savedRelease(page, saved);
  await typeWithoutSaving(page, `${saved} — sur un poste partagé`, ' Texte privé.');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  // Unsaved text on the page: asked first (use-leave-guard.tsx), then signed out.
  await page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' }).getByRole('button', { name: 'Quitter sans enregistrer' }).click();
  await expect(page).toHaveURL((u) => u.pathname === '/fr/sign-in');
  await expect.poll(() => copies(page)).toEqual([]);

  await signIn(page, EDITOR, 'fr');
  await page.goto(url);
  await expectNoOffer(page, saved);
});
