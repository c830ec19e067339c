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

/**
 * On a phone the open "Menu" lies over the page: tabbing past its last link closes it, so the
 * link focused next is not hidden under it (WCAG 2.4.11); in Arabic that link sat right under
 * the panel. Tabbing inside it, or back to its button, keeps it open.
 */
for (const [locale, menu] of [
  ['fr', 'Menu'],
  ['ar', 'القائمة'],
] as const) {
  test(`${locale}: on a phone, tabbing out of the open menu closes it, the next link in view`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}`);
    const site = page.locator('details.site-menu');
    await site.locator('summary', { hasText: menu }).focus();
    await page.keyboard.press('Enter');
    await expect(site).toHaveAttribute('open', '');
    const items = site.getByRole('navigation').locator('summary, a').filter({ visible: true });
    const count = await items.count();
    for (let i = 0; i < count; i++) await page.keyboard.press('Tab');
    await expect(items.last()).toBeFocused();
    await expect(site).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(site).not.toHaveAttribute('open');
    const focused = page.locator(':focus');
    await expect(focused).toBeInViewport();
    // What is at the focused link's centre is the link itself, not the menu's panel.
    const onTop = await focused.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return !!top && (el === top || el.contains(top));
    });
    expect(onTop).toBe(true);
    // Back (Shift+Tab) into the header: the menu's button, closed, gets the focus.
    await page.keyboard.press('Shift+Tab');
    await expect(site.locator('summary', { hasText: menu })).toBeFocused();
  });
}
