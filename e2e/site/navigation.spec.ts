import { expect, test } from '../fixtures';

/**
 * The primary navigation's sections are native disclosures (they work without JavaScript); a
 * few bytes of script make them close as a menu does (components/site/site-header.tsx).
 */
test.use({ viewport: { width: 1366, height: 900 } });

test('fr: sections open one at a time, close with Escape and with a click outside', async ({ page }) => {
  await page.goto('/fr');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const section = (title: string) => nav.locator('details').filter({ has: page.locator('summary', { hasText: title }) });
  const who = section('Qui sommes-nous');
  const work = section('Notre travail');

  await who.locator('summary').click();
  await expect(who).toHaveAttribute('open', '');
  await expect(nav.getByRole('link', { name: 'Structure' })).toBeVisible();

  await work.locator('summary').click();
  await expect(work).toHaveAttribute('open', '');
  await expect(who).not.toHaveAttribute('open');

  await page.keyboard.press('Escape');
  await expect(work).not.toHaveAttribute('open');
  await expect(work.locator('summary')).toBeFocused();

  await work.locator('summary').click();
  await expect(work).toHaveAttribute('open', '');
  await page.getByRole('main').click({ position: { x: 5, y: 5 } });
  await expect(work).not.toHaveAttribute('open');
});

test('ar: the same in the right-to-left navigation', async ({ page }) => {
  await page.goto('/ar');
  const nav = page.getByRole('navigation', { name: 'التنقل الرئيسي' });
  const who = nav.locator('details').filter({ has: page.locator('summary', { hasText: 'من نحن' }) });
  await who.locator('summary').click();
  await expect(who).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(who).not.toHaveAttribute('open');
});

test('fr: tabbing out of an open section closes it; tabbing inside keeps it open', async ({ page }) => {
  await page.goto('/fr');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const who = nav.locator('details').filter({ has: page.locator('summary', { hasText: 'Qui sommes-nous' }) });
  await who.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(who).toHaveAttribute('open', '');
  const links = await who.getByRole('link').count();
  // Through its links: still open.
  for (let i = 0; i < links; i++) await page.keyboard.press('Tab');
  await expect(who).toHaveAttribute('open', '');
  await expect(who.getByRole('link').last()).toBeFocused();
  // One more: focus leaves the section (to the next one's summary), which closes.
  await page.keyboard.press('Tab');
  await expect(who).not.toHaveAttribute('open');
  // Shift+Tab from outside back into a closed section does not reopen it.
  await expect(who.getByRole('link').last()).toBeHidden();
});
