import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../test/database-server';
import { runCommand } from './proc';

const CLI = path.join(REPO_ROOT, 'node_modules/lighthouse/cli/index.js');
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Shortfall {
  category: Category;
  id: string;
  title: string;
  score: number;
  /** 0: listed by Lighthouse but not counted in the category's score. */
  weight: number;
  displayValue?: string;
  /** Lighthouse's own one-line explanation, without its "Learn more" link. */
  description: string;
}

export interface LighthouseResult {
  label: string;
  url: string;
  scores: Record<Category, number>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  shortfalls: Shortfall[];
  /** Lighthouse's warnings about the run itself (e.g. a slow machine). */
  runWarnings: string[];
}

export function lighthouseAvailable(): boolean {
  return fs.existsSync(CLI);
}

interface LhAudit {
  id: string;
  title: string;
  description: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
}

interface LhReport {
  lighthouseVersion: string;
  runWarnings: string[];
  categories: Record<Category, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LhAudit>;
}

/** Mobile (Lighthouse's default form factor and simulated throttling), the system Chromium. */
export async function runLighthouse(label: string, url: string, outDir: string, chromePath: string): Promise<LighthouseResult> {
  const out = path.join(outDir, `${label.replace(/\W+/g, '-')}.json`);
  const { code, output } = await runCommand(
    process.execPath,
    [
      CLI,
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-path=${chromePath}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { cwd: REPO_ROOT },
  );
  if (code !== 0 || !fs.existsSync(out)) throw new Error(`lighthouse failed on ${url} (exit ${code}): ${output.slice(-800)}`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as LhReport;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  const shortfalls: Shortfall[] = [];
  for (const category of CATEGORIES) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (['manual', 'notApplicable', 'informative'].includes(audit.scoreDisplayMode)) continue;
      // Metrics are listed once, with their values, under performance.
      shortfalls.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        displayValue: audit.displayValue,
        description: audit.description.replace(/\s*\[Learn[^\]]*\]\([^)]*\)\.?/g, '').trim(),
      });
    }
  }
  const num = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    label,
    url,
    scores,
    metrics: {
      fcp: num('first-contentful-paint'),
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      si: num('speed-index'),
    },
    shortfalls,
    runWarnings: report.runWarnings ?? [],
  };
}
