import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLE_ICON_SIZE, FAVICON_SIZES, SHARE_IMAGE, icoFromPngs, readIco } from './icons';

const root = path.resolve(import.meta.dirname, '..');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's width and height, from its IHDR chunk (right after the signature). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('icoFromPngs', () => {
  it('writes a header, one entry per image, and the images where the entries say', () => {
    const a = Buffer.from('first image');
    const b = Buffer.from('second, longer image');
    const ico = icoFromPngs([{ size: 16, png: a }, { size: 256, png: b }]);
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 2, 0]);
    expect(ico.length).toBe(6 + 2 * 16 + a.length + b.length);
    expect(ico.readUInt8(6 + 16)).toBe(0); // 256 px is written 0
    expect(ico.readUInt16LE(6 + 6)).toBe(32);
    expect(readIco(ico)).toEqual([{ size: 16, png: a }, { size: 256, png: b }]);
  });

  it('refuses what an ICO entry cannot hold', () => {
    expect(() => icoFromPngs([{ size: 512, png: Buffer.from('x') }])).toThrow(/1 to 256/);
  });
});

// The committed files (`npm run icons` writes them): what a browser or a link preview gets.
describe('the icons in the repository', () => {
  it('/favicon.ico holds the emblem at 16, 32 and 48 px', () => {
    const images = readIco(fs.readFileSync(path.join(root, 'app/favicon.ico')));
    expect(images.map((i) => i.size)).toEqual([...FAVICON_SIZES]);
    for (const { size, png } of images) expect(pngSize(png)).toEqual({ width: size, height: size });
  });

  it('the iOS icon and the share picture have the sizes their tags announce', () => {
    expect(pngSize(fs.readFileSync(path.join(root, 'app/apple-icon.png')))).toEqual({ width: APPLE_ICON_SIZE, height: APPLE_ICON_SIZE });
    expect(pngSize(fs.readFileSync(path.join(root, 'public', SHARE_IMAGE.path)))).toEqual({ width: SHARE_IMAGE.width, height: SHARE_IMAGE.height });
  });
});
