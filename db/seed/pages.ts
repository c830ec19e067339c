import { firstSentence } from '@/lib/import/legacy-release';
import { eq } from 'drizzle-orm';
import { pageRevisions, pages, pageTranslations, LOCALES } from '@/db/schema';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { slugify } from '@/lib/slug';
import { PROFILE_PUBLISHED_AT, type SeedContext } from './context';
import { PAGES } from './pages-content';
import { freeSlug } from './slugs';

async function pageIdByKey({ tx }: SeedContext, key: string): Promise<string> {
  const [row] = await tx.select({ id: pages.id }).from(pages).where(eq(pages.key, key));
  if (!row) throw new Error(`Page "${key}" is missing.`);
  return row.id;
}

/**
 * The profile page tree, published in the four locales, each translation with its version 1
 * revision. A page that exists (by key) is left as editors keep it, translations included; a
 * missing child is attached to its parent wherever editors moved it.
 */
export async function seedPages(ctx: SeedContext): Promise<void> {
  const { tx, summary } = ctx;
  // PAGES lists parents before their children.
  for (const page of PAGES) {
    const parentId = page.parentKey ? await pageIdByKey(ctx, page.parentKey) : null;
    const [created] = await tx
      .insert(pages)
      .values({ key: page.key, parentId, position: page.position })
      .onConflictDoNothing({ target: pages.key })
      .returning({ id: pages.id });
    if (!created) continue;
    summary.created.pages++;

    // Every other language is a translation of the French (LOCALES lists it first), up to date with it.
    let french: { id: string } | undefined;
    for (const locale of LOCALES) {
      const title = page.title[locale];
      const body = docFromParagraphs(page.body[locale]);
      // Arabic slugs are the English ones: a transliteration without vowels reads as nothing.
      const slug = await freeSlug(tx, 'page', locale, locale === 'ar' ? { slug: slugify(page.title.en, 'en'), title } : { title });
      const [translation] = await tx
        .insert(pageTranslations)
        .values({
          pageId: created.id,
          locale,
          slug,
          title,
          // The first sentence introduces the page in navigation tiles and search results.
          summary: firstSentence(page.body[locale][0] ?? ''),
          body,
          bodyText: toPlainText(body),
          status: 'published',
          publishAt: PROFILE_PUBLISHED_AT,
          // Unchanged since it came out (see ./articles.ts).
          createdAt: PROFILE_PUBLISHED_AT,
          updatedAt: PROFILE_PUBLISHED_AT,
          ...(french ? { sourceLocale: 'fr' as const, sourceRevisionId: french.id } : {}),
        })
        .returning({ id: pageTranslations.id });
      if (!translation) throw new Error(`Page translation ${page.key}/${locale} was not created.`);
      const [revision] = await tx
        .insert(pageRevisions)
        .values({
          translationId: translation.id,
          version: 1,
          slug,
          title,
          summary: firstSentence(page.body[locale][0] ?? ''),
          body,
          sourceRevisionId: french?.id ?? null,
          createdAt: PROFILE_PUBLISHED_AT,
        })
        .returning({ id: pageRevisions.id });
      if (locale === 'fr') french = revision;
      summary.created.pageTranslations++;
    }
  }
}
