/**
 * The app's cached reads ('use cache') are server functions to Next, callable by their id like
 * a server action, on any address, by anyone, with any arguments. Through the real server
 * (proxy included): such a call is refused before it runs, from script (`Next-Action` header)
 * or from a form sent without it; real actions still work both ways, a form's body read on the
 * way (lib/server-function-call.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures';
import { createAccount, EDITOR, PASSWORD, signedIn } from '../dashboard/support';

const root = path.resolve(import.meta.dirname, '../..');

/** A server function of this build (its manifest of them), by what the manifest says of it. */
function serverFunction(which: (v: { filename?: string; exportedName?: string }) => boolean): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => which(v));
  if (!found) throw new Error('no such server function in this build');
  return found[0];
}

/** A cached read of this build, by the file it is in. */
const cachedReadIn = (file: string) => serverFunction((v) => v.filename === file && !!v.exportedName?.startsWith('$$RSC_SERVER_CACHE'));

test('a cached read called as a server action is refused, from script or from a form', async ({ request }) => {
  // lib/site.ts's current year (no arguments), and the news search (its query's length limit is the page's).
  const year = cachedReadIn('lib/site.ts');
  const search = cachedReadIn('db/queries/public-news.ts');
  for (const [id, args] of [
    [year, '[]'],
    [search, JSON.stringify(['fr', 'sommet '.repeat(2000), 1, 1_000_000])],
  ] as const) {
    const byScript = await request.post('/fr/news', { headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8' }, data: args });
    expect(byScript.status()).toBe(404);
    expect(byScript.headers()['x-nextjs-action-not-found']).toBe('1');
    expect(await byScript.text()).not.toContain(String(new Date().getFullYear()));
  }
  const byForm = await request.post('/ar', { multipart: { [`$ACTION_ID_${year}`]: '' } });
  expect(byForm.status()).toBe(404);
  const bound = await request.post('/fr/sign-in', {
    multipart: { $ACTION_REF_1: '', '$ACTION_1:0': JSON.stringify({ id: search, bound: '$@1' }), '$ACTION_1:1': '["fr","sommet",1,1000000]', $ACTION_KEY: 'k1' },
  });
  expect(bound.status()).toBe(404);
  // The pages themselves are as they were.
  expect((await request.get('/fr/news')).status()).toBe(200);
});

test('a real action still runs, from a form sent without script (its body read on the way) and from script', async ({ request, page }) => {
  createAccount(EDITOR);
  // Sign-in as React posts it without script: the action by reference, its first argument (the
  // previous state) bound, the form's fields after.
  const signIn = serverFunction((v) => v.exportedName === 'signInAction');
  const byForm = await request.post('/fr/sign-in', {
    maxRedirects: 0,
    multipart: {
      $ACTION_REF_1: '',
      '$ACTION_1:0': JSON.stringify({ id: signIn, bound: '$@1' }),
      '$ACTION_1:1': '[null]',
      $ACTION_KEY: 'k1',
      locale: 'fr',
      email: EDITOR.email,
      password: PASSWORD,
      next: '/fr/dashboard/articles',
    },
  });
  expect(byForm.status()).toBe(303);
  expect(byForm.headers()['location']).toBe('/fr/dashboard/articles');
  expect(byForm.headers()['set-cookie']).toContain('authjs.session-token=');
  await page.goto('/fr/sign-in?next=/fr/dashboard/articles');
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(EDITOR.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL((url) => url.pathname === '/fr/dashboard/articles');
});

test('every answer tells browsers to come back over HTTPS only', async ({ request }) => {
  for (const url of ['/fr', '/ar/news', '/fr/feed.xml', '/fr/sign-in', '/fr/dashboard', '/media/00000000000000000000000000000000.jpg']) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.headers()['strict-transport-security'], url).toBe('max-age=63072000');
  }
});

/** The static policy next.config.ts sends: nothing about scripts or styles (cached pages carry no nonce). */
const CSP = "base-uri 'self'; object-src 'none'; form-action 'self'; frame-ancestors 'self'";

test('every answer sends a policy on the base address, plugins, forms and framing, and none on scripts', async ({ request, browser }) => {
  for (const url of ['/fr', '/ar/news', '/fr/news/search/migration/1', '/fr/feed.xml', '/fr/sign-in', '/fr/dashboard', '/ar/news/%E0%A4%A', '/media/00000000000000000000000000000000.jpg']) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.headers()['content-security-policy'], url).toBe(CSP);
  }
  // A dashboard page as a signed-in editor gets it too.
  createAccount(EDITOR);
  const page = await signedIn(browser, EDITOR);
  const dashboard = await page.goto('/fr/dashboard/articles');
  expect(dashboard?.status()).toBe(200);
  expect(dashboard?.headers()['content-security-policy']).toBe(CSP);
  await page.context().close();
});
