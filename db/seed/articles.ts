import {
  articleCountries,
  articleRevisions,
  articles,
  articleTopics,
  articleTranslations,
  type ArticleType,
  type Locale,
} from '@/db/schema';
import { toPlainText } from '@/lib/rich-text/plain-text';
import type { RichTextDoc } from '@/lib/rich-text/types';
import type { SeedContext } from './context';
import { freeSlug } from './slugs';

export interface ArticleTranslationContent {
  locale: Locale;
  title: string;
  lede: string;
  body: RichTextDoc;
  dateline: string;
  /** Defaults to the title slugified. */
  slug?: string;
  status: 'published' | 'draft';
  /** For a published translation: when it became visible (also its first publication). */
  publishAt: Date | null;
}

export interface ArticleContent {
  /** Stable identity (articles.key), so a second run finds the article instead of copying it. */
  key: string;
  type: ArticleType;
  isSample: boolean;
  contactOfficeId: string | null;
  topicIds: string[];
  countryCodes: string[];
  /** The source translation first: the others record it (and its revision) as their source. */
  translations: [ArticleTranslationContent, ...ArticleTranslationContent[]];
}

/**
 * Creates an article with its translations, each with its version 1 revision, unless an article
 * with the same key exists: then nothing is touched, whatever editors did to it. Returns the new
 * article's id, or null when it existed.
 */
export async function insertArticleIfMissing(ctx: SeedContext, content: ArticleContent): Promise<string | null> {
  const { tx, summary } = ctx;
  const [article] = await tx
    .insert(articles)
    .values({ key: content.key, type: content.type, isSample: content.isSample, contactOfficeId: content.contactOfficeId })
    .onConflictDoNothing({ target: articles.key })
    .returning({ id: articles.id });
  if (!article) return null;
  summary.created.articles++;

  if (content.topicIds.length > 0) {
    await tx.insert(articleTopics).values(content.topicIds.map((topicId) => ({ articleId: article.id, topicId })));
  }
  if (content.countryCodes.length > 0) {
    await tx
      .insert(articleCountries)
      .values(content.countryCodes.map((countryCode) => ({ articleId: article.id, countryCode })));
  }

  const [source, ...others] = content.translations;
  const sourceRevisionId = await insertTranslation(ctx, article.id, source, null);
  for (const translation of others) {
    await insertTranslation(ctx, article.id, translation, { locale: source.locale, revisionId: sourceRevisionId });
  }
  return article.id;
}

async function insertTranslation(
  { tx, summary }: SeedContext,
  articleId: string,
  t: ArticleTranslationContent,
  from: { locale: Locale; revisionId: string } | null,
): Promise<string> {
  const slug = await freeSlug(tx, 'article', t.locale, { title: t.title, ...(t.slug ? { slug: t.slug } : {}) });
  const published = t.status === 'published';
  const [row] = await tx
    .insert(articleTranslations)
    .values({
      articleId,
      locale: t.locale,
      slug,
      title: t.title,
      lede: t.lede,
      body: t.body,
      bodyText: toPlainText(t.body),
      dateline: t.dateline,
      status: t.status,
      publishAt: published ? t.publishAt : null,
      firstPublishedAt: published ? t.publishAt : null,
      // Written when it came out, as far as anyone knows: an imported release did not change the
      // day it was imported (the sitemap's lastmod, the feeds' <updated>, its history say so).
      ...(published && t.publishAt ? { createdAt: t.publishAt, updatedAt: t.publishAt } : {}),
      version: 1,
      sourceLocale: from?.locale ?? null,
      sourceRevisionId: from?.revisionId ?? null,
    })
    .returning({ id: articleTranslations.id });
  if (!row) throw new Error(`Translation ${t.locale} of "${t.title}" was not created.`);
  const [revision] = await tx
    .insert(articleRevisions)
    .values({
      translationId: row.id,
      version: 1,
      slug,
      title: t.title,
      lede: t.lede,
      body: t.body,
      dateline: t.dateline,
      ...(published && t.publishAt ? { createdAt: t.publishAt } : {}),
    })
    .returning({ id: articleRevisions.id });
  if (!revision) throw new Error(`Revision of ${t.locale} "${t.title}" was not created.`);
  summary.created.articleTranslations++;
  return revision.id;
}
