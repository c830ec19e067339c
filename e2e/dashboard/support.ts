/**
 * Shared by the dashboard specs: the e2e server's state (first-admin setup link and the
 * throw-away database's URL, written by scripts/e2e-server.ts to tmp/e2e-server-<port>.json),
 * the accounts the specs use, signing in, and creating accounts through the real CLI
 * (`scripts/user.ts create --password-stdin`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Browser, Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

export const PASSWORD = 'un mot de passe de démonstration';

export interface Account {
  email: string;
  name: string;
  role: 'writer' | 'editor' | 'admin';
}

export const ADMIN: Account = { email: 'ada.admin@e2e.example.org', name: 'Ada Admin', role: 'admin' };
export const EDITOR: Account = { email: 'edith.editor@e2e.example.org', name: 'Edith Éditrice', role: 'editor' };
export const EDITOR2: Account = { email: 'eric.editor@e2e.example.org', name: 'Eric Éditeur', role: 'editor' };
export const WRITER: Account = { email: 'wanda.writer@e2e.example.org', name: 'Wanda Rédactrice', role: 'writer' };

const root = path.resolve(import.meta.dirname, '../..');

export function e2eState(): { setupUrl: string; databaseUrl: string } {
  const file = path.join(root, 'tmp', `e2e-server-${process.env.E2E_PORT ?? 3100}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { setupUrl: string; databaseUrl: string };
}

/** Creates an account with the CLI, as an administrator would; an existing one is left as is. */
export function createAccount(account: Account): void {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/user.ts', 'create', '--email', account.email, '--name', account.name, '--role', account.role, '--password-stdin'],
    { cwd: root, input: `${PASSWORD}\n`, env: { ...process.env, DATABASE_URL: e2eState().databaseUrl }, encoding: 'utf8' },
  );
  if (run.status !== 0 && !/already exists/.test(run.stderr)) throw new Error(`user:create failed: ${run.stderr}`);
}

/** Runs SQL on the e2e server's throw-away database (for what no screen does yet). */
export async function sql(text: string, values: unknown[] = []): Promise<void> {
  await withClient((client) => client.query(text, values));
}

/** A connection to the e2e server's throw-away database for `fn`, closed after. */
export async function withClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eState().databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The sign-in form's labels in `locale`, from the app's own catalog. */
function authLabels(locale: string): { email: string; password: string } {
  const messages = JSON.parse(fs.readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8')) as { Auth: { email: string; password: string } };
  return messages.Auth;
}

export async function signIn(page: Page, account: Account, locale = 'fr'): Promise<void> {
  const labels = authLabels(locale);
  await page.goto(`/${locale}/sign-in?next=/${locale}/dashboard/articles`);
  await page.getByLabel(labels.email, { exact: true }).fill(account.email);
  await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL((url) => url.pathname === `/${locale}/dashboard/articles`);
  // The page streams in after the redirect: wait for it, so the next step starts from it.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** A page in a browser of its own (its own cookies), signed in as `account`: another person at work at the same time. */
export async function signedIn(browser: Browser, account: Account, locale = 'fr'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account, locale);
  return page;
}

/**
 * The first administrator: created through the setup link when nobody has used it yet (any
 * spec may come first), then every spec signs in with the same account.
 */
export async function ensureAdmin(page: Page): Promise<void> {
  const response = await page.goto(e2eState().setupUrl);
  if (response?.status() === 200 && (await page.getByLabel('Confirmer le mot de passe').count()) > 0) {
    await page.getByLabel('Nom').fill(ADMIN.name);
    await page.getByLabel('Adresse e-mail').fill(ADMIN.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirmer le mot de passe').fill(PASSWORD);
    await page.locator('form button[type=submit]').click();
    await expect(page).toHaveURL((url) => url.pathname === '/fr/dashboard/articles');
    return;
  }
  await signIn(page, ADMIN);
}

/** Deletes, as the admin, the offices a spec created (their edit pages' paths): the directory stays as the seed has it. */
export async function deleteOffices(browser: Browser, paths: readonly string[]): Promise<void> {
  const page = await browser.newPage();
  await ensureAdmin(page);
  for (const url of paths) {
    await page.goto(url);
    await page.getByRole('button', { name: 'Supprimer…', exact: true }).filter({ visible: true }).click();
    await page.getByRole('button', { name: 'Oui, supprimer définitivement', exact: true }).filter({ visible: true }).click();
    await expect(page.getByText(/^Le bureau «\s.+\s» a été supprimé\.$/).filter({ visible: true })).toBeVisible();
  }
  await page.close();
}

/** Presses Tab (keyboard only; Shift+Tab to go back) until `target` has the focus. */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 80, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** A date-time-local value `minutes` ahead of now in the browser's zone, rounded up to the minute. */
export function localInputAhead(minutes: number): string {
  const d = new Date(Date.now() + minutes * 60_000);
  d.setSeconds(0, 0);
  d.setMinutes(d.getMinutes() + 1);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The state chip in the editor's header ("Brouillon", "Publié"…), its decorative mark aside. */
export function stateChip(page: Page, label: string) {
  return page.getByRole('main').locator('header').getByText(new RegExp(`^\\S?\\s?${label}$`));
}

/**
 * The editor's "all saved" status line on the screen shown. A save that moves to another address
 * (a new article, a recreated one) leaves the screen before it mounted but hidden, and its status
 * line may say the same.
 */
export function allSaved(page: Page) {
  return page.getByText('Tout est enregistré.').filter({ visible: true });
}

/**
 * Waits until a rich-text body is live (hydrated: its handlers are there) by typing into it until
 * the probe shows, then takes the probe back out; the caret is left in the body. The probe is
 * counted, not looked for: a body copied from another language may hold an "x" already.
 */
export async function whenBodyLive(page: Page, body: Locator): Promise<void> {
  const probes = async () => ((await body.textContent()) ?? '').split('x').length - 1;
  await expect(async () => {
    const before = await probes();
    await body.click();
    await page.keyboard.type('x');
    await expect.poll(probes, { timeout: 1_000 }).toBeGreaterThan(before);
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press('Backspace');
}

/**
 * On an article without a version in `lang`, starts it from the first language offered ("Traduire
 * en …"), waits for the editor it opens (its "Source : …" heading) and for its body to be live;
 * the caret is left in the body.
 */
export async function translateArticle(page: Page, articleId: string, lang: string, language: string): Promise<void> {
  await page.goto(`/fr/dashboard/articles/${articleId}/${lang}`);
  await page.getByRole('button', { name: `Traduire en ${language}`, exact: true }).filter({ visible: true }).click();
  await expect(page.getByRole('heading', { name: /^Source\s: / })).toBeVisible({ timeout: 20_000 });
  await whenBodyLive(page, page.getByRole('textbox', { name: 'Texte' }).filter({ visible: true }));
}

/** Types `text` at the end of the editor's rich-text body ("Texte"), as a person adding a sentence. */
export async function appendToBody(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Texte' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** Counts the browser's own questions (beforeunload), which must not come on top of ours. */
export function browserQuestions(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('dialog', (d) => {
    seen.count++;
    void d.accept();
  });
  return seen;
}
