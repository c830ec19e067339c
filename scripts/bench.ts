/**
 * `npm run bench`: the performance promises of issue 5, measured on this machine in one run,
 * written to docs/performance.md (between its bench markers; the rest of the file is kept).
 *
 *   1. a fresh database with the demo content; `next build` of the app and of the baseline app
 *      (bench/baseline: an empty static page and a data-less dynamic page, same Next.js, none of
 *      our code); `next start` of both; the shipped deploy/nginx.conf in front of the app;
 *   2. wrk on the French release page: (a) from next start, (b) through the shipped nginx,
 *      (c) the same bytes from disk by nginx, (d) the empty static page — and (d+) a static
 *      baseline page of the article's size, to tell page bytes from our code — with and
 *      without gzip, in alternating rounds, median of 3;
 *   3. cache-miss renders of the article and the news list vs (e) the data-less dynamic page;
 *   4. JavaScript a browser downloads for home, list and article vs the empty page;
 *   5. Lighthouse 12.2.3 (mobile) on home, list and article with the system Chromium;
 *   6. publish → visible, direct and through the proxy: an editor publishes in the real dashboard;
 *   7. the report.
 *
 * Options: --quick (one short round: for debugging, written to tmp/ unless --out is given),
 * --out FILE, --only throughput,cold,js,lighthouse,publish, --keep (leave the servers running
 * until Ctrl-C), --cpu-prof (profiles of both Next servers in tmp/bench-prof), --reuse-build
 * (skip a build that exists: only for working on the bench itself).
 * nginx or wrk absent (looked for at /usr/sbin/nginx and /usr/bin/wrk, or BENCH_NGINX and
 * BENCH_WRK): those parts are skipped, and the report says so. Needs 2 cores and
 * about 8 minutes; run it on a quiet machine for numbers worth writing down.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { RELEASE_KEY } from '../db/seed/release-ibero-american-summit';
import { PUBLIC_CACHE_CONTROL } from '../lib/cache/http';
import { tags } from '../lib/cache/tags';
import { REPO_ROOT } from '../test/database-server';
import {
  APP_DIST,
  appEnv,
  BASELINE_DIR,
  BASELINE_DIST,
  buildApp,
  buildBaseline,
  freshDatabase,
  newAuthSecret,
  startApp,
  startBaseline,
  type BenchDatabase,
} from './bench/app';
import { baselineMisses, blocksForBytes, coldRenders, dynamicRenders } from './bench/cold';
import { measureJs } from './bench/js-bytes';
import { lighthouseAvailable, runLighthouse, type LighthouseResult } from './bench/lighthouse';
import { elapsedSeconds, info, step, warn } from './bench/log';
import { busySince, chromiumVersion, cpuSnapshot, loadAverage, machine, versions, wrkVersion } from './bench/machine';
import { NGINX, nginxVersion, startNginx, writeStatic, type NginxHandle } from './bench/nginx';
import { freePorts, request, type Service } from './bench/proc';
import { measurePublish, type PublishResult } from './bench/publish';
import { ARABIC_HOME_REFERENCE, EMPTY_PAGE_REFERENCE, writeReport, type BenchResults } from './bench/report';
import { measureThroughput, type Scenario, type ThroughputOptions } from './bench/throughput';
import { WRK } from './bench/wrk';
import { SYSTEM_CHROMIUM } from '../test/chromium';

const STEPS = ['throughput', 'cold', 'js', 'lighthouse', 'publish'] as const;
type StepName = (typeof STEPS)[number];
const CHROMIUM = SYSTEM_CHROMIUM;

interface Options {
  quick: boolean;
  out: string;
  only: Set<StepName>;
  keep: boolean;
  cpuProf: boolean;
  reuseBuild: boolean;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  const quick = argv.includes('--quick');
  const only = value('--only')?.split(',') ?? [...STEPS];
  for (const s of only) if (!STEPS.includes(s as StepName)) throw new Error(`--only takes ${STEPS.join(',')}`);
  return {
    quick,
    out: path.resolve(value('--out') ?? (quick ? 'tmp/bench-quick.md' : 'docs/performance.md')),
    only: new Set(only as StepName[]),
    keep: argv.includes('--keep'),
    cpuProf: argv.includes('--cpu-prof'),
    reuseBuild: argv.includes('--reuse-build'),
  };
}

const PREAMBLE = `# Performance

What \`npm run bench\` measured on the last machine it ran on, against the targets of issue 5.
The section between the bench markers is rewritten by every run; the notes after it are kept.
`;

interface ReleaseIds {
  slug: string;
  articleId: string;
  officeId: string | null;
}

async function releaseIds(url: string): Promise<ReleaseIds> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string; article_id: string; contact_office_id: string | null }>(
      `select t.slug, t.article_id, a.contact_office_id from article_translations t join articles a on a.id = t.article_id
        where a.key = $1 and t.locale = 'fr'`,
      [RELEASE_KEY],
    );
    const row = rows[0];
    if (!row) throw new Error('the demo content has no French release');
    return { slug: row.slug, articleId: row.article_id, officeId: row.contact_office_id };
  } finally {
    await client.end();
  }
}

/** Runs one measurement step; a failure is reported and the bench goes on with the next. */
async function attempt<T>(name: string, skipped: string[], fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    warn(`${name} failed: ${message}`);
    skipped.push(`${name}: failed (${message.split('\n')[0]})`);
    return null;
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const started = new Date();
  const startMachine = machine();
  const startCpu = cpuSnapshot();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-bench-'));
  fs.chmodSync(work, 0o755);
  const logs = path.join(work, 'logs');
  fs.mkdirSync(logs);
  const services: Service[] = [];
  let nginx: NginxHandle | undefined;
  let database: BenchDatabase | undefined;
  const skipped: string[] = [];

  const cleanup = async () => {
    await nginx?.stop().catch(() => undefined);
    for (const s of services.reverse()) await s.stop().catch(() => undefined);
    await database?.drop();
    fs.rmSync(work, { recursive: true, force: true });
  };
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      warn(`${signal}: stopping servers and dropping the database`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  try {
    step('Plan');
    const hasWrk = fs.existsSync(WRK);
    const hasNginx = fs.existsSync(NGINX);
    const hasChromium = fs.existsSync(CHROMIUM);
    info(`machine: ${startMachine.cpu}, ${startMachine.cores} cores, load ${startMachine.load.join(' / ')}`);
    if (startMachine.busy.length) warn(`other busy processes: ${startMachine.busy.join(', ')} — numbers will be noisy`);
    if (!hasWrk) {
      warn(`wrk not found at ${WRK}: throughput (step 2) is skipped. Install it: apt-get install wrk`);
      skipped.push('throughput: wrk absent');
    }
    if (!hasNginx) {
      warn(`nginx not found at ${NGINX}: (b), (c) and the proxy half of step 6 are skipped. Install it: apt-get install nginx`);
      skipped.push('nginx: absent, so (b), (c) and publish → visible through the proxy');
    }
    if (!hasChromium && (opts.only.has('lighthouse') || opts.only.has('js'))) {
      warn(`${CHROMIUM} not found: JavaScript bytes use Playwright's own Chromium if installed; Lighthouse is skipped`);
    }
    info(`steps: ${[...opts.only].join(', ')}; report: ${path.relative(REPO_ROOT, opts.out)}; logs: ${logs}`);

    step('1. Fresh database with the demo content');
    database = await freshDatabase();
    const ids = await releaseIds(database.url);
    const { appPort, basePort, proxyPort, staticPort } = await freePorts(['appPort', 'basePort', 'proxyPort', 'staticPort']);
    const appOrigin = `http://127.0.0.1:${appPort}`;
    const baseOrigin = `http://127.0.0.1:${basePort}`;
    const proxyOrigin = `http://127.0.0.1:${proxyPort}`;
    const authSecret = newAuthSecret();
    process.env.AUTH_SECRET = authSecret; // the bench expires tags like the app's coordinator does
    const env = appEnv({ databaseUrl: database.url, authSecret, port: appPort, siteUrl: hasNginx ? proxyOrigin : appOrigin });

    step('1. next build: the app (.next-bench) and the baseline (bench/baseline)');
    const reuse = (dist: string) => opts.reuseBuild && fs.existsSync(path.join(dist, 'BUILD_ID'));
    if (reuse(path.join(REPO_ROOT, APP_DIST))) warn('--reuse-build: using the existing app build');
    else {
      const t0 = Date.now();
      await buildApp(env, path.join(logs, 'build-app.log'));
      info(`app built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
    if (reuse(path.join(BASELINE_DIR, BASELINE_DIST))) warn('--reuse-build: using the existing baseline build');
    else {
      const t0 = Date.now();
      await buildBaseline(path.join(logs, 'build-baseline.log'));
      info(`baseline built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }

    step('1. Start: next start ×2' + (hasNginx ? ', nginx with deploy/nginx.conf' : ''));
    const profDir = path.join(REPO_ROOT, 'tmp/bench-prof');
    const nodeArgs = opts.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
    if (opts.cpuProf) fs.mkdirSync(profDir, { recursive: true });
    services.push(await startApp(env, appPort, path.join(logs, 'app.log'), nodeArgs));
    services.push(await startBaseline(basePort, path.join(logs, 'baseline.log'), nodeArgs));
    if (hasNginx) {
      nginx = await startNginx({ shippedConf: path.join(REPO_ROOT, 'deploy/nginx.conf'), workDir: path.join(work, 'nginx'), appPort, proxyPort, staticPort });
    }
    info(`app ${appOrigin}, baseline ${baseOrigin}${nginx ? `, nginx ${nginx.proxyOrigin} (static ${nginx.staticOrigin})` : ''}`);

    const pages = { article: `/fr/news/${encodeURIComponent(ids.slug)}`, list: '/fr/news', home: '/fr' };
    for (const p of Object.values(pages)) {
      for (let i = 0; i < 2; i++) {
        const res = await request(`${appOrigin}${p}`);
        if (res.status !== 200) throw new Error(`${p} answered HTTP ${res.status}`);
        if (i === 1 && res.headers['set-cookie']) warn(`${p} sets a cookie: ${String(res.headers['set-cookie'])}`);
        if (i === 1 && res.headers['cache-control'] !== PUBLIC_CACHE_CONTROL) warn(`${p} Cache-Control: ${res.headers['cache-control']}`);
      }
    }
    // Both servers in the state of a server in service. The app has rendered its pages above;
    // the baseline has rendered nothing yet (its pages were prerendered by its build). The first
    // render enables Node 20's AsyncLocalStorage hooks, which from then on tax every promise of
    // every request, cache hits included (measured: the baseline's cached pages serve about 25 %
    // fewer requests/s after one render than before any). Without this, (d) and (d+) would be
    // measured in a state no `next start` in service stays in (docs/performance.md).
    const warm = await request(`${baseOrigin}/dynamic?blocks=1`);
    if (warm.status !== 200) throw new Error(`baseline /dynamic answered HTTP ${warm.status}`);

    const article = await request(`${appOrigin}${pages.article}`);
    const articleBody = Buffer.from(article.body, 'utf8');
    const articleGzip = gzipSync(articleBody, { level: 6 });
    info(`article: ${articleBody.length} bytes of HTML, ${articleGzip.length} gzipped; x-nextjs-cache ${String(article.headers['x-nextjs-cache'])}`);
    // Node 20 writes a string with characters beyond Latin-1 (’, —, Arabic) to a socket about
    // three times more slowly once it passes 64 KiB, and next start ends every cached page with
    // res.end(string): docs/performance.md, "Done on 28 November, fourth session".
    if (articleBody.length > 65_536) warn(`the release page is over 64 KiB (${articleBody.length} bytes): (a) will pay Node's large-string write cost`);
    if (nginx) writeStatic(nginx, 'article.html', articleBody, articleGzip);

    const t: ThroughputOptions = opts.quick
      ? { rounds: 1, warmSeconds: 1, seconds: 2, connections: 32 }
      : { rounds: 3, warmSeconds: 2, seconds: 4, connections: 32 };
    let throughput: BenchResults['throughput'] = null;
    if (opts.only.has('throughput') && hasWrk) {
      step(`2. Throughput: wrk -c${t.connections}, ${t.rounds} round(s) of ${t.warmSeconds} s warm-up + ${t.seconds} s per scenario`);
      const scenarios: Scenario[] = [
        { id: 'a', label: 'release page, next start', url: `${appOrigin}${pages.article}`, threads: 1, nextStart: true },
        ...(nginx
          ? ([
              { id: 'b', label: 'release page through the shipped nginx', url: `${nginx.proxyOrigin}${pages.article}`, threads: 2, nextStart: false },
              { id: 'c', label: 'same bytes, nginx static', url: `${nginx.staticOrigin}/article.html`, threads: 2, nextStart: false },
            ] satisfies Scenario[])
          : []),
        { id: 'd', label: 'empty static page, next start (baseline)', url: `${baseOrigin}/empty`, threads: 1, nextStart: true },
        { id: 'd+', label: 'static page of about the same size, next start (baseline; diagnostic)', url: `${baseOrigin}/sized`, threads: 1, nextStart: true },
      ];
      throughput = await attempt('throughput', skipped, () => measureThroughput(scenarios, t));
    }

    let cold: BenchResults['cold'] = null;
    if (opts.only.has('cold')) {
      step('3. Cache-miss renders vs (e) the data-less dynamic page');
      cold = await attempt('cache-miss renders', skipped, async () => {
        const samples = opts.quick ? 8 : 25;
        const articleTags = [tags.article(ids.articleId), tags.slug(ids.slug), tags.pages('fr'), ...(ids.officeId ? [tags.office(ids.officeId)] : [])];
        const listTags = [tags.articleLists('fr'), tags.pages('fr')];
        const coldArticle = await coldRenders('release page', appOrigin, pages.article, articleTags, samples);
        info(`release page: median ${coldArticle.median.toFixed(1)} ms`);
        const coldList = await coldRenders('news list', appOrigin, pages.list, listTags, samples);
        info(`news list: median ${coldList.median.toFixed(1)} ms`);
        const dynamicUrl = `${baseOrigin}/dynamic`;
        const nArticle = await blocksForBytes(dynamicUrl, coldArticle.bytes);
        const nList = await blocksForBytes(dynamicUrl, coldList.bytes);
        const dynArticle = await dynamicRenders(`(e) dynamic page, ${nArticle} blocks`, `${dynamicUrl}?blocks=${nArticle}`, samples);
        const dynList = await dynamicRenders(`(e) dynamic page, ${nList} blocks`, `${dynamicUrl}?blocks=${nList}`, samples);
        const dynEmpty = await dynamicRenders('(e) dynamic page, empty (for reference)', `${dynamicUrl}?blocks=0`, samples);
        info(`(e) ${nArticle} blocks: ${dynArticle.median.toFixed(1)} ms; ${nList} blocks: ${dynList.median.toFixed(1)} ms; empty: ${dynEmpty.median.toFixed(1)} ms`);
        const missArticle = await baselineMisses(`(e′) baseline cached page, ${nArticle} blocks, tag expired (diagnostic)`, baseOrigin, nArticle, samples);
        const missList = await baselineMisses(`(e′) baseline cached page, ${nList} blocks, tag expired (diagnostic)`, baseOrigin, nList, samples);
        info(`(e′) framework cache miss, ${nArticle} blocks: ${missArticle.median.toFixed(1)} ms; ${nList} blocks: ${missList.median.toFixed(1)} ms`);
        return {
          article: coldArticle,
          list: coldList,
          dynamicArticle: dynArticle,
          dynamicList: dynList,
          dynamicEmpty: dynEmpty,
          baselineMissArticle: missArticle,
          baselineMissList: missList,
        };
      });
    }

    let js: BenchResults['js'] = null;
    if (opts.only.has('js')) {
      step('4. JavaScript a browser downloads');
      js = await attempt('JavaScript bytes', skipped, () => measureJs([
        { label: 'empty page', url: `${baseOrigin}/empty` },
        { label: 'home', url: `${appOrigin}${pages.home}` },
        { label: 'news list', url: `${appOrigin}${pages.list}` },
        { label: 'release page', url: `${appOrigin}${pages.article}` },
      ]));
      for (const j of js ?? []) info(`${j.label}: ${j.scripts} scripts, ${(j.gzip / 1024).toFixed(1)} kB gzip`);
    }

    let lighthouse: LighthouseResult[] | null = null;
    if (opts.only.has('lighthouse')) {
      if (!lighthouseAvailable() || !hasChromium) {
        warn('Lighthouse skipped: needs node_modules/lighthouse (npm ci) and /usr/bin/chromium');
        skipped.push('lighthouse: missing lighthouse or /usr/bin/chromium');
      } else {
        const origin = nginx?.proxyOrigin ?? appOrigin;
        step(`5. Lighthouse (mobile) through ${nginx ? 'the shipped nginx' : 'next start'}`);
        const outDir = path.join(work, 'lighthouse');
        fs.mkdirSync(outDir);
        lighthouse = [];
        for (const [label, url] of [
          ['home', `${origin}${pages.home}`],
          ['news list', `${origin}${pages.list}`],
          ['release page', `${origin}${pages.article}`],
          [ARABIC_HOME_REFERENCE, `${origin}/ar`],
          [EMPTY_PAGE_REFERENCE, `${baseOrigin}/empty`],
        ] as const) {
          const r = await attempt(`Lighthouse on ${label}`, skipped, () => runLighthouse(label, url, outDir, CHROMIUM));
          if (!r) continue;
          info(`${label}: ${Object.entries(r.scores).map(([k, v]) => `${k} ${v}`).join(', ')}`);
          lighthouse.push(r);
        }
      }
    }

    let publish: PublishResult | null = null;
    if (opts.only.has('publish')) {
      step('6. Publish → visible');
      const db = database;
      publish = await attempt('publish → visible', skipped, () =>
        measurePublish({ appOrigin, proxyOrigin: nginx?.proxyOrigin ?? null, databaseUrl: db.url, count: opts.quick ? 5 : 20 }),
      );
      if (publish?.pending) warn(publish.pending);
    }

    step('7. Report');
    const results: BenchResults = {
      date: started.toISOString(),
      command,
      seconds: elapsedSeconds(),
      machine: startMachine,
      loadAfter: loadAverage(),
      busyDuring: startCpu ? busySince(startCpu, database.server.embedded ? undefined : /^postgres$/) : [],
      versions: versions({
        postgresql: await serverVersion(database.url),
        nginx: await nginxVersion(),
        wrk: wrkVersion(WRK),
        chromium: chromiumVersion(CHROMIUM),
      }),
      throughputOptions: t,
      pages,
      pageBytes: { article: articleBody.length, articleGzip: articleGzip.length },
      throughput,
      skipped,
      cold,
      js,
      lighthouse,
      publish,
    };
    fs.mkdirSync(path.dirname(opts.out), { recursive: true });
    writeReport(opts.out, results, PREAMBLE);
    info(`written: ${path.relative(REPO_ROOT, opts.out)} (${(elapsedSeconds() / 60).toFixed(1)} min in all)`);

    if (opts.keep) {
      info(`--keep: app ${appOrigin}, baseline ${baseOrigin}${nginx ? `, nginx ${nginx.proxyOrigin}` : ''}; Ctrl-C to stop`);
      await new Promise(() => undefined);
    }
  } finally {
    if (!interrupted) await cleanup();
  }
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version') as v");
    return rows[0]?.v ?? 'unknown';
  } finally {
    await client.end();
  }
}

main().catch((e: unknown) => {
  console.error(`\nbench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
