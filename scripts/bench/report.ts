import fs from 'node:fs';
import type { RenderSamples } from './cold';
import type { JsBytes } from './js-bytes';
import type { LighthouseResult } from './lighthouse';
import type { Machine } from './machine';
import type { PublishResult } from './publish';
import { fmt, ratio } from './stats';
import { SETTLE_MS, type Cell, type ScenarioId, type ThroughputOptions } from './throughput';
import { FIRST_REQUEST_DELAY_MS } from './wrk';

export interface BenchResults {
  date: string;
  command: string;
  seconds: number;
  machine: Machine;
  loadAfter: [number, number, number];
  /** Processes other than the bench's own that used CPU during the run (scripts/bench/machine.ts). */
  busyDuring: string[];
  versions: Record<string, string>;
  throughputOptions: ThroughputOptions;
  pages: { article: string; list: string; home: string };
  pageBytes: { article: number; articleGzip: number };
  throughput: Cell[] | null;
  skipped: string[];
  cold: {
    article: RenderSamples;
    list: RenderSamples;
    dynamicArticle: RenderSamples;
    dynamicList: RenderSamples;
    dynamicEmpty: RenderSamples;
    baselineMissArticle: RenderSamples;
    baselineMissList: RenderSamples;
  } | null;
  js: JsBytes[] | null;
  lighthouse: LighthouseResult[] | null;
  publish: PublishResult | null;
}

/** Lighthouse on the baseline's empty page: the framework's own score, for reference only. */
export const EMPTY_PAGE_REFERENCE = 'empty page (baseline, reference)';
/**
 * Lighthouse on the Arabic home page: not one of the issue's three pages, measured so that the
 * right-to-left site, its own font and its fallbacks are watched too; no target.
 */
export const ARABIC_HOME_REFERENCE = 'Arabic home (reference)';
const isReference = (label: string) => label === EMPTY_PAGE_REFERENCE || label === ARABIC_HOME_REFERENCE;

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

