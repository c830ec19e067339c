/**
 * An organization page deleted by a colleague while an editor writes in it: the editor's save
 * says who deleted it and when, and what to do with the text, which stays in the form — as the
 * release editor says it of a translation deleted meanwhile (e2e/dashboard/articles.spec.ts).
 * Before, it said only "This page no longer exists". Its state panel then offers no step
 * ("publish the saved version" would be refused): it says the page is deleted. Each test makes
 * its own page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, EDITOR2, signedIn, whenBodyLive } from './support';

interface Words {
  Editor: { body: string };
  PageEditor: { saveDraft: string };
  AdminPages: { stateHeading: string; publishSaved: string; deletedNoSteps: string };
}
const words = (locale: string): Words => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, `../../messages/${locale}.json`), 'utf8')) as Words;
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).filter({ visible: true });
const SHOTS = process.env.C_SHOTS;

for (const locale of ['fr', 'ar'] as const) {
  test(`(${locale}) a page deleted while an editor writes in it: their save says who deleted it and when, their text kept`, async ({ browser }) => {
    test.setTimeout(120_000);
    const w = words(locale);
    createAccount(EDITOR);
    createAccount(EDITOR2);
    const title = `Supprimée pendant l’écriture ${locale} ${Date.now().toString(36)}`;

    // Eric makes a page; Edith opens its French text.
    const eric = await signedIn(browser, EDITOR2);
    await eric.goto('/fr/dashboard/pages/new');
    await eric.getByLabel('Titre (français)').fill(title);
    await eric.getByRole('button', { name: 'Créer la page' }).click();
    await expect(eric.getByRole('heading', { level: 1, name: /Texte en français/ })).toBeVisible();
    const [, pageId] = /pages\/([0-9a-f-]{36})\//.exec(eric.url())!;
    const edith = await signedIn(browser, EDITOR, locale);
    await edith.goto(`/${locale}/dashboard/pages/${pageId}/fr`);
    const body = edith.getByRole('textbox', { name: w.Editor.body }).filter({ visible: true });
    await whenBodyLive(edith, body);
    await edith.keyboard.type('Texte à ne pas perdre.');

    // Eric deletes the page meanwhile.
    await eric.goto(`/fr/dashboard/pages/${pageId}`);
    await button(eric, 'Supprimer…').click();
    await button(eric, 'Oui, supprimer').click();
    await expect(eric.getByText(`La page « ${title} » est supprimée.`)).toBeVisible();
    await eric.context().close();

    // Edith's save: refused, saying who and when, and what to do; her text is still there.
    await button(edith, w.PageEditor.saveDraft).click();
    const alert = edith.getByRole('alert').filter({ hasText: EDITOR2.name });
    await expect(alert).toBeVisible();
    if (locale === 'fr') {
      await expect(alert).toContainText(`${EDITOR2.name} a supprimé cette page pendant que vous travailliez, le`);
      await expect(alert).toContainText('créez une nouvelle page');
    }
    await expect(body).toHaveText('Texte à ne pas perdre.');
    // The state panel offers no step on a page known deleted.
    const panel = edith.getByRole('region', { name: w.AdminPages.stateHeading }).filter({ visible: true });
    await expect(panel.getByRole('status')).toHaveText(w.AdminPages.deletedNoSteps);
    await expect(button(edith, w.AdminPages.publishSaved)).toHaveCount(0);
    if (SHOTS) {
      for (const width of [1440, 390]) {
        await edith.setViewportSize({ width, height: 900 });
        await alert.scrollIntoViewIfNeeded();
        await edith.screenshot({ path: `${SHOTS}/page-deleted-${locale}-${width}.png` });
      }
    }
    await edith.context().close();
  });
}
