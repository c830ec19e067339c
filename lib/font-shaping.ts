import fs from 'node:fs';
import { convert } from 'fontverter';
import { Blob, Buffer as HbBuffer, Face, Font, shape, Variation } from 'harfbuzzjs';
import { repoPath } from './font-subsets';

/**
 * Reading fonts with HarfBuzz, for the font subsets' test and `npm run fonts -- --fallbacks`
 * (development only: harfbuzzjs and fontverter are devDependencies).
 */

/** Every string of one language's interface (messages/<locale>.json). */
function interfaceTexts(locale: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(fs.readFileSync(repoPath(`messages/${locale}.json`), 'utf8')));
  return out;
}

/** The Arabic strings of the interface (messages/ar.json) that hold Arabic letters. */
export function arabicInterfaceTexts(): string[] {
  return interfaceTexts('ar').filter((s) => /[\u0600-\u06ff]/.test(s));
}

/** What a script's width is measured on: its letters and spaces in the interface texts. */
const SAMPLES = {
  arabic: () => arabicInterfaceTexts().join(' ').replace(/[^\u0600-\u06ff\u0750-\u077f ]/g, ''),
  latin: () => ['fr', 'en', 'es'].flatMap(interfaceTexts).join(' ').replace(/[^A-Za-z\u00c0-\u00ff\u0152\u0153 ]/g, ''),
} as const;

export type Script = keyof typeof SAMPLES;

/** A font file (WOFF2, WOFF, TTF or OTF; relative to the repository, or absolute) as HarfBuzz reads it. */
export async function readFace(file: string): Promise<Face> {
  // One at a time: two conversions at once can garble each other.
  const sfnt = await convert(fs.readFileSync(file.startsWith('/') ? file : repoPath(file)), 'sfnt');
  return new Face(new Blob(new Uint8Array(sfnt)));
}

/** Each glyph of a shaped line: [character cluster, x advance, x offset, y offset], in font units. */
export function shapeLine(face: Face, text: string, weight?: number): number[][] {
  const font = new Font(face);
  if (weight !== undefined) font.setVariations([new Variation('wght', weight)]);
  const buffer = new HbBuffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  shape(font, buffer);
  return buffer.getGlyphInfosAndPositions().map((g) => [g.cluster, g.xAdvance ?? 0, g.xOffset ?? 0, g.yOffset ?? 0]);
}

/** How wide a font sets the interface's texts in one script, in ems (letters and spaces only). */
export function widthInEms(face: Face, script: Script, weight?: number): number {
  return shapeLine(face, SAMPLES[script](), weight).reduce((sum, g) => sum + g[1]!, 0) / face.upem;
}
