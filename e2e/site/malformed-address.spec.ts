/**
 * An address with a malformed percent-encoding (a mangled link, a scanner) is the client's
 * mistake: 400 with a small page in the address's language (French when its first segment is no
 * locale), kept by no cache and setting no cookie — not Next's plain 500 (proxy.ts,
 * lib/undecodable-path.ts). A well-encoded address still takes the app's usual way.
 *
 * Playwright sends the path as written (`request.get('/fr/%')` reaches the server as `/fr/%`,
 * not `/fr/%25`): the 400 below, which only an undecodable path gets, shows it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures';

type Messages = { BadRequest: { title: string; body: string }; NotFound: { title: string } };
const messages = (locale: string) =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../messages', `${locale}.json`), 'utf8')) as Messages;

const MALFORMED: [path: string, locale: string][] = [
  ['/fr/news/%E0%A4%A', 'fr'],
  ['/fr/%', 'fr'],
  ['/en/news/%zz', 'en'],
  ['/es/%C0%AF', 'es'],
  ['/ar/news/%D9', 'ar'],
  ['/%', 'fr'],
  ['/de/%E0%A4%A', 'fr'],
  // Outside the pages: API routes, Next's own files, file names.
  ['/api/%', 'fr'],
  ['/api/auth/%E0%A4%A', 'fr'],
  ['/_next/%', 'fr'],
  ['/sitemap.xml%', 'fr'],
  ['/a.b%zz', 'fr'],
];

test('a malformed percent-encoding answers 400 in the address’s language, with no cookie and no caching', async ({ request }) => {
  for (const [address, locale] of MALFORMED) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(400);
    const headers = response.headers();
    expect(headers['set-cookie'], address).toBeUndefined();
    expect(headers['cache-control'], address).toBe('no-store');
    expect(headers['content-type'], address).toBe('text/html; charset=utf-8');
    const html = await response.text();
    const { title, body } = messages(locale).BadRequest;
    expect(html, address).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(html, address).toContain(`<h1>${title}</h1>`);
    expect(html, address).toContain(body);
  }
});

test('a browser shows the 400 page in Arabic, right to left, with a way home', async ({ page }) => {
  const response = await page.goto('/ar/news/%E0%A4%A');
  expect(response?.status()).toBe(400);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'عنوان غير صالح' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' })).toHaveAttribute('href', '/ar');
});

test('a well-encoded address that names nothing still gets the app’s own 404', async ({ request }) => {
  const response = await request.get('/fr/news/caf%C3%A9-inexistant', { maxRedirects: 0 });
  expect(response.status()).toBe(404);
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(await response.text()).toContain(messages('fr').NotFound.title);
  // Outside the pages too, a well-encoded address goes its usual way: not sent to a language.
  for (const address of ['/api/x%20y', '/_next/static/x%20y.js', '/media/x%20y.jpg']) {
    const other = await request.get(address, { maxRedirects: 0 });
    expect(other.status(), address).toBe(404);
    expect(other.headers().location, address).toBeUndefined();
  }
});
