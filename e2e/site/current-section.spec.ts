/**
 * The primary navigation says where the reader is (components/site/site-header.tsx): the link
 * of the page shown carries aria-current="page" — one link, no other — and the top-level section
 * holding it is marked, seen (underlined) and heard (aria-current="true" on its summary, or on
 * "Actualités" under a release). On the wide bar and in a phone's "Menu", in French and Arabic.
 * The pages are cached per address: the mark is in the HTML, no script draws it.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';

const NAV = { fr: 'Navigation principale', ar: 'التنقل الرئيسي' } as const;
const MENU = { fr: 'Menu', ar: 'القائمة' } as const;
const PROFILE = { fr: '/fr/qui-sommes-nous/structure', ar: '/ar/who-we-are/structure' } as const;
const SECTION = { fr: '/fr/qui-sommes-nous', ar: '/ar/who-we-are' } as const;

/** The first release of the locale's news list. */
async function releaseOf(page: Page, locale: 'fr' | 'ar'): Promise<string> {
  await page.goto(`/${locale}/news`);
  return (await page.locator('main a.card-link').first().getAttribute('href'))!;
}

async function opened(page: Page, locale: 'fr' | 'ar', path: string, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(path);
  const nav = page.getByRole('navigation', { name: NAV[locale] });
  if (width < 1280) {
    await page.locator('details.site-menu > summary', { hasText: MENU[locale] }).click();
    await expect(nav).toBeVisible();
  }
  return nav;
}

/** The underline that marks a section (or a link) as current, against an unmarked one. */
const decoration = (el: Locator) => el.evaluate((e) => getComputedStyle(e).textDecorationLine);

for (const locale of ['fr', 'ar'] as const) {
  for (const width of [390, 1440]) {
    test(`${locale} at ${width}px: a profile sub-page is the current link, its section marked`, async ({ page }) => {
      const nav = await opened(page, locale, PROFILE[locale], width);
      const current = nav.locator('[aria-current="page"]');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('href', PROFILE[locale]);
      const section = nav.locator('details').filter({ has: page.locator(`a[href="${SECTION[locale]}"]`) });
      const summary = section.locator('summary');
      await expect(summary).toHaveAttribute('aria-current', 'true');
      await expect(nav.locator('[aria-current="true"]')).toHaveCount(1);
      expect(await decoration(summary)).toContain('underline');
      const other = nav.locator('summary:not([aria-current])').first();
      expect(await decoration(other)).not.toContain('underline');
      // Opened, the section shows its current link marked too. A phone's "Menu" opens on it by
      // itself; on the wide bar, the reader opens it.
      if (width < 1280) await expect(section).toHaveAttribute('open', '');
      else {
        await expect(section).not.toHaveAttribute('open', '');
        await summary.click();
      }
      await expect(current).toBeVisible();
      expect(await decoration(current)).toContain('underline');
      // Its overview page: the overview link is the current one.
      const overview = await opened(page, locale, SECTION[locale], width);
      await expect(overview.locator('[aria-current="page"]')).toHaveCount(1);
      await expect(overview.locator('[aria-current="page"]')).toHaveAttribute('href', SECTION[locale]);
      await expect(overview.locator('summary[aria-current="true"]')).toHaveCount(1);
    });

    test(`${locale} at ${width}px: the news list is the current link; under a release, its section`, async ({ page }) => {
      const news = `/${locale}/news`;
      let nav = await opened(page, locale, news, width);
      const link = () => nav.locator(`a[href="${news}"]`);
      await expect(nav.locator('[aria-current]')).toHaveCount(1);
      await expect(link()).toHaveAttribute('aria-current', 'page');
      expect(await decoration(link())).toContain('underline');

      const release = await releaseOf(page, locale);
      nav = await opened(page, locale, release, width);
      await expect(nav.locator('[aria-current]')).toHaveCount(1);
      await expect(link()).toHaveAttribute('aria-current', 'true');
      expect(await decoration(link())).toContain('underline');
    });
  }
}

test('the home page marks no section', async ({ page }) => {
  await page.goto('/fr');
  await expect(page.getByRole('navigation', { name: NAV.fr }).locator('[aria-current]')).toHaveCount(0);
});
