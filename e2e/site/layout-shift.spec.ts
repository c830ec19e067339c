/**
 * Arabic pages do not move when their web font arrives. Noto Sans Arabic is not preloaded
 * (lib/fonts.ts), so on a slow connection Arabic text first shows in a font of the system, then
 * swaps; app/globals.css gives those system fonts the web font's line metrics and width
 * ("Arabic Fallback …" faces), so lines keep their height and their breaks. Here the font is
 * held back 800 ms, as a slow phone would get it, and the page's layout shifts are summed.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

test.use({ viewport: { width: 390, height: 844 } });

/** The local fonts the "Arabic Fallback" faces of app/globals.css name. */
const SYSTEM_ARABIC_FONTS = ['Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', 'Geeza Pro', 'Segoe UI', 'Tahoma', 'Arial'];

/** Which of them this machine's browser has. */
function systemFonts(page: Page): Promise<string[]> {
  return page.evaluate(async (names) => {
    const found = await Promise.all(names.map((name) => new FontFace('probe', `local('${name}')`).load().then(() => name, () => null)));
    return found.filter((n): n is string => n !== null);
  }, SYSTEM_ARABIC_FONTS);
}

/** Holds the Arabic font back and sums the layout shifts of every page loaded after this. */
async function delayTheArabicFontAndCountShifts(page: Page): Promise<void> {
  await page.route(/arabic.*\.woff2$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The page's layout shift once the late font has replaced the system font. */
async function shiftsOf(page: Page, path: string): Promise<{ cls: number; fallbacks: string[] }> {
  await page.goto(path);
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.startsWith('notoSansArabic') && f.status === 'loaded')), { timeout: 10_000 })
    .toBe(true);
  // Two frames after the swap, so its shift (if any) is reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => ({
    cls: (window as unknown as { __cls: number }).__cls,
    fallbacks: [...document.fonts].filter((f) => f.family.startsWith('Arabic Fallback') && f.status === 'loaded').map((f) => f.family),
  }));
}

test('the Arabic home page and a release do not move when the Arabic font arrives late', async ({ page }) => {
  await delayTheArabicFontAndCountShifts(page);
  const home = await shiftsOf(page, '/ar');
  test.skip((await systemFonts(page)).length === 0, `this machine has none of the system fonts app/globals.css names (${SYSTEM_ARABIC_FONTS.join(', ')})`);
  expect(home.fallbacks.length, 'an "Arabic Fallback" face in use').toBeGreaterThan(0);
  expect(home.cls, `layout shift on /ar (fallback: ${home.fallbacks.join(', ')})`).toBeLessThan(0.002);

  const release = await page.locator('main a[href^="/ar/news/"]').first().getAttribute('href');
  expect(release).toBeTruthy();
  const article = await shiftsOf(page, release!);
  expect(article.cls, `layout shift on ${release}`).toBeLessThan(0.002);
});
