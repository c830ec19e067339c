import { and, eq, like } from 'drizzle-orm';
import { articleSlugRedirects, articleTranslations, pageTranslations, topicTranslations } from '@/db/schema';
import type { Locale } from '@/lib/locales';
import { slugify, uniqueSlug } from '@/lib/slug';
import type { SeedTransaction } from './context';

type SlugTable = 'article' | 'page' | 'topic';

/** Slugs of one locale starting with `base`, in the table(s) where they must be unique. */
async function takenSlugs(tx: SeedTransaction, table: SlugTable, locale: Locale, base: string): Promise<Set<string>> {
  // Slugs hold only [a-z0-9-], so `base` carries no LIKE wildcard.
  const prefix = `${base}%`;
  const rows =
    table === 'article'
      ? [
          ...(await tx
            .select({ slug: articleTranslations.slug })
            .from(articleTranslations)
            .where(and(eq(articleTranslations.locale, locale), like(articleTranslations.slug, prefix)))),
          // An old slug keeps redirecting to its article: reusing it would steal that address.
          ...(await tx
            .select({ slug: articleSlugRedirects.slug })
            .from(articleSlugRedirects)
            .where(and(eq(articleSlugRedirects.locale, locale), like(articleSlugRedirects.slug, prefix)))),
        ]
      : table === 'page'
        ? await tx
            .select({ slug: pageTranslations.slug })
            .from(pageTranslations)
            .where(and(eq(pageTranslations.locale, locale), like(pageTranslations.slug, prefix)))
        : await tx
            .select({ slug: topicTranslations.slug })
            .from(topicTranslations)
            .where(and(eq(topicTranslations.locale, locale), like(topicTranslations.slug, prefix)));
  return new Set(rows.map((r) => r.slug));
}

/**
 * The slug seed content gets in `locale`: the one it asks for, or its title slugified, made
 * unique against what editors may already have created (then with a "-2" suffix), so an insert
 * never fails, nor silently skips, on a slug clash.
 */
export async function freeSlug(
  tx: SeedTransaction,
  table: SlugTable,
  locale: Locale,
  wanted: { slug?: string; title: string },
): Promise<string> {
  const base = wanted.slug ?? slugify(wanted.title, locale);
  if (!base) throw new Error(`No slug can be made from "${wanted.title}" (${locale}).`);
  const taken = await takenSlugs(tx, table, locale, base);
  return uniqueSlug(base, (s) => taken.has(s));
}
