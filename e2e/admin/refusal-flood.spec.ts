/**
 * A script asking for the audit log's export without a session, over and over from one address:
 * each request is refused, the first ones are in the log one by one, and the rest are counted in
 * one entry (db/queries/audit.ts `auditRefusal`), which the admin reads in the list, in words, as
 * grouped anonymous refusals, and finds in the export too.
 */
import { expect, test } from '../fixtures';
import { ensureAdmin } from '../dashboard/support';

/** UNNAMED_REFUSALS.perIp: written one by one from an address in the window. */
const CAP = 20;

test('refusals past the cap from one address are one entry, labelled and said in words, in the list and the export', async ({ page, request }) => {
  // An address of its own (IPv6 documentation range): no other spec's refusals count with it.
  const hex = () => Math.floor(Math.random() * 0xffff).toString(16);
  const ip = `2001:db8:${hex()}:${hex()}::${hex()}`;
  for (let i = 0; i < CAP + 2; i++) {
    const response = await request.get('/fr/dashboard/audit/export', { headers: { 'x-forwarded-for': ip } });
    expect(response.status()).toBe(401);
  }

  await ensureAdmin(page);
  await page.goto(`/fr/dashboard/audit?action=audit.suppressed`);
  const summary = page.getByRole('row').filter({ hasText: ip });
  await expect(summary).toHaveCount(1);
  await expect(summary).toContainText('Refus anonymes regroupés');
  await expect(summary).toContainText('Anonyme (sans session)');
  await expect(summary).toContainText('Refusé');
  await expect(summary).toContainText('2 refus de plus venus de cette adresse, comptés ici plutôt qu’inscrits un à un');
  // From the first to the last, the date written once: the same minute is one time.
  await expect(summary).toContainText(/un à un \(1?\d{1,2}(er)? [^()–]+, \d\d:\d\d(\s*–\s*\d\d:\d\d)?\)\s:/);
  await expect(summary).toContainText('Export du journal (2)');

  // The ones before the cap are in the log one by one.
  await page.goto(`/fr/dashboard/audit?action=audit.export&outcome=denied&actor=none`);
  await expect(page.getByRole('row').filter({ hasText: ip }).first()).toBeVisible();

  // The export says it in the same words.
  const csv = await (await page.request.get('/fr/dashboard/audit/export?action=audit.suppressed')).text();
  const line = csv.split('\r\n').find((l) => l.includes(ip));
  expect(line).toContain('audit.suppressed');
  expect(line).toContain('2 refus de plus venus de cette adresse');
  expect(line).toContain('Export du journal (2)');

  // In Arabic, by its Arabic name.
  await page.goto(`/ar/dashboard/audit?action=audit.suppressed`);
  const inArabic = page.getByRole('row').filter({ hasText: ip });
  await expect(inArabic).toContainText('حالات رفض مجهولة مجمَّعة');
  await expect(inArabic).toContainText('تصدير السجل');
});
