import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arabicInterfaceTexts, readFace, shapeLine } from './font-shaping';
import { buildSubset, FONT_SUBSETS, repoPath, type FontSubset } from './font-subsets';

/** Every text the site shows in its own words: the interface in four languages and the demo content. */
function siteTexts(): string {
  const files = [
    ...['fr', 'en', 'es', 'ar'].map((l) => `messages/${l}.json`),
    ...fs.readdirSync(repoPath('db/seed')).filter((f) => f.endsWith('.ts')).map((f) => `db/seed/${f}`),
    ...fs.readdirSync(repoPath('db/seed/fixtures')).map((f) => `db/seed/fixtures/${f}`),
  ];
  return files.map((f) => fs.readFileSync(repoPath(f), 'utf8')).join('\n');
}

/**
 * The same glyphs in the same places, whatever their numbers in each file. Narrowing the
 * weight axis re-expresses its interpolation, which may move a mark by a unit of the 1,000 an
 * em holds (0.02 px at 20 px): allowed, no more.
 */
function sameLayout(subset: number[][], full: number[][]): boolean {
  return subset.length === full.length && subset.every((g, i) => g[0] === full[i]![0] && g.every((v, k) => Math.abs(v - full[i]![k]!) <= 1));
}

describe.each(Object.entries(FONT_SUBSETS) as [string, FontSubset][])('the %s web font', (_name, font) => {
  it('is exactly what `npm run fonts` makes from the package (run it after upgrading the font)', async () => {
    const committed = fs.readFileSync(repoPath(font.output));
    const made = await buildSubset(font);
    expect(made.equals(committed)).toBe(true);
    expect(committed.length).toBeLessThan(fs.statSync(repoPath(font.source)).size * 0.8);
  });

  it('keeps every character of the interface and the demo content that the full font has', async () => {
    const full = await readFace(font.source);
    const subset = await readFace(font.output);
    const kept = new Set(subset.collectUnicodes());
    const wanted = new Set(full.collectUnicodes());
    const used = [...new Set(siteTexts())].map((c) => c.codePointAt(0)!).filter((cp) => wanted.has(cp));
    expect(used.length).toBeGreaterThan(40);
    const lost = used.filter((cp) => !kept.has(cp)).map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
    expect(lost).toEqual([]);
  });

  it('spans the weights the stylesheet uses, 400 to 800', async () => {
    const wght = (await readFace(font.output)).getAxisInfos().wght;
    expect([wght?.min, wght?.max]).toEqual([400, 800]);
  });
});

describe('the Arabic subset', () => {
  it('shapes the Arabic interface exactly as the full font does, in every weight used', async () => {
    const { source, output } = FONT_SUBSETS.arabic;
    const full = await readFace(source);
    const subset = await readFace(output);
    // Joined letters, lam-alef ligatures, marks and Arabic punctuation included.
    const lines = arabicInterfaceTexts();
    expect(lines.length).toBeGreaterThan(100);
    for (const weight of [400, 600, 700, 800]) {
      for (const line of lines) expect(sameLayout(shapeLine(subset, line, weight), shapeLine(full, line, weight)), `${weight}: ${line}`).toBe(true);
    }
  });
});
