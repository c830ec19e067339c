/**
 * The dashboard's frame on a phone (390 × 844), in French and in Arabic, for a writer, an editor
 * and an administrator: the header and the sections' navigation leave the first screen to the
 * page — its content starts within 150 px of the top — nothing scrolls sideways, the current
 * section is in sight, and the languages, "view site" and "sign out" are still there. On a wide
 * screen the navigation stays a column beside the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { ADMIN, createAccount, EDITOR, ensureAdmin, signedIn, WRITER } from './support';

type Catalog = { Dashboard: Record<'navLabel' | 'interfaceLanguage' | 'viewSite' | 'signOut', string> & { nav: Record<string, string> } };
const catalog = (locale: string): Catalog =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages', `${locale}.json`), 'utf8')) as Catalog;

/** Where the page's own content starts: the top of main's first box. */
function contentTop(page: Page): Promise<number> {
  return page.getByRole('main').evaluate((main) => (main.firstElementChild ?? main).getBoundingClientRect().top);
}

for (const who of [WRITER, EDITOR, ADMIN]) {
  test(`the frame leaves a phone's first screen to the page, for ${who.role}s, in French and Arabic`, async ({ browser }) => {
    test.setTimeout(60_000);
    let page: Page;
    if (who === ADMIN) {
      page = await (await browser.newContext()).newPage();
      await ensureAdmin(page);
    } else {
      createAccount(who);
      page = await signedIn(browser, who);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    // The last section the role has: the current one is in sight even at the end of the list.
    const sections = who === ADMIN ? ['articles', 'audit'] : ['articles', 'media'];
    for (const locale of ['fr', 'ar']) {
      const t = catalog(locale).Dashboard;
      for (const section of sections) {
        const where = `${who.role} ${locale} ${section}`;
        await page.goto(`/${locale}/dashboard/${section}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await contentTop(page), where).toBeLessThanOrEqual(150);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(390);
        const nav = page.getByRole('navigation', { name: t.navLabel });
        await expect(nav.locator('[aria-current="page"]'), where).toHaveAccessibleName(String(t.nav[section]));
        await expect(nav.locator('[aria-current="page"]'), where).toBeInViewport({ ratio: 1 });
        // Everything the header offers is still there, in sight: who is signed in, and under it
        // (a disclosure on a phone, opened from the keyboard) the languages, the site and signing out.
        const account = page.locator('header summary');
        if (await account.isVisible()) {
          await account.focus();
          await page.keyboard.press('Enter');
        }
        await expect(page.getByRole('banner'), where).toContainText(who.name);
        const languages = page.getByRole('navigation', { name: t.interfaceLanguage });
        await expect(languages.getByRole('link'), where).toHaveCount(4);
        for (const link of await languages.getByRole('link').all()) await expect(link, where).toBeInViewport({ ratio: 1 });
        await expect(page.getByRole('link', { name: t.viewSite }), where).toBeInViewport({ ratio: 1 });
        await expect(page.getByRole('button', { name: t.signOut }), where).toBeInViewport({ ratio: 1 });
      }
    }

    // Wide: the navigation is a column beside the page, each section under the one before.
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const locale of ['fr', 'ar']) {
      const t = catalog(locale).Dashboard;
      await page.goto(`/${locale}/dashboard/articles`);
      // The header as one bar, nothing to open.
      await expect(page.getByRole('button', { name: t.signOut }), locale).toBeVisible();
      await expect(page.getByRole('navigation', { name: t.interfaceLanguage }), locale).toBeVisible();
      const links = page.getByRole('navigation', { name: t.navLabel }).getByRole('link');
      const boxes = await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
      expect(boxes, locale).toEqual([...boxes].sort((a, b) => a - b));
      expect(new Set(boxes).size, locale).toBe(boxes.length);
      const main = (await page.getByRole('main').boundingBox())!;
      const nav = (await page.getByRole('navigation', { name: t.navLabel }).boundingBox())!;
      if (locale === 'ar') expect(nav.x, locale).toBeGreaterThanOrEqual(main.x + main.width - 1);
      else expect(nav.x + nav.width, locale).toBeLessThanOrEqual(main.x + 1);
    }
    await page.context().close();
  });
}
