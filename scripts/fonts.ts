/**
 * Writes the web fonts' subsets (lib/font-subsets.ts) to assets/fonts/: run it after
 * upgrading a @fontsource-variable package, then commit the files (lib/font-subsets.test.ts
 * fails while they differ from what this script makes).
 *
 *   npm run fonts
 */
import fs from 'node:fs';
import { buildSubset, FONT_SUBSETS, repoPath } from '../lib/font-subsets';

for (const font of Object.values(FONT_SUBSETS)) {
  const bytes = await buildSubset(font);
  fs.mkdirSync(repoPath('assets/fonts'), { recursive: true });
  fs.writeFileSync(repoPath(font.output), bytes);
  console.log(`${font.output}: ${fs.statSync(repoPath(font.source)).size} → ${bytes.length} bytes`);
}
