/**
 * What every spec imports instead of '@playwright/test': the same `test` and `expect`, plus an
 * accessibility check (axe-core) for the WCAG 2.2 AA promise of PRODUCT.md.
 *
 *   import { expect, expectNoA11yViolations, test } from '../fixtures';
 *   await page.goto('/fr');
 *   await expectNoA11yViolations(page);
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface A11yOptions {
  /** CSS selectors to restrict the check to. */
  include?: string[];
  /** CSS selectors to leave out, each with a reason in the calling spec. */
  exclude?: string[];
}

/** An axe run limited to the WCAG A/AA rules we promise. */
export function axe(page: Page, options: A11yOptions = {}): AxeBuilder {
  let builder = new AxeBuilder({ page }).withTags(A11Y_TAGS);
  for (const selector of options.include ?? []) builder = builder.include(selector);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  return builder;
}

/** Fails with one readable line per violation: rule, impact, help text and the first nodes. */
export async function expectNoA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  const { violations } = await axe(page, options).analyze();
  const report = violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
    return `${v.id} [${v.impact ?? 'n/a'}] ${v.help}: ${nodes}${more}`;
  });
  expect(report, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Specs import `test` from here, so shared fixtures (signed-in roles, …) can be added in one place. */
export const test = base;

export { expect };

/**
 * Texts shown in French for lack of a translation carry lang="fr" dir="ltr" on a page in another
 * language (i18n/routing.ts langAttributes); on a French page they are marked with nothing.
 */
export async function expectFrenchStandIns(parts: Locator[], pageLocale: string): Promise<void> {
  for (const part of parts) {
    if (pageLocale === 'fr') {
      await expect(part).not.toHaveAttribute('lang');
      await expect(part).not.toHaveAttribute('dir');
    } else {
      await expect(part).toHaveAttribute('lang', 'fr');
      await expect(part).toHaveAttribute('dir', 'ltr');
    }
  }
}
