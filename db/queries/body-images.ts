import { inArray } from 'drizzle-orm';
import type { Executor } from '@/db';
import { media } from '@/db/schema';
import type { RichTextDoc } from '@/lib/rich-text/types';

/*
 * Library images inside the texts of releases and pages: a reference in the jsonb document, not
 * a foreign key, so saves and restores check and lock them here (deleteMedia in ./media counts them).
 */

/** The library's images (`/media/…`) a text shows, each once (images are top-level blocks). */
export function libraryImagesIn(body: RichTextDoc): string[] {
  const srcs = body.content.flatMap((b) => (b.type === 'image' && b.attrs.src.startsWith('/media/') ? [b.attrs.src] : []));
  return [...new Set(srcs)];
}

/**
 * For a text about to be stored: locks the library images it shows (FOR SHARE, until the
 * transaction ends) and names those no longer in the library. A deletion locks its image FOR
 * UPDATE, then counts the texts showing it: it either waits for this save and then sees the
 * text, or goes first and this save finds the image gone. No stored text shows a deleted image.
 */
export async function lockLibraryImages(tx: Executor, body: RichTextDoc): Promise<{ missing: string[] }> {
  const srcs = libraryImagesIn(body);
  if (srcs.length === 0) return { missing: [] };
  const found = await tx.select({ src: media.src }).from(media).where(inArray(media.src, srcs)).for('share');
  const have = new Set(found.map((m) => m.src));
  return { missing: srcs.filter((s) => !have.has(s)) };
}

/** The text without the image blocks at `srcs` (a restored version's images deleted since). */
export function withoutImages(body: RichTextDoc, srcs: readonly string[]): RichTextDoc {
  if (srcs.length === 0) return body;
  const gone = new Set(srcs);
  return { ...body, content: body.content.filter((b) => !(b.type === 'image' && gone.has(b.attrs.src))) };
}
