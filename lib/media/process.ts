import 'server-only';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { MEDIA_FORMATS, MEDIA_MAX_EDGE } from './limits';

/** Past this many pixels a file is refused before it is decoded (a 100-megapixel photo is fine). */
const MAX_INPUT_PIXELS = 120_000_000;

type Format = keyof typeof MEDIA_FORMATS;

export interface ProcessedImage {
  bytes: Buffer;
  width: number;
  height: number;
  mimeType: string;
  ext: string;
  sha256: string;
}

/** Message keys (Validation catalog) of an upload refused for what its bytes are. */
export type ImageRefusal = 'media.notImage' | 'media.unsupportedFormat' | 'media.tooManyPixels';

/**
 * An uploaded photo made fit to publish: the format is read from the bytes (not the name or
 * the browser's claim), the camera's orientation applied, every metadata block dropped (EXIF
 * GPS position, camera serial, editing history: a photo must not say where its author stood),
 * colours converted to sRGB, and the longest side brought down to MEDIA_MAX_EDGE. The result
 * is re-encoded in its own format; its SHA-256 names it.
 */
export async function processImage(input: Buffer): Promise<{ ok: true; image: ProcessedImage } | { ok: false; error: ImageRefusal }> {
  let format: string | undefined;
  try {
    ({ format } = await sharp(input, { limitInputPixels: false }).metadata());
  } catch {
    return { ok: false, error: 'media.notImage' };
  }
  if (!format || !(format in MEDIA_FORMATS)) return { ok: false, error: format ? 'media.unsupportedFormat' : 'media.notImage' };
  const target = MEDIA_FORMATS[format as Format];
  try {
    const pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: MEDIA_MAX_EDGE, height: MEDIA_MAX_EDGE, fit: 'inside', withoutEnlargement: true });
    const encoded =
      format === 'jpeg'
        ? pipeline.jpeg({ quality: 82, mozjpeg: true })
        : format === 'png'
          ? pipeline.png({ compressionLevel: 9 })
          : format === 'webp'
            ? pipeline.webp({ quality: 82 })
            : pipeline.avif({ quality: 60 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return {
      ok: true,
      image: {
        bytes: data,
        width: info.width,
        height: info.height,
        mimeType: target.mimeType,
        ext: target.ext,
        sha256: createHash('sha256').update(data).digest('hex'),
      },
    };
  } catch (e) {
    if (e instanceof Error && /pixel limit/i.test(e.message)) return { ok: false, error: 'media.tooManyPixels' };
    return { ok: false, error: 'media.notImage' };
  }
}

/** The address readers load an uploaded image at: new bytes, new address, so it is cached for good. */
export function mediaPath(image: Pick<ProcessedImage, 'sha256' | 'ext'>): string {
  return `/media/${image.sha256.slice(0, 32)}.${image.ext}`;
}

