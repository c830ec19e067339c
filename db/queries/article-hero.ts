import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { db } from '@/db';
import { media, mediaTranslations } from '@/db/schema';
import type { Locale } from '@/lib/locales';

export interface ArticleHero {
  src: string;
  width: number;
  height: number;
  /** In the reader's locale; empty when none was written for it (the image is then decorative). */
  alt: string;
}

/** An article's main image with its alternative text in `locale`. */
export async function getArticleHero(mediaId: string | null, locale: Locale, tx: Executor = db): Promise<ArticleHero | null> {
  if (!mediaId) return null;
  const [row] = await tx
    .select({ src: media.src, width: media.width, height: media.height, alt: mediaTranslations.alt })
    .from(media)
    .leftJoin(mediaTranslations, and(eq(mediaTranslations.mediaId, media.id), eq(mediaTranslations.locale, locale)))
    .where(eq(media.id, mediaId));
  return row ? { src: row.src, width: row.width, height: row.height, alt: row.alt ?? '' } : null;
}

const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  svg: 'image/svg+xml',
};

/** The media row for a same-origin path, created (with its size) when it is new. */
export async function findOrCreateMedia(tx: Executor, src: string, width: number, height: number): Promise<string> {
  const [found] = await tx.select({ id: media.id }).from(media).where(eq(media.src, src)).limit(1);
  if (found) return found.id;
  const ext = src.split('.').pop()!.toLowerCase();
  const [row] = await tx.insert(media).values({ src, width, height, mimeType: MIME[ext] ?? 'application/octet-stream' }).returning({ id: media.id });
  return row!.id;
}
