import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MEDIA_FILE, MEDIA_MAX_EDGE } from './limits';
import { mediaPath, processImage } from './process';

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } });

describe('processImage', () => {
  it('drops the EXIF block (GPS position, camera) and applies the camera orientation', async () => {
    // 40×20 stored, orientation 6: the camera was turned, readers must see it 20×40.
    const input = await solid(40, 20)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: 'Camera Maker', Model: 'Model 7' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '34/1 54/1 0/1' } })
      .toBuffer();
    expect(await sharp(input).metadata()).toMatchObject({ orientation: 6, exif: expect.any(Buffer) });
    expect(input.includes(Buffer.from('Camera Maker'))).toBe(true);
    const out = await processImage(input);
    if (!out.ok) throw new Error(out.error);
    expect(out.image).toMatchObject({ width: 20, height: 40, mimeType: 'image/jpeg', ext: 'jpg' });
    const meta = await sharp(out.image.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(out.image.bytes.includes(Buffer.from('Camera Maker'))).toBe(false);
  });

  it('brings the longest side down to the limit and keeps the proportions', async () => {
    const out = await processImage(await solid(4800, 1200).png().toBuffer());
    if (!out.ok) throw new Error(out.error);
    expect(out.image).toMatchObject({ width: MEDIA_MAX_EDGE, height: 600, mimeType: 'image/png', ext: 'png' });
  });

  it('never enlarges a small image, and reads the format from the bytes', async () => {
    const out = await processImage(await solid(300, 200).webp().toBuffer());
    if (!out.ok) throw new Error(out.error);
    expect(out.image).toMatchObject({ width: 300, height: 200, mimeType: 'image/webp' });
  });

  it('refuses what is not an image, and formats readers cannot all see or that can carry script', async () => {
    expect(await processImage(Buffer.from('%PDF-1.7 not a photo'))).toEqual({ ok: false, error: 'media.notImage' });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect(await processImage(svg)).toEqual({ ok: false, error: 'media.unsupportedFormat' });
    expect(await processImage(await solid(10, 10).tiff().toBuffer())).toEqual({ ok: false, error: 'media.unsupportedFormat' });
    // A truncated JPEG: the header says image, the data does not follow.
    const jpeg = await solid(200, 200).jpeg().toBuffer();
    expect(await processImage(jpeg.subarray(0, 200))).toEqual({ ok: false, error: 'media.notImage' });
  });

  it('names the file after its bytes', async () => {
    const out = await processImage(await solid(30, 30).jpeg().toBuffer());
    if (!out.ok) throw new Error(out.error);
    const file = mediaPath(out.image).slice('/media/'.length);
    expect(file).toMatch(MEDIA_FILE);
    expect(file.startsWith(out.image.sha256.slice(0, 32))).toBe(true);
    expect(MEDIA_FILE.test('../../etc/passwd.jpg')).toBe(false);
  });
});
