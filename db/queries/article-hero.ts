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
  /** The photographer or source, shown under the image (the same in every language); null: none. */
  credit: string | null;
}

/** An article's main image with its alternative text in `locale`. */
export async function getArticleHero(mediaId: string | null, locale: Locale, tx: Executor = db): Promise<ArticleHero | null> {
  if (!mediaId) return null;
  const [row] = await tx
    .select({ src: media.src, width: media.width, height: media.height, alt: mediaTranslations.alt, credit: media.credit })
    .from(media)
    .leftJoin(mediaTranslations, and(eq(mediaTranslations.mediaId, media.id), eq(mediaTranslations.locale, locale)))
    .where(eq(media.id, mediaId));
  return row ? { src: row.src, width: row.width, height: row.height, alt: row.alt ?? '', credit: row.credit } : null;
}