type Status = 'met' | 'missed' | 'not measured' | 'diagnostic';
const mark = (s: Status) =>
  s === 'met' ? '✅ met' : s === 'missed' ? '❌ missed' : s === 'diagnostic' ? 'ℹ️ diagnostic, no target' : '— not measured';
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} kB`;

function cell(cells: Cell[] | null, id: ScenarioId, gzip: boolean): Cell | undefined {
  return cells?.find((c) => c.scenario.id === id && c.gzip === gzip);
}

interface TargetRow {
  target: string;
  measured: string;
  status: Status;
}

export function targets(r: BenchResults): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const gzip of [false, true]) {
    const a = cell(r.throughput, 'a', gzip);
    const d = cell(r.throughput, 'd', gzip);
    const suffix = gzip ? ' (gzip)' : '';
    if (a && d) {
      const q = ratio(a.result.rps, d.result.rps);
      rows.push({ target: `(a) cached article ≥ 0.95 × (d) empty page${suffix}`, measured: `${fmt(q, 2)} × (${fmt(a.result.rps)} vs ${fmt(d.result.rps)} req/s)`, status: q >= 0.95 ? 'met' : 'missed' });
    } else rows.push({ target: `(a) ≥ 0.95 × (d)${suffix}`, measured: '', status: 'not measured' });
    const dPlus = cell(r.throughput, 'd+', gzip);
    if (a && dPlus) {
      const q = ratio(a.result.rps, dPlus.result.rps);
      rows.push({ target: `(a) vs (d+) a static baseline page of the same size${suffix}`, measured: `${fmt(q, 2)} × (${fmt(a.result.rps)} vs ${fmt(dPlus.result.rps)} req/s)`, status: 'diagnostic' });
    }
    if (a) {
      rows.push({ target: `(a) p99 ≤ 150 ms at ${r.throughputOptions.connections} connections${suffix}`, measured: `${fmt(a.result.p99, 1)} ms`, status: a.result.p99 <= 150 ? 'met' : 'missed' });
      rows.push({ target: `(a) 0 errors${suffix}`, measured: `${a.result.errors} in ${fmt(a.result.requests)} requests`, status: a.result.errors === 0 ? 'met' : 'missed' });
    }
    const b = cell(r.throughput, 'b', gzip);
    const c = cell(r.throughput, 'c', gzip);
    if (b && c) {
      const q = ratio(b.result.rps, c.result.rps);
      rows.push({ target: `(b) through the shipped nginx ≥ 0.75 × (c) nginx static${suffix}`, measured: `${fmt(q, 2)} × (${fmt(b.result.rps)} vs ${fmt(c.result.rps)} req/s)`, status: q >= 0.75 ? 'met' : 'missed' });
    } else rows.push({ target: `(b) ≥ 0.75 × (c)${suffix}`, measured: r.skipped.includes('nginx') ? 'nginx absent' : '', status: 'not measured' });
  }
  if (r.cold) {
    for (const [page, dyn] of [
      [r.cold.article, r.cold.dynamicArticle],
      [r.cold.list, r.cold.dynamicList],
    ] as const) {
      const q = ratio(dyn.median, page.median);
      rows.push({
        target: `cache-miss ${page.label} ≥ 0.8 × (e) data-less dynamic page of the same size`,
        measured: `${fmt(q, 2)} × (${fmt(page.median, 1)} ms vs ${fmt(dyn.median, 1)} ms per render)`,
        status: q >= 0.8 ? 'met' : 'missed',
      });
    }
    for (const [page, miss] of [
      [r.cold.article, r.cold.baselineMissArticle],
      [r.cold.list, r.cold.baselineMissList],
    ] as const) {
      const q = ratio(miss.median, page.median);
      rows.push({
        target: `cache-miss ${page.label} vs (e′) the framework's own cache miss of the same size`,
        measured: `${fmt(q, 2)} × (${fmt(page.median, 1)} ms vs ${fmt(miss.median, 1)} ms)`,
        status: 'diagnostic',
      });
    }
  } else rows.push({ target: 'cache-miss article and list ≥ 0.8 × (e)', measured: '', status: 'not measured' });
  const empty = r.js?.find((j) => j.label === 'empty page');
  for (const j of r.js?.filter((x) => x !== empty) ?? []) {
    if (!empty) break;
    const extra = j.gzip - empty.gzip;
    rows.push({ target: `JavaScript on ${j.label} ≤ empty page + 10 kB gzip`, measured: `${extra >= 0 ? '+' : ''}${kb(extra)} (${kb(j.gzip)} vs ${kb(empty.gzip)})`, status: extra <= 10 * 1024 ? 'met' : 'missed' });
  }
  if (!r.js) rows.push({ target: 'JavaScript ≤ empty page + 10 kB gzip', measured: '', status: 'not measured' });
  for (const l of r.lighthouse?.filter((x) => !isReference(x.label)) ?? []) {
    const all = Object.values(l.scores);
    rows.push({ target: `Lighthouse 100/100/100/100 on ${l.label} (mobile)`, measured: all.join(' / '), status: all.every((s) => s === 100) ? 'met' : 'missed' });
  }
  if (!r.lighthouse) rows.push({ target: 'Lighthouse 100 × 4 (mobile)', measured: r.skipped.includes('lighthouse') ? 'skipped' : '', status: 'not measured' });
  if (r.publish?.direct) {
    rows.push({ target: 'publish → visible ≤ 150 ms p95, direct', measured: `${fmt(r.publish.direct.p95, 0)} ms`, status: r.publish.direct.p95 <= 150 ? 'met' : 'missed' });
  }
  if (r.publish?.proxy) {
    rows.push({ target: 'publish → visible ≤ 2 s p95, through the proxy', measured: `${fmt(r.publish.proxy.p95, 0)} ms`, status: r.publish.proxy.p95 <= 2000 ? 'met' : 'missed' });
  }
  if (!r.publish?.direct) rows.push({ target: 'publish → visible ≤ 150 ms p95 direct, ≤ 2 s through the proxy', measured: r.publish?.pending ?? '', status: 'not measured' });
  return rows;
}

