/**
 * The web fonts, cut down (lib/font-subsets.ts):
 *
 *   npm run fonts
 *     writes the subsets to assets/fonts/: run it after upgrading a @fontsource-variable
 *     package, then commit the files (lib/font-subsets.test.ts fails while they differ).
 *
 *   npm run fonts -- --fallbacks REGULAR.ttf BOLD.ttf
 *     the "Arabic Fallback" @font-face descriptors of app/globals.css for a system font:
 *     size-adjust so that it sets the Arabic interface as wide as the web font (regular
 *     against weight 400, bold against 700), and the web font's line metrics divided by it.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { arabicWidthInEms, readFace } from '../lib/font-shaping';
import { buildSubset, FONT_SUBSETS, repoPath } from '../lib/font-subsets';

const { values, positionals } = parseArgs({ options: { fallbacks: { type: 'boolean' } }, allowPositionals: true });

if (values.fallbacks) {
  const web = await readFace(FONT_SUBSETS.arabic.output);
  const os2 = { ascent: 1374, descent: 738 }; // Noto Sans Arabic, per 1,000 (its hhea and typo metrics)
  const pct = (n: number) => `${(Math.round(n * 10) / 10).toFixed(1)}%`;
  for (const [i, file] of positionals.entries()) {
    const weight = i === 0 ? 400 : 700;
    const target = arabicWidthInEms(web, weight);
    const width = arabicWidthInEms(await readFace(file), undefined);
    const adjust = Math.round((1000 * target) / width) / 10; // as written in the stylesheet
    console.log(`${file} (against ${weight}): size-adjust: ${pct(adjust)}; ascent-override: ${pct((os2.ascent / 10) * (100 / adjust))}; descent-override: ${pct((os2.descent / 10) * (100 / adjust))};`);
  }
} else {
  for (const font of Object.values(FONT_SUBSETS)) {
    const bytes = await buildSubset(font);
    fs.mkdirSync(repoPath('assets/fonts'), { recursive: true });
    fs.writeFileSync(repoPath(font.output), bytes);
    console.log(`${font.output}: ${fs.statSync(repoPath(font.source)).size} → ${bytes.length} bytes`);
  }
}
