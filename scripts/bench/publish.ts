import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../test/chromium';
import { REPO_ROOT } from '../../test/database-server';
import { info } from './log';
import { request, sleep } from './proc';
import { percentile } from './stats';

export interface LatencySamples {
  samples: number[];
  p50: number;
  p95: number;
  max: number;
}

export interface PublishResult {
  /** How it was measured, one paragraph for the report. */
  method: string;
  /** Why it was not measured, when it was not. */
  pending?: string;
  direct?: LatencySamples;
  proxy?: LatencySamples;
  /** The publish itself as the editor waits for it: from the click to the action's answer (a diagnostic). */
  action?: LatencySamples;
}

const EDITOR = { email: 'bench.editor@bench.example.org', name: 'Bench Editor', password: 'a bench password, long enough' };
const GIVE_UP_MS = 15_000;

function summarize(samples: number[]): LatencySamples {
  return { samples, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
}

/** An editor account, created with the project's own CLI, as an administrator would. */
function createEditor(databaseUrl: string): void {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/user.ts', 'create', '--email', EDITOR.email, '--name', EDITOR.name, '--role', 'editor', '--password-stdin'],
    { cwd: REPO_ROOT, input: `${EDITOR.password}\n`, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
  );
  if (run.status !== 0 && !/already exists/.test(run.stderr)) throw new Error(`user:create failed: ${run.stderr || run.stdout}`);
}

async function signIn(page: Page, origin: string): Promise<void> {
  // The sign-in page renders per request; on a busy machine its first render can be slow.
  await page.goto(`${origin}/fr/sign-in?next=/fr/dashboard/articles`, { timeout: 90_000 });
  const email = page.getByLabel('Adresse e-mail', { exact: true });
  await email.waitFor({ timeout: 90_000 });
  await email.fill(EDITOR.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(EDITOR.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => url.pathname === '/fr/dashboard/articles', { timeout: 90_000 });
}

/** Anonymous GETs of `url`, one after the other, until one shows `title`: ms after `since`. */
async function firstShowing(url: string, title: string, since: number): Promise<number> {
  while (performance.now() - since < GIVE_UP_MS) {
    const res = await request(url);
    if (res.status === 200 && res.body.includes(title)) return performance.now() - since;
    await sleep(2);
  }
  throw new Error(`${url} did not show "${title}" within ${GIVE_UP_MS / 1000} s of the publish`);
}

/**
 * Step 6, through the real dashboard (issue 3's publish action, driven in Chromium like an
 * editor would): each round writes a new French article and presses "Enregistrer et publier";
 * when the action's response has arrived, anonymous GETs of /fr/news — straight to next start,
 * and through the shipped nginx, in parallel — repeat until the new title shows.
 */
export async function measurePublish(opts: {
  appOrigin: string;
  proxyOrigin: string | null;
  databaseUrl: string;
  count: number;
}): Promise<PublishResult> {
  const method =
    `${opts.count} publishes through the editorial dashboard (Chromium driven by Playwright: an editor writes a new ` +
    'French article and presses "Enregistrer et publier", the real server action). Time from the arrival of the action\'s response ' +
    'to the first anonymous GET of /fr/news showing the new title; GETs repeat back to back (2 ms apart), straight ' +
    'to next start and through the shipped nginx at the same time. One publish before them is not counted: the first ' +
    'of a process runs the action\'s cold paths, as no server in service does. The action renders the pages readers see ' +
    'change again before it answers (lib/cache/warm.ts): its own time, from the click to its answer, is the last row.';
  const editorPage = path.join(REPO_ROOT, 'app/[locale]/(dashboard)/dashboard/articles/new/page.tsx');
  if (!fs.existsSync(editorPage)) {
    return { method, pending: "pending: the editorial dashboard's new-article page (issue 3) is not in this checkout" };
  }
  createEditor(opts.databaseUrl);
  info(`editor account created; signing in with Chromium`);
  const browser = await chromium.launch({
    ...chromiumLaunchOptions(),
  });
  const direct: number[] = [];
  const proxy: number[] = [];
  const action: number[] = [];
  const page = await (await browser.newContext()).newPage();
  try {
    page.setDefaultTimeout(60_000);
    await signIn(page, opts.appOrigin);
    const stamp = Date.now().toString(36);
    // Round 0 warms up, like every other measurement of the bench: the first publish of a
    // process took 130–220 ms where the next ones took 60–120 (three runs, 28 November).
    for (let i = 0; i <= opts.count; i++) {
      const title = `Publication ${stamp} numero ${i}`;
      await page.goto(`${opts.appOrigin}/fr/dashboard/articles/new`);
      await page.getByLabel('Titre').fill(title);
      await page.getByLabel('Chapeau').fill('Mesure du temps entre la publication et la lecture.');
      const body = page.getByRole('textbox', { name: 'Texte' });
      await body.click();
      await page.keyboard.type('Texte de la publication mesurée.');
      // The server action's answer: its headers come once the action is done (saved,
      // published, tags expired); the page it redirects to follows in the body.
      const response = page.waitForResponse(
        (r) => r.request().method() === 'POST' && !!r.request().headers()['next-action'] && new URL(r.url()).pathname.startsWith('/fr/dashboard/articles'),
      );
      const clicked = performance.now();
      await page.getByRole('button', { name: 'Enregistrer et publier' }).click();
      const answered = await response;
      const since = performance.now();
      if (answered.status() >= 400) throw new Error(`the publish action answered HTTP ${answered.status()}`);
      const [d, p] = await Promise.all([
        firstShowing(`${opts.appOrigin}/fr/news`, title, since),
        opts.proxyOrigin ? firstShowing(`${opts.proxyOrigin}/fr/news`, title, since) : Promise.resolve(null),
      ]);
      const seen = `visible after ${d.toFixed(0)} ms direct${p !== null ? `, ${p.toFixed(0)} ms through nginx` : ''}`;
      if (i === 0) {
        info(`warm-up publish: ${seen} (not counted)`);
      } else {
        direct.push(d);
        if (p !== null) proxy.push(p);
        action.push(since - clicked);
        info(`publish ${i}/${opts.count}: ${seen}; the action answered in ${(since - clicked).toFixed(0)} ms`);
      }
      // The editor's page is the article now, published: let it settle before the next one.
      await page.getByText('Tout est enregistré.').waitFor();
    }
  } catch (e) {
    // Say where the browser was: a screenshot and the page's address and title.
    const shot = path.join(REPO_ROOT, 'tmp', 'bench-publish-failure.png');
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
    const title = await page.title().catch(() => '?');
    throw new Error(`${(e as Error).message.split('\n')[0]} (at ${page.url()}, "${title}"; screenshot ${path.relative(REPO_ROOT, shot)})`);
  } finally {
    await browser.close();
  }
  return { method, direct: summarize(direct), ...(proxy.length ? { proxy: summarize(proxy) } : {}), action: summarize(action) };
}
