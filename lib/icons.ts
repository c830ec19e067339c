/**
 * The site's icons besides app/icon.svg, drawn from it by `npm run icons` (scripts/icons.ts)
 * and committed: what asks for a bitmap gets one instead of a 404.
 *   - app/favicon.ico: what browsers, feed readers and bookmarking tools fetch at /favicon.ico
 *     whatever the page says (16, 32 and 48 px);
 *   - app/apple-icon.png: the home-screen and bookmark icon of iOS, which takes no SVG (180 px,
 *     opaque: iOS rounds the corners itself);
 *   - public/og.png: the picture of a shared link to a page without an image of its own
 *     (lib/seo.ts openGraphFor), 1200 × 630 as Open Graph previews are drawn.
 */
export const ICON_SOURCE = 'app/icon.svg';
export const FAVICON_SIZES = [16, 32, 48] as const;
export const APPLE_ICON_SIZE = 180;
export const SHARE_IMAGE = { path: '/og.png', width: 1200, height: 630 } as const;
/** The header band's blue (--color-brand-800 in app/globals.css), behind the emblem where it needs a ground. */
export const BRAND_BLUE = '#0b3d7a';

/**
 * An ICO file holding PNG images, one per size, as every browser since Internet Explorer 9
 * reads it: the 6-byte header, a 16-byte entry per image (its size, 32 bits per pixel, its
 * length and where it starts), then the images.
 */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    if (size < 1 || size > 256) throw new Error(`an ICO image is 1 to 256 px wide, not ${size}`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size === 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size === 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** The images an ICO file holds (its entries' sizes and bytes), to check one. */
export function readIco(ico: Buffer): { size: number; png: Buffer }[] {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    const length = ico.readUInt32LE(at + 8);
    const start = ico.readUInt32LE(at + 12);
    return { size: ico.readUInt8(at) || 256, png: ico.subarray(start, start + length) };
  });
}
