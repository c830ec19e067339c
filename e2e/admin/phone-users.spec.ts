/**
 * The users list on a phone (390 px), in French and in Arabic: each account a block of lines —
 * its role, state and last sign-in in sight and legible (not squeezed a letter to a line), never
 * scrolled sideways, a long address and two chips included; its name a target of 24 px at least.
 * On a wide screen it stays a table with its column headers.
 */
import { expect, test } from '../fixtures';
import { ADMIN, createAccount, ensureAdmin, sql, type Account } from '../dashboard/support';
import { DESKTOP, expectTargetInSight, PHONE, sideways } from './phone';

test('the users list shows every account’s columns on a phone without scrolling sideways, in French and Arabic', async ({ page }) => {
  // An account of our own with a long address and two chips (no password yet): what a line must hold.
  const stamp = Date.now().toString(36);
  const person: Account = { email: `wilhelmina.long-address.${stamp}@e2e.example.org`, name: `Wilhelmina ${stamp}`, role: 'writer' };
  createAccount(person);
  await sql('update users set password_hash = null where email = $1', [person.email]);
  await ensureAdmin(page);
  for (const locale of ['fr', 'ar']) {
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/dashboard/users`);
    // The admin has signed in: a date and time as last sign-in.
    const row = page.getByRole('main').getByRole('row').filter({ has: page.getByRole('link', { name: ADMIN.name, exact: true }) });
    await expect(row).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: person.name, exact: true })).toBeVisible();
    expect(await sideways(page), `${locale}: scrolled sideways`).toEqual([]);
    await expectTargetInSight(row.getByRole('link', { name: ADMIN.name, exact: true }), `${locale}: the account's link`);
    const lastSignIn = row.getByRole('cell').last();
    const box = (await lastSignIn.boundingBox())!;
    expect(box.x, `${locale}: the last sign-in's start`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${locale}: the last sign-in's end`).toBeLessThanOrEqual(PHONE.width);
    // Its date on a few lines at most, not a word or a letter to a line.
    const lineHeight = await lastSignIn.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(box.height, `${locale}: the last sign-in's height`).toBeLessThanOrEqual(lineHeight * 3);

    await page.setViewportSize(DESKTOP);
    await expect(page.getByRole('columnheader').first()).toBeVisible();
    await expect(page.getByRole('columnheader').last()).toBeVisible();
  }
});
