import fs from 'node:fs';
import path from 'node:path';

/**
 * The two web fonts, cut down at development time to what the site uses (scripts/fonts.ts
 * writes them to assets/fonts/, lib/fonts.ts serves them through next/font/local):
 * - the weights 400 to 800 of the variable weight axis (regular, semibold, bold, and the
 *   extra-bold figures of the home page and the 404), not 100 to 900;
 * - for Arabic, the Arabic and Arabic Supplement blocks: the letters, marks, digits and
 *   punctuation of Arabic text, and every contextual form and ligature the font's shaping
 *   rules reach from them. Left out: the legacy presentation-form code points (U+FB50–FEFF)
 *   and the extended blocks for other languages written in Arabic script; such a character
 *   is still shown, in the next font of the stack.
 * Arabic pages: 166 kB of font → 55 kB; every page: the Latin font 36 → 26 kB (gzip does not
 * apply, WOFF2 is compressed already). lib/font-subsets.test.ts checks that no character of
 * the interface or the demo content that the full fonts covered is lost.
 */
export interface FontSubset {
  /** The full font, from its npm package (fontsource, OFL). */
  source: string;
  /** Where the subset is kept, committed. */
  output: string;
  /** Characters to keep (the shaping rules pull in what they need). */
  text: string;
  weight: { min: number; max: number };
}

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/** The weights the stylesheet uses: font-normal 400 through font-extrabold 800. */
const WEIGHT = { min: 400, max: 800 } as const;

export const FONT_SUBSETS = {
  latin: {
    source: 'node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2',
    output: 'assets/fonts/noto-sans-latin-400-800.woff2',
    // fontsource's own "latin" range: the whole file, only the weight axis is narrowed.
    text:
      range(0x20, 0x7e) +
      range(0xa0, 0xff) +
      '\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u0304\u0308\u0329' +
      range(0x2000, 0x206f) +
      '\u20ac\u2122\u2191\u2193\u2212\u2215\ufeff\ufffd',
    weight: WEIGHT,
  },
  arabic: {
    source: 'node_modules/@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2',
    output: 'assets/fonts/noto-sans-arabic-400-800.woff2',
    // Arabic, Arabic Supplement; zero-width (non-)joiner and the direction marks; spaces.
    text: range(0x600, 0x6ff) + range(0x750, 0x77f) + range(0x200c, 0x200f) + ' \u00a0',
    weight: WEIGHT,
  },
} as const satisfies Record<string, FontSubset>;

export const repoPath = (relative: string) => path.join(REPO_ROOT, relative);

/** The subset of one font, as WOFF2 bytes (HarfBuzz's hb-subset, through subset-font). */
export async function buildSubset(font: FontSubset): Promise<Buffer> {
  const { default: subsetFont } = await import('subset-font');
  const source = fs.readFileSync(repoPath(font.source));
  return subsetFont(source, font.text, {
    targetFormat: 'woff2',
    variationAxes: { wght: { min: font.weight.min, max: font.weight.max, default: font.weight.min } },
  });
}
