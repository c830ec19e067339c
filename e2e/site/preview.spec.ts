/**
 * A release's preview (`/<content locale>/preview/articles/<id>`), as the people who open it use
 * it: a colleague without a session is sent to sign-in at once, by a real redirect; an editor
 * tabbing through it never has the focus under the preview's bar.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures';
import { ensureAdmin, withClient } from '../dashboard/support';

const SLUG = 'exemple-dactualite-un-article-en-quatre-langues'; // the seeded release in four languages

async function seededReleaseId(): Promise<string> {
  const { rows } = await withClient((client) => client.query<{ id: string }>('select article_id as id from article_translations where slug = $1', [SLUG]));
  return rows[0]!.id;
}

test('without a session cookie, a preview address is a 307 to sign-in in the interface language it names, coming back to it', async ({ playwright, baseURL }) => {
  const id = await seededReleaseId();
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const [address, signInLocale] of [
    [`/en/preview/articles/${id}?ui=fr`, 'fr'],
    [`/ar/preview/articles/${id}`, 'ar'],
    [`/es/preview/articles/${id}?ui=xx`, 'es'],
  ] as const) {
    const response = await anonymous.get(address, { maxRedirects: 0 });
    // Not a blank 200 page whose meta refresh leaves after a second (what the page itself answers).
    expect(response.status(), address).toBe(307);
    const location = new URL(response.headers().location!, baseURL);
    expect(location.pathname, address).toBe(`/${signInLocale}/sign-in`);
    expect(location.searchParams.get('next'), address).toBe(address);
    expect(response.headers()['cache-control'], address).toBe('private, no-store');
    expect(response.headers()['set-cookie'], address).toBeUndefined();
  }
  // Nor does a crawler that finds a shared link try it.
  const robots = await (await anonymous.get('/robots.txt')).text();
  expect(robots).toMatch(/^Disallow: \/\*\/preview$/m);
  // Nor a one-person set-password link.
  expect(robots).toMatch(/^Disallow: \/\*\/set-password$/m);
  await anonymous.dispose();
  // A cookie that is no session: the page decides (and sends to sign-in itself), never a preview.
  const stale = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: 'authjs.session-token=not-a-session' } });
  const response = await stale.get(`/fr/preview/articles/${id}`, { maxRedirects: 0 });
  expect(response.status()).not.toBe(307);
  const html = await response.text();
  expect(html).toContain(`/fr/sign-in?next=%2Ffr%2Fpreview%2Farticles%2F${id}`);
  expect(html).not.toContain('Exemple d’actualité');
  await stale.dispose();
});

for (const locale of ['fr', 'ar'] as const) {
  test(`tabbing back up a preview, the focus is never under its bar (${locale})`, async ({ page }) => {
    const id = await seededReleaseId();
    await ensureAdmin(page);
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(`/${locale}/preview/articles/${id}?ui=${locale}`);
      const bar = page.getByRole('note');
      await expect(bar).toBeVisible();
      // From the page's end back up to the header, one Shift+Tab at a time.
      await page.getByRole('contentinfo').getByRole('link').last().focus();
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Shift+Tab');
        const hidden = await page.evaluate(() => {
          const focused = document.activeElement!;
          const note = document.querySelector('[role=note]')!;
          // The skip link shows over the bar's corner, on top of it.
          if (note.contains(focused) || focused.classList.contains('skip-link')) return null;
          const box = focused.getBoundingClientRect();
          const barBox = note.getBoundingClientRect();
          return box.top < barBox.bottom && box.bottom > barBox.top ? `${focused.textContent} (${box.top} < ${barBox.bottom})` : null;
        });
        expect(hidden, `${width} px`).toBeNull();
      }
      // On a phone the bar, on two or three lines, scrolls away with the page.
      if (width === 390) {
        await page.evaluate(() => window.scrollTo(0, 600));
        expect((await bar.boundingBox())!.y).toBeLessThan(0);
      }
    }
  });
}

test('the tab of a preview names the release, in the interface language of the bar', async ({ page }) => {
  const id = await seededReleaseId();
  const { rows } = await withClient((client) => client.query<{ locale: string; title: string }>('select locale, title from article_translations where article_id = $1', [id]));
  const titleIn = (locale: string) => rows.find((r) => r.locale === locale)!.title;
  const messages = (locale: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages', `${locale}.json`), 'utf8'));
  await ensureAdmin(page);
  for (const [content, ui, isolated] of [
    ['ar', 'fr', `\u2067${titleIn('ar')}\u2069`],
    ['fr', 'ar', `\u2066${titleIn('fr')}\u2069`],
    ['en', 'fr', titleIn('en')],
  ] as const) {
    await page.goto(`/${content}/preview/articles/${id}?ui=${ui}`);
    const m = messages(ui);
    const expected = m.Metadata.titleTemplate.replace('{title}', m.Preview.titleOf.replace('{title}', isolated));
    await expect(page).toHaveTitle(expected);
  }
});
