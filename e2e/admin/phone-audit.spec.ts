/**
 * The audit log on a phone (390 px), in French and in Arabic: the filters two by two, so the
 * first entry starts on the first screen; each entry a block of lines (never scrolled sideways),
 * its detail's disclosure in sight and a target of at least 24 px. On a wide screen it stays a
 * table with its column headers.
 */
import { randomUUID } from 'node:crypto';
import { expect, test } from '../fixtures';
import { ensureAdmin, sql } from '../dashboard/support';
import { DESKTOP, expectTargetInSight, PHONE, sideways } from './phone';

test('an audit entry and its detail can be read on a phone without scrolling sideways, in French and Arabic', async ({ page }) => {
  // An entry of our own with a detail to open, found by its item's id whatever the log holds.
  const id = randomUUID();
  await sql(
    `insert into audit_log (action, entity_type, entity_id, outcome, detail) values ('topic.update', 'topic', $1, 'ok', $2::jsonb)`,
    [id, JSON.stringify({ changed: { 'name.fr': { before: 'Ancien thème', after: 'Nouveau thème' } } })],
  );
  await ensureAdmin(page);
  for (const locale of ['fr', 'ar']) {
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/dashboard/audit?entityId=${id}`);
    const detail = page.getByRole('main').locator('summary');
    await expect(detail).toHaveCount(1);
    const entry = page.getByRole('main').getByRole('row').filter({ has: page.locator('summary') });
    // Below the filters, but on the first screen.
    expect((await entry.boundingBox())!.y, `${locale}: the entry's top`).toBeLessThan(PHONE.height);
    expect(await sideways(page), `${locale}: scrolled sideways`).toEqual([]);
    await expectTargetInSight(detail, `${locale}: the detail's disclosure`);
    await detail.click();
    await expect(entry.getByText('Nouveau thème').first()).toBeVisible();
    expect(await sideways(page), `${locale}: scrolled sideways, detail open`).toEqual([]);

    // A table on a wide screen, its column headers shown; its controls targets of 24 px too.
    await page.setViewportSize(DESKTOP);
    await expect(page.getByRole('columnheader').first()).toBeVisible();
    await expect(page.getByRole('columnheader').last()).toBeVisible();
    await expectTargetInSight(detail, `${locale}: the detail's disclosure, wide`);
    await page.goto(`/${locale}/dashboard/audit?entityType=user`);
    await expectTargetInSight(page.getByRole('main').locator('a[title][dir="ltr"]').first(), `${locale}: an item's id link, wide`);
  }
});