function throughputTable(r: BenchResults): string {
  if (!r.throughput) return '_Not measured._\n';
  const lines = [
    '| scenario | gzip | requests/s (median) | p50 ms | p99 ms | errors | rounds (requests/s) |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const c of r.throughput) {
    lines.push(
      `| (${c.scenario.id}) ${c.scenario.label} | ${c.gzip ? 'yes' : 'no'} | ${fmt(c.result.rps)} | ${fmt(c.result.p50, 2)} | ${fmt(c.result.p99, 2)} | ${c.result.errors} | ${c.rounds.map((x) => fmt(x.rps)).join(', ')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function coldTable(r: BenchResults): string {
  if (!r.cold) return '_Not measured._\n';
  const rows = [r.cold.article, r.cold.dynamicArticle, r.cold.baselineMissArticle, r.cold.list, r.cold.dynamicList, r.cold.baselineMissList, r.cold.dynamicEmpty];
  return [
    '| page | HTML | median ms | p90 ms | renders/s (1 / median) | samples |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((s) => `| ${s.label} | ${kb(s.bytes)} | ${fmt(s.median, 1)} | ${fmt(s.p90, 1)} | ${fmt(1000 / s.median, 0)} | ${s.samples.length} |`),
    '',
  ].join('\n');
}

function jsTable(r: BenchResults): string {
  if (!r.js) return '_Not measured._\n';
  return [
    '| page | scripts | JavaScript (gzip) | JavaScript (raw) | inline RSC payload (gzip) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...r.js.map((j) => `| ${j.label} | ${j.scripts} | ${kb(j.gzip)} | ${kb(j.raw)} | ${kb(j.inlineGzip)} |`),
    '',
  ].join('\n');
}

function lighthouseSection(r: BenchResults): string {
  if (!r.lighthouse) return '_Not measured._\n';
  const lines = [
    '| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.lighthouse.map(
      (l) =>
        `| ${l.label} | ${l.scores.performance} | ${l.scores.accessibility} | ${l.scores['best-practices']} | ${l.scores.seo} | ${fmt(l.metrics.fcp)} | ${fmt(l.metrics.lcp)} | ${fmt(l.metrics.tbt)} | ${fmt(l.metrics.cls, 3)} |`,
    ),
    '',
  ];
  const short = r.lighthouse.filter((l) => !isReference(l.label)).flatMap((l) => l.shortfalls.map((s) => ({ page: l.label, ...s })));
  if (short.length === 0) lines.push('Every audit passed on every page.\n');
  else {
    lines.push('Audits that fall short (Lighthouse\'s words; our explanation is under "Why" below):\n');
    for (const s of short) {
      lines.push(`- **${s.page}**, ${s.category}: \`${s.id}\` — ${s.title}${s.displayValue ? ` (${s.displayValue})` : ''}, score ${fmt(s.score, 2)}${s.weight === 0 ? ' (not counted in the score)' : ''}. ${s.description}`);
    }
    lines.push('');
  }
  const warnings = [...new Set(r.lighthouse.flatMap((l) => l.runWarnings))];
  if (warnings.length) lines.push(`Lighthouse warned: ${warnings.join(' ')}\n`);
  return lines.join('\n');
}

