/**
 * Measures shared by the admin screens' phone specs (e2e/admin/phone-*.spec.ts): what scrolls
 * sideways, and whether a control is a target in sight.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

/** Boxes in the main content wider than their frame (scrolled sideways), and the page itself if it is. */
export function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wide = [...document.querySelectorAll('main *')].filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX));
    const found = wide.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join('.')} (${el.scrollWidth} px in ${el.clientWidth})`);
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) found.push('the page');
    return found;
  });
}

/** `control` is on the screen sideways (no scrolling to reach it) and at least 24 px wide and high (WCAG 2.5.8). */
export async function expectTargetInSight(control: Locator, what: string): Promise<void> {
  await expect(control, what).toBeVisible();
  const box = (await control.boundingBox())!;
  const width = await control.page().evaluate(() => document.documentElement.clientWidth);
  expect(box.x, `${what}: starts on the screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: ends on the screen`).toBeLessThanOrEqual(width);
  expect(Math.round(box.width), `${what}: width`).toBeGreaterThanOrEqual(24);
  expect(Math.round(box.height), `${what}: height`).toBeGreaterThanOrEqual(24);
}
