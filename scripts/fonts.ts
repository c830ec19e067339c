/**
 * The web fonts, cut down (lib/font-subsets.ts):
 *
 *   npm run fonts
 *     writes the subsets to assets/fonts/: run it after upgrading a @fontsource-variable
 *     package, then commit the files (lib/font-subsets.test.ts fails while they differ).
 *
 *   npm run fonts -- --fallbacks arabic|latin REGULAR.ttf BOLD.ttf
 *     the "Arabic Fallback …" or "Latin Fallback …" @font-face descriptors of app/globals.css
 *     for a system font: size-adjust so that it sets the interface's texts in that script as
 *     wide as the web font does (regular against weight 400, bold against 700), and the web
 *     font's line metrics divided by it.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { readFace, widthInEms, type Script } from '../lib/font-shaping';
import { buildSubset, FONT_SUBSETS, repoPath } from '../lib/font-subsets';

const { values, positionals } = parseArgs({ options: { fallbacks: { type: 'boolean' } }, allowPositionals: true });

if (values.fallbacks) {
  const [script, ...files] = positionals as [Script, ...string[]];
  if (!(script in FONT_SUBSETS)) throw new Error(`--fallbacks takes ${Object.keys(FONT_SUBSETS).join(' or ')}, then font files`);
  const output = FONT_SUBSETS[script].output;
  const web = await readFace(output);
  // The web font's line metrics (hhea, per 1,000 em), which the fallback takes on.
  const table = web.referenceTable('hhea')!;
  const hhea = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const [ascent, descent] = [hhea.getInt16(4), -hhea.getInt16(6)].map((v) => (1000 * v) / web.upem) as [number, number];
  const pct = (n: number) => `${(Math.round(n * 10) / 10).toFixed(1)}%`;
  for (const [i, file] of files.entries()) {
    const weight = i === 0 ? 400 : 700;
    const adjust = Math.round((1000 * widthInEms(web, script, weight)) / widthInEms(await readFace(file), script)) / 10; // as written in the stylesheet
    console.log(`${file} (against ${weight}): size-adjust: ${pct(adjust)}; ascent-override: ${pct((ascent * 10) / adjust)}; descent-override: ${pct((descent * 10) / adjust)};`);
  }
} else {
  for (const font of Object.values(FONT_SUBSETS)) {
    const bytes = await buildSubset(font);
    fs.mkdirSync(repoPath('assets/fonts'), { recursive: true });
    fs.writeFileSync(repoPath(font.output), bytes);
    console.log(`${font.output}: ${fs.statSync(repoPath(font.source)).size} → ${bytes.length} bytes`);
  }
}
