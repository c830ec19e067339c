/**
 * Issue 4: the administration screens pass axe (WCAG 2.2 AA rules) in French and in Arabic
 * (right to left), including their states that matter: a phone warning in the office form, a
 * one-time link shown after creating an account, a refused save.
 */
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, expectNoA11yViolations, test } from '../fixtures';
import { ensureAdmin } from '../dashboard/support';

const LOCALES = ['fr', 'ar'] as const;

async function idOf(page: Page, listPath: string, linkName: string | RegExp): Promise<string> {
  await page.goto(listPath);
  const href = await page.getByRole('main').getByRole('link', { name: linkName }).first().getAttribute('href');
  return href!.split('/').pop()!;
}

for (const locale of LOCALES) {
  test(`admin screens are accessible in ${locale}`, async ({ page }) => {
    // 24 screens and 4 states through axe: 72 s on a slow host (28 November).
    test.setTimeout(180_000);
    await ensureAdmin(page);
    const office = await idOf(page, '/fr/dashboard/offices', 'Bureau de l’OIM à Montevideo');
    const unit = await idOf(page, '/fr/dashboard/structure', 'Opérations');
    const topic = await idOf(page, '/fr/dashboard/topics', 'Remises de fonds');
    const pageId = await idOf(page, '/fr/dashboard/pages', 'Données et recherche');
    const user = await idOf(page, '/fr/dashboard/users', 'Ada Admin');
    const paths = [
      '/dashboard/offices',
      '/dashboard/offices?status=all&q=montevideo',
      '/dashboard/offices/new',
      `/dashboard/offices/${office}`,
      '/dashboard/users',
      '/dashboard/users/new',
      `/dashboard/users/${user}`,
      '/dashboard/audit',
      '/dashboard/audit?outcome=denied',
      // Refused dates: a day that does not exist, and one before the accepted years.
      '/dashboard/audit?from=2026-02-31&to=1999-01-01',
      '/dashboard/structure',
      '/dashboard/structure/new',
      `/dashboard/structure/${unit}`,
      '/dashboard/topics',
      '/dashboard/topics/new',
      `/dashboard/topics/${topic}`,
      '/dashboard/pages',
      '/dashboard/pages/new',
      `/dashboard/pages/${pageId}`,
      `/dashboard/pages/${pageId}/es`,
      `/dashboard/pages/${pageId}/ar`,
      `/dashboard/pages/${pageId}/fr/history`,
      '/dashboard/media',
      '/dashboard/media/new',
    ];
    for (const path of paths) {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page);
    }

    // States: a phone warning with its two ways out (a valid Danish number, whose digits after
    // +598 are a Uruguayan one too), a phone error with the number it probably is (the legacy
    // "+592", Guyana), and a field error.
    await page.goto(`/${locale}/dashboard/offices/${office}`);
    await page.locator('input[name="phones.0.number"]').fill('+45 2916 8049');
    await page.locator('input[name="phones.1.number"]').fill('+592 2 9168049');
    await page.locator('input[name="email"]').fill('montevideo@iom');
    await page.locator('form button[type=submit]').last().click();
    await expect(page.locator('input[name="phones.0.confirm"]')).toBeVisible();
    await expect(page.locator('input[name="phones.1.number"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('input[name="email"]')).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations(page);

    // The media library: an upload refused at its field, then the page of an image.
    await page.goto(`/${locale}/dashboard/media/new`);
    const file = page.locator('input[type=file]');
    await file.setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('pas une image') });
    await page.getByRole('main').locator('form button[type=submit]').click();
    await expect(file).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations(page);
    const square = await sharp({ create: { width: 40, height: 30, channels: 3, background: locale === 'ar' ? '#0b4f8a' : '#2f6b3a' } }).png().toBuffer();
    await file.setInputFiles({ name: 'carre.png', mimeType: 'image/png', buffer: square });
    await page.locator('input[name="texts.fr.alt"]').fill('Un rectangle de couleur');
    await page.getByRole('main').locator('form button[type=submit]').click();
    await expect(page).toHaveURL(/\/dashboard\/media\/[0-9a-f-]{36}\?(uploaded|existing|completed)=1$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Un rectangle de couleur' })).toBeVisible();
    await expectNoA11yViolations(page);

    // The one-time link shown after creating an account.
    await page.goto(`/${locale}/dashboard/users/new`);
    await page.locator('input[name="name"]').fill(`Axe ${locale}`);
    await page.locator('input[name="email"]').fill(`axe.${locale}.${Date.now().toString(36)}@e2e.example.org`);
    await page.locator('form button[type=submit]').last().click();
    const linkBox = page.getByRole('main').locator('input[readonly]');
    await expect(linkBox).toBeVisible();
    await expectNoA11yViolations(page);
    const link = await linkBox.inputValue();

    // The public page the link opens.
    await page.goto(link.replace(/\/(fr|ar)\/set-password/, `/${locale}/set-password`));
    await expect(page.locator('input[name="passwordConfirm"]')).toBeVisible();
    await expectNoA11yViolations(page);
  });
}

test('admin screens fit a 390 px phone: no sideways scroll, the current section in view', async ({ page }) => {
  await ensureAdmin(page);
  const pageId = await idOf(page, '/fr/dashboard/pages', 'Données et recherche');
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/fr/dashboard/offices', '/fr/dashboard/users', '/fr/dashboard/audit', `/fr/dashboard/pages/${pageId}/fr/history`, '/ar/dashboard/offices']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Wide tables scroll inside their frame; the page itself does not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    const current = page.getByRole('navigation', { name: /Rubriques de la rédaction|أقسام/ }).locator('[aria-current="page"]');
    await expect(current, path).toBeInViewport();
  }
  // The seeded page has one version: nothing to compare, and the history says so.
  await page.goto(`/fr/dashboard/pages/${pageId}/fr/history`);
  await expect(page.getByText('Une seule version pour l’instant', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Différences de la version/ })).toHaveCount(0);
  // Times say their zone, on the users list as in the editors.
  await page.goto('/fr/dashboard/users');
  await expect(page.getByRole('main').locator('time').first()).toHaveText(/UTC|GMT|CET|CEST|[+-]\d/);
});

test('on a phone, in Arabic too, an e-mail address breaks after its @, never inside a word', async ({ page }) => {
  await ensureAdmin(page);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/ar/dashboard/users', '/fr/dashboard/users', '/ar/dashboard/audit']) {
    await page.goto(path);
    const addresses = page.getByRole('main').locator('bdi[dir="ltr"]').filter({ hasText: '@' });
    await expect(addresses.first(), path).toBeVisible();
    // Each side of the "@" (a text node of its own) sits on one line, however narrow the column.
    const split = await addresses.evaluateAll((nodes) =>
      nodes.flatMap((bdi) =>
        [...bdi.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent)
          .filter((n) => {
            const range = document.createRange();
            range.selectNodeContents(n);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
          })
          .map((n) => n.textContent),
      ),
    );
    expect(split, path).toEqual([]);
  }
});
