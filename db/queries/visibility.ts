import { and, eq, gt, lte, min, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { articleTranslations, pageTranslations } from '@/db/schema';
import type { Locale } from '@/lib/locales';

/**
 * Visibility is decided when content is read, in SQL, in every public query: a translation
 * is visible when it is published and its publish time has passed. A scheduled translation
 * therefore appears at its time even if no job ran.
 */
export function articleVisible(t = articleTranslations): SQL {
  return and(eq(t.status, 'published'), lte(t.publishAt, sql`now()`))!;
}

export function pageVisible(t = pageTranslations): SQL {
  return and(eq(t.status, 'published'), sql`coalesce(${t.publishAt}, '-infinity') <= now()`)!;
}

/** The next instant at which some article translation of `locale` (or of any locale) appears. */
export async function nextArticlePublish(filter: { locale?: Locale; articleId?: string }): Promise<Date | null> {
  const [row] = await db
    .select({ next: min(articleTranslations.publishAt) })
    .from(articleTranslations)
    .where(
      and(
        eq(articleTranslations.status, 'published'),
        gt(articleTranslations.publishAt, sql`now()`),
        filter.locale ? eq(articleTranslations.locale, filter.locale) : undefined,
        filter.articleId ? eq(articleTranslations.articleId, filter.articleId) : undefined,
      ),
    );
  return row?.next ?? null;
}

export async function nextPagePublish(locale: Locale): Promise<Date | null> {
  const [row] = await db
    .select({ next: min(pageTranslations.publishAt) })
    .from(pageTranslations)
    .where(
      and(
        eq(pageTranslations.status, 'published'),
        gt(pageTranslations.publishAt, sql`now()`),
        eq(pageTranslations.locale, locale),
      ),
    );
  return row?.next ?? null;
}
