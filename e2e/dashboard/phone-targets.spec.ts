/**
 * The dashboard on a phone (390 px), in French and in Arabic, as a writer: the releases list, a
 * release's editor and a translation yet to write. Every link, button and field standing on its
 * own is a target at least 24 px wide and high (WCAG 2.5.8) — a link inside a sentence aside —
 * and none is cut off at the screen's edges; the list's newest release shows on the first screen.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createAccount, signedIn, sql, WRITER } from './support';

/** Targets smaller than 24 px, or out of the screen sideways, in the page's header and main. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('header a[href], header button, main a[href], main button, main input:not([type="hidden"]), main select, main textarea, main summary')) {
      if (el.closest('.sr-only')) continue;
      // A box or radio is pressed through its label.
      const box = ((el as HTMLInputElement).type === 'checkbox' || (el as HTMLInputElement).type === 'radio' ? (el.closest('label') ?? el) : el).getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // A link in a line of text (WCAG's "inline" exception): its paragraph says more than it does.
      const inSentence = el.tagName === 'A' && getComputedStyle(el).display === 'inline' && (el.parentElement?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 15;
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().replace(/\s+/g, ' ').slice(0, 40);
      if (!inSentence && (box.width < 24 || box.height < 24)) found.push(`${name}: ${Math.round(box.width)}×${Math.round(box.height)}`);
      if (box.left < -1 || box.right > width + 1) found.push(`${name}: cut off at ${Math.round(box.left)}…${Math.round(box.right)}`);
    }
    return [...new Set(found)];
  });
}

test('a writer’s targets on a phone are at least 24 px and in sight, in French and Arabic', async ({ browser }) => {
  test.setTimeout(60_000);
  createAccount(WRITER);
  // A title on one line: a link only as high as its text unless made higher.
  await sql(
    `with a as (insert into articles (type) values ('news') returning id)
     insert into article_translations (article_id, locale, slug, title, body) select id, 'fr', $1, $2, '{"type":"doc","content":[]}'::jsonb from a`,
    [`breve-${Date.now().toString(36)}`, 'Brève'],
  );
  const page = await signedIn(browser, WRITER);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const locale of ['fr', 'ar']) {
    await page.goto(`/${locale}/dashboard/articles`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Brève', exact: true }).first()).toBeVisible();
    expect(await smallTargets(page), `${locale} list`).toEqual([]);
    // The filters two by two: the first release's title shows on the first screen, not under them.
    const first = page.getByRole('row').filter({ has: page.getByRole('rowheader') }).first().getByRole('rowheader');
    expect((await first.boundingBox())!.y, `${locale} list`).toBeLessThan(844);

    // The brief made above (the newest, so on the first page whatever the other specs made): its
    // French, then its Arabic, not written yet.
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Brève', exact: true }) }).first();
    await row.getByRole('link', { name: /^Français/ }).click();
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.getByRole('toolbar').filter({ visible: true }).first()).toBeVisible();
    expect(await smallTargets(page), `${locale} editor`).toEqual([]);

    await page.goto(page.url().replace(/\/fr$/, '/ar'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await smallTargets(page), `${locale} translation to write`).toEqual([]);
  }
  await page.context().close();
});
