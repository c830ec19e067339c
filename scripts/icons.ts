/**
 * The site's bitmap icons, drawn from app/icon.svg (lib/icons.ts says which and why):
 *
 *   npm run icons
 *     writes app/favicon.ico, app/apple-icon.png and public/og.png with sharp (which Next itself
 *     installs to optimize images): run it after changing the emblem, then commit the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { APPLE_ICON_SIZE, BRAND_BLUE, FAVICON_SIZES, ICON_SOURCE, SHARE_IMAGE, icoFromPngs } from '../lib/icons';

const root = path.resolve(import.meta.dirname, '..');
const svg = fs.readFileSync(path.join(root, ICON_SOURCE));

/** The emblem alone, `size` px square, transparent around its disc (rasterized large enough to stay sharp). */
const emblem = (size: number) => sharp(svg, { density: 72 * Math.ceil(size / 40) * 2 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

/** The emblem, `size` px, in the middle of an opaque blue `width` × `height` picture. */
const onBrand = async (width: number, height: number, size: number) =>
  sharp({ create: { width, height, channels: 4, background: BRAND_BLUE } })
    .composite([{ input: await emblem(size), gravity: 'centre' }])
    .flatten({ background: BRAND_BLUE })
    .png({ compressionLevel: 9 })
    .toBuffer();

const files: [string, Buffer][] = [
  ['app/favicon.ico', icoFromPngs(await Promise.all(FAVICON_SIZES.map(async (size) => ({ size, png: await emblem(size) }))))],
  ['app/apple-icon.png', await onBrand(APPLE_ICON_SIZE, APPLE_ICON_SIZE, 148)],
  [`public${SHARE_IMAGE.path}`, await onBrand(SHARE_IMAGE.width, SHARE_IMAGE.height, 360)],
];
for (const [output, bytes] of files) {
  fs.mkdirSync(path.dirname(path.join(root, output)), { recursive: true });
  fs.writeFileSync(path.join(root, output), bytes);
  console.log(`${output}: ${bytes.length} bytes`);
}
