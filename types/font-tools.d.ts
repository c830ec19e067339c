// subset-font ships no types; what lib/font-subsets.ts uses of it.
declare module 'subset-font' {
  type Axis = number | { min: number; max: number; default?: number };
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; preserveNameIds?: number[]; variationAxes?: Record<string, Axis> },
  ): Promise<Buffer>;
}

// fontverter ships no types either; the one function lib/font-subsets.test.ts uses.
declare module 'fontverter' {
  export function convert(font: Buffer, toFormat: 'sfnt' | 'woff' | 'woff2' | 'truetype', fromFormat?: string): Promise<Buffer>;
}
