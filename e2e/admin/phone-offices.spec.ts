/**
 * The offices list on a phone (390 px), in French and in Arabic: each office a block of lines —
 * its e-mail, languages and state in sight, never scrolled sideways; its name a target of 24 px
 * at least. On a wide screen it stays a table with its column headers.
 */
import { expect, test } from '../fixtures';
import { ensureAdmin } from '../dashboard/support';
import { DESKTOP, expectTargetInSight, PHONE, sideways } from './phone';

test('the offices list shows every office’s columns on a phone without scrolling sideways, in French and Arabic', async ({ page }) => {
  await ensureAdmin(page);
  for (const locale of ['fr', 'ar']) {
    await page.setViewportSize(PHONE);
    // Archived ones too: the list is never empty, whatever other specs did to the directory.
    await page.goto(`/${locale}/dashboard/offices?status=all`);
    // The first office's row (the one with a link: the header row has none).
    const first = page.getByRole('main').getByRole('row').filter({ has: page.getByRole('link') }).first();
    await expect(first).toBeVisible();
    expect(await sideways(page), `${locale}: scrolled sideways`).toEqual([]);
    await expectTargetInSight(first.getByRole('link').first(), `${locale}: the office's link`);
    // The last column (the office's state) on the screen.
    const state = first.getByRole('cell').last();
    const box = (await state.boundingBox())!;
    expect(box.x, `${locale}: the state's start`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${locale}: the state's end`).toBeLessThanOrEqual(PHONE.width);

    await page.setViewportSize(DESKTOP);
    await expect(page.getByRole('columnheader').first()).toBeVisible();
    await expect(page.getByRole('columnheader').last()).toBeVisible();
  }
});
