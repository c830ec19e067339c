/**
 * A release's history on a phone (390 px), in French and in Arabic: every version's compare
 * radios and restore button in sight — the list never scrolls sideways — each radio a target of
 * at least 24 px; on a wide screen it stays a table with its column headers. The pages list, the
 * other stacked table: each page's four languages in sight.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from '../fixtures';
import { allSaved, appendToBody, createAccount, EDITOR, signedIn, whenBodyLive } from './support';

/** Boxes on the page wider than their frame (scrolled sideways), and whether the page itself is. */
function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wide = [...document.querySelectorAll('main *')].filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX));
    const found = wide.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join('.')}`);
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) found.push('the page');
    return found;
  });
}

test('a release’s versions can be compared and restored on a phone, in French and Arabic, without scrolling sideways', async ({ browser }) => {
  test.setTimeout(60_000);
  createAccount(EDITOR);
  const page = await signedIn(browser, EDITOR);
  await page.goto('/fr/dashboard/articles/new');
  await whenBodyLive(page, page.getByRole('textbox', { name: 'Texte' }));
  await page.keyboard.type('Première version.');
  await page.getByLabel('Titre').filter({ visible: true }).fill(`Historique sur téléphone ${Date.now().toString(36)}`);
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(allSaved(page)).toBeVisible();
  await page.waitForURL(/\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr(\?|$)/);
  const editorPath = new URL(page.url()).pathname;
  await appendToBody(page, ' Deuxième version.');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByText(/Version 2, enregistrée par/).filter({ visible: true })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  for (const [locale, restoreName, fromName, toName] of [
    ['fr', 'Restaurer la version 1', 'Comparer à partir de la version 1', 'Comparer jusqu’à la version 2'],
    ['ar', 'استعادة النسخة 1', 'المقارنة بدءًا من النسخة 1', null],
  ] as const) {
    await page.goto(`${editorPath.replace(/^\/fr\//, `/${locale}/`)}/history`);
    const restore = page.getByRole('button', { name: restoreName });
    await expect(restore).toBeVisible();
    expect(await sideways(page), locale).toEqual([]);
    // Every control inside the phone's width, not cut off at either edge.
    const radios = page.getByRole('main').getByRole('radio');
    await expect(radios).toHaveCount(4);
    for (const control of [restore, ...(await radios.all())]) {
      const box = (await control.boundingBox())!;
      expect(box.x, locale).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, locale).toBeLessThanOrEqual(390);
    }
    // A radio is pressed through its label, a target at least 24 px square, named on the screen.
    const from = page.getByRole('radio', { name: fromName });
    const target = (await from.evaluate((el) => {
      const r = el.closest('label')!.getBoundingClientRect();
      return { width: r.width, height: r.height, text: el.closest('label')!.textContent };
    }))!;
    expect(target.width).toBeGreaterThanOrEqual(24);
    expect(target.height).toBeGreaterThanOrEqual(24);
    expect(target.text).not.toBe('');
    if (toName) await expect(page.getByRole('radio', { name: toName })).toBeVisible();
    // Still a table of versions for a screen reader.
    await expect(page.getByRole('row', { name: /Version 1|النسخة 1/ })).toBeVisible();
    await expectNoA11yViolations(page);
  }

  // On a wide screen, a table with its column headers, as before.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${editorPath}/history`);
  await expect(page.getByRole('columnheader', { name: 'Comparer de' })).toBeVisible();
  const cells = page.getByRole('row', { name: /Version 1/ }).getByRole('cell');
  const tops = new Set(await Promise.all((await cells.all()).map(async (c) => Math.round((await c.boundingBox())!.y))));
  expect(tops.size).toBe(1);
  expect(await sideways(page)).toEqual([]);
  await page.context().close();
});

test('the pages list shows every page’s four languages on a phone, in French and Arabic, without scrolling sideways', async ({ browser }) => {
  test.setTimeout(60_000);
  createAccount(EDITOR);
  const page = await signedIn(browser, EDITOR);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [locale, name] of [
    ['fr', /^(Modifier|Rédiger)\s«.+»\sen\s(français|anglais|espagnol|arabe)$/],
    // The language named in the sentence's language, the preposition joined to it: "بالفرنسية".
    ['ar', /^(تعديل|كتابة)\s«.+»\sب(الفرنسية|الإنجليزية|الإسبانية|العربية)$/],
  ] as const) {
    await page.goto(`/${locale}/dashboard/pages`);
    const links = page.getByRole('main').getByRole('link', { name });
    // The demo profile's pages, four languages each (count() does not wait for the list).
    await expect(links.first()).toBeVisible();
    expect(await links.count(), locale).toBeGreaterThanOrEqual(8);
    expect((await links.count()) % 4, locale).toBe(0);
    expect(await sideways(page), locale).toEqual([]);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.x, locale).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, locale).toBeLessThanOrEqual(390);
      expect(box.height, locale).toBeGreaterThanOrEqual(24);
    }
    await expect(page.getByRole('rowheader').first()).toBeVisible();
    await expectNoA11yViolations(page);
  }
  await page.context().close();
});
