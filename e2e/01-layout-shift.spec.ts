/**
 * Pages do not move when their web font arrives. Text first shows in a font of the system
 * (font-display: swap; the Arabic font is not even preloaded, lib/fonts.ts), then swaps;
 * app/globals.css gives those system fonts the web font's line metrics and width ("Latin
 * Fallback …" and "Arabic Fallback …" faces), so lines keep their height and their breaks.
 * Here the font is held back 800 ms, as a slow phone would get it, and the page's layout
 * shifts are summed once it has replaced the system font.
 *
 * On the demo content only, hence "01-": Playwright runs spec files in path order with one worker,
 * so this runs right after e2e/00-first-admin.spec.ts, before any other spec adds releases. The
 * fallback faces match the web font's metrics on average, not glyph by glyph: a title of another
 * test ("… mx44gjui") can wrap one word earlier in the system font than in the web font, and a
 * list holding it then moves by a line when the font arrives (0.014 in a full run), which says
 * nothing about the faces this guards.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

/** The local fonts the fallback faces of app/globals.css name, for each web font. */
const SYSTEM_FONTS = {
  latin: ['Roboto', 'DejaVu Sans', 'Arial'],
  arabic: ['Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', 'Geeza Pro', 'Segoe UI', 'Tahoma', 'Arial'],
} as const;
type Script = keyof typeof SYSTEM_FONTS;
/** The web font's family as next/font names it (lib/fonts.ts). */
const WEB_FAMILY: Record<Script, string> = { latin: 'notoSans', arabic: 'notoSansArabic' };

/** Which of them this machine's browser has. */
function systemFonts(page: Page, script: Script): Promise<string[]> {
  return page.evaluate(async (names) => {
    const found = await Promise.all(names.map((name) => new FontFace('probe', `local('${name}')`).load().then(() => name, () => null)));
    return found.filter((n): n is string => n !== null);
  }, SYSTEM_FONTS[script] as readonly string[]);
}

/** Holds one web font back and sums the layout shifts of every page loaded after this. */
async function delayFontAndCountShifts(page: Page, script: Script): Promise<void> {
  await page.route(new RegExp(`${script}.*\\.woff2$`), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.addInitScript(() => {
    type Source = { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    // What moved, for the failure message: the element, its text's start, and where it went.
    const describe = ({ node, previousRect: a, currentRect: b }: Source) => {
      const el = node instanceof Element ? node : node?.parentElement;
      const name = el ? `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).slice(0, 2).join('.')}` : ''}` : '?';
      const text = (node?.textContent ?? '').trim().slice(0, 40);
      return `${name} "${text}" ${Math.round(a.x)},${Math.round(a.y)} ${Math.round(a.width)}×${Math.round(a.height)} → ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: Source[] }[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        w.__shifts.push(`${entry.value.toFixed(4)}: ${entry.sources.map(describe).join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The page's layout shift once the late font has replaced the system font, and the fallback faces used. */
async function shiftsOf(page: Page, path: string, script: Script): Promise<{ cls: number; fallbacks: string[]; shifts: string }> {
  await page.goto(path);
  const family = WEB_FAMILY[script];
  await expect
    .poll(() => page.evaluate((f) => [...document.fonts].some((font) => font.family === f && font.status === 'loaded'), family), { timeout: 10_000 })
    .toBe(true);
  // Two frames after the swap, so its shift (if any) is reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => ({
    cls: (window as unknown as { __cls: number }).__cls,
    shifts: (window as unknown as { __shifts: string[] }).__shifts.join('\n'),
    fallbacks: [...document.fonts].filter((f) => / Fallback /.test(f.family) && f.status === 'loaded').map((f) => f.family),
  }));
}

const CASES: { script: Script; pages: string[] }[] = [
  { script: 'arabic', pages: ['/ar', '/ar/news'] },
  { script: 'latin', pages: ['/fr', '/en', '/fr/news'] },
];

for (const { script, pages } of CASES) {
  test(`${pages.join(', ')} and a release do not move when the ${script} font arrives late`, async ({ page }) => {
    await delayFontAndCountShifts(page, script);
    const [first, ...rest] = pages;
    const home = await shiftsOf(page, first!, script);
    // Debian's Chromium brings DejaVu Sans (through fontconfig); a machine with none of these
    // fonts would show the unadjusted default font first, which is what this guards against.
    expect(await systemFonts(page, script), `one of the system fonts app/globals.css names (${SYSTEM_FONTS[script].join(', ')})`).not.toEqual([]);
    expect(home.fallbacks.length, 'a fallback face in use').toBeGreaterThan(0);
    expect(home.cls, `layout shift on ${first} (fallback: ${home.fallbacks.join(', ')})\n${home.shifts}`).toBeLessThan(0.002);
    // A release of the list, then the rest.
    const release = await page.locator(`main a[href^="${first === '/ar' ? '/ar' : '/fr'}/news/"]`).first().getAttribute('href');
    expect(release).toBeTruthy();
    for (const path of [...rest, release!]) {
      const { cls, shifts } = await shiftsOf(page, path, script);
      expect(cls, `layout shift on ${path}\n${shifts}`).toBeLessThan(0.002);
    }
  });
}
