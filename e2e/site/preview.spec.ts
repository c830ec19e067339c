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
      // The menu marks "Actualités" as the section, as it will under the published release.
      await expect(page.locator(`header nav a[href="/${locale}/news"]`)).toHaveAttribute('aria-current', 'true');
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

test('a preview of what is not there says so in the interface language, with the way back, not the public "not found"', async ({ page }) => {
  const messages = (locale: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../messages', `${locale}.json`), 'utf8'));
  const [fr, ar] = [messages('fr'), messages('ar')];
  const { rows } = await withClient((client) =>
    client.query<{ id: string; locales: string[] }>(
      `select article_id as id, array_agg(locale::text) as locales from article_translations group by article_id having count(*) < 4 order by article_id limit 1`,
    ),
  );
  const { id } = rows[0]!;
  const has = ['fr', 'en', 'es', 'ar'].filter((l) => rows[0]!.locales.includes(l));
  const missing = ['fr', 'en', 'es', 'ar'].find((l) => !has.includes(l))!;
  await ensureAdmin(page);

  // A language the release lacks: which, its languages' previews, and the release in the dashboard.
  await page.goto(`/${missing}/preview/articles/${id}?ui=fr`);
  await expect(page.getByRole('heading', { level: 1, name: fr.Preview.missingTitle })).toBeVisible();
  // Named in its own language, isolated when it writes the other way than the sentence.
  const language = missing === 'ar' ? `\u2067${fr.Languages.ar}\u2069` : fr.Languages[missing];
  await expect(page.getByText(fr.Preview.missingLanguage.replace('{language}', language))).toBeVisible();
  await expect(page.getByRole('heading', { name: fr.NotFound.title })).toHaveCount(0);
  for (const l of has) await expect(page.getByRole('link', { name: fr.Languages[l], exact: true })).toHaveAttribute('href', `/${l}/preview/articles/${id}?ui=fr`);
  await expect(page.getByRole('link', { name: fr.Preview.openRelease })).toHaveAttribute('href', `/fr/dashboard/articles/${id}/${has[0]}`);
  await expect(page).toHaveTitle(fr.Metadata.titleTemplate.replace('{title}', fr.Preview.missingTitle));
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);

  // No such release, or no release's address at all: said in Arabic, back to the list.
  for (const address of ['/fr/preview/articles/not-an-id?ui=ar', '/fr/preview/articles/00000000-0000-4000-8000-000000000000?ui=ar']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: ar.Preview.missingTitle }), address).toBeVisible();
    await expect(page.getByText(ar.Preview.missingRelease), address).toBeVisible();
    await expect(page.getByRole('link', { name: ar.Preview.backToArticles }), address).toHaveAttribute('href', '/ar/dashboard/articles');
  }
});