function publishSection(r: BenchResults): string {
  const p = r.publish;
  if (!p || (!p.direct && !p.proxy)) return `_Not measured: ${p?.pending ?? 'skipped'}._\n`;
  const row = (name: string, s: PublishResult['direct']) =>
    s ? `| ${name} | ${s.samples.length} | ${fmt(s.p50, 0)} | ${fmt(s.p95, 0)} | ${fmt(s.max, 0)} |` : `| ${name} | — | — | — | — |`;
  return [
    p.method,
    '',
    '| path | publishes | p50 ms | p95 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('direct (next start)', p.direct),
    row('through the shipped nginx', p.proxy),
    ...(p.action ? [row('the publish action itself, click to answer (diagnostic)', p.action)] : []),
    '',
  ].join('\n');
}

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const t = r.throughputOptions;
  const scenarioList = r.throughput
    ? [...new Map(r.throughput.map((c) => [c.scenario.id, c.scenario])).values()].map((s) => `  - (${s.id}) ${s.label}: \`${s.url.replace(/^https?:\/\/[^/]+/, '')}\`, wrk ${s.threads} thread(s)`)
    : [];
  // The load average at the end counts the bench's own servers and load generator: only the
  // load it found, and other processes' CPU at the start and during the run, say the machine was shared.
  const others = [...new Set([...m.busy, ...r.busyDuring].map((p) => p.replace(/ \d+%$/, '')))];
  const noisy =
    m.load[0] > m.cores / 2 || others.length > 0
      ? `\n> **Not a quiet machine**: ${[
          m.load[0] > m.cores / 2 ? `load average ${m.load[0]} on ${m.cores} cores at the start` : '',
          others.length ? `other processes used CPU (${others.join(', ')})` : '',
        ]
          .filter(Boolean)
          .join('; ')}. ` +
        'They took CPU from the servers and from wrk, in bursts: ratios and latencies below are noisy and ' +
        'pessimistic. Re-run `npm run bench` on a machine doing nothing else before trusting them.\n'
      : '';
  return `${START}
<!-- Written by \`npm run bench\` (scripts/bench.ts): do not edit between these markers; the rest of the file is kept. -->

## Last run
${noisy}
- **Date**: ${r.date} · **command**: \`${r.command}\` · **took** ${fmt(r.seconds / 60, 1)} min
- **Machine**: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; load average ${m.load.join(' / ')} at start, ${r.loadAfter.join(' / ')} at the end (the bench's own load); ${
    m.busy.length ? `other busy processes at start: ${m.busy.join(', ')}` : 'no other busy process at start'
  }; ${r.busyDuring.length ? `other processes' average CPU during the run: ${r.busyDuring.join(', ')}` : 'no other process used CPU during the run'}
- **Versions**: ${Object.entries(r.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(' · ')}
- **Pages**: article \`${r.pages.article}\` (${kb(r.pageBytes.article)} HTML, ${kb(r.pageBytes.articleGzip)} gzipped), list \`${r.pages.list}\`, home \`${r.pages.home}\`
- **Load**: wrk, ${t.connections} connections, ${t.warmSeconds} s warm-up then ${t.seconds} s per measurement, ${t.rounds} alternating rounds, median of the rounds; against \`next start\` the server is left ${SETTLE_MS} ms to finish the warm-up's requests, then every connection is open before the load starts (each holds its first request ${FIRST_REQUEST_DELAY_MS} ms), so a run measures a fixed set of connections
${scenarioList.join('\n')}
${r.skipped.length ? `- **Skipped**: ${r.skipped.join('; ')}\n` : ''}
### Targets

| target | measured | |
| --- | --- | --- |
${targets(r)
  .map((row) => `| ${row.target} | ${row.measured} | ${mark(row.status)} |`)
  .join('\n')}

### Throughput of cached pages

${throughputTable(r)}
### Cache-miss renders

Every tag the page depends on is expired, then one GET renders it anew from the database
(never a cache hit: checked); (e) is the baseline app's data-less dynamic page rendering about the
same number of bytes per request; (e′) is the baseline's own cached page of that size, its tag
expired the same way: what a cache miss costs the framework itself, with no data and no code of ours.

${coldTable(r)}
### JavaScript a browser downloads

${jsTable(r)}
### Lighthouse (mobile, simulated throttling)

${lighthouseSection(r)}
### Publish → visible

${publishSection(r)}${END}`;
}

/** Replaces the bench's part of `file`, keeping everything written by hand around it. */
export function writeReport(file: string, r: BenchResults, preamble: string): void {
  const generated = renderReport(r);
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const start = old.indexOf(START);
  const end = old.indexOf(END);
  const next =
    start !== -1 && end > start ? `${old.slice(0, start)}${generated}${old.slice(end + END.length)}` : `${preamble}\n${generated}\n`;
  fs.writeFileSync(file, next);
}
