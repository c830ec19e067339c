import type { ArticleSummary } from '@/db/queries/public-articles';
import { ContentText } from '@/components/site/content-text';
import { Link } from '@/i18n/link';
import type { Locale } from '@/lib/locales';
import { typeset } from '@/lib/typography';

/** A release in a list: kicker (type, date, dateline), title as the link, lede; in the typography of `locale`, the list's language. */
export function ArticleCard({
  article,
  locale,
  typeLabel,
  date,
  headingLevel = 3,
  sampleLabel,
}: {
  article: ArticleSummary;
  locale: Locale;
  typeLabel: string;
  date: string;
  headingLevel?: 2 | 3;
  sampleLabel: string;
}) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  return (
    <article className="card">
      <p className="card-meta">
        {/* A space after the badge, not only a margin: Arabic letters join across touching elements. */}
        {article.isSample && <><span className="sample-badge me-1">{sampleLabel}</span> </>}
        <span className="card-type">{typeLabel}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={article.publishedAt}>{date}</time>
        {article.dateline && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{typeset(article.dateline, locale)}</span>
          </>
        )}
      </p>
      <Heading className="card-title">
        <Link href={`/news/${article.slug}`} className="card-link">
          {typeset(article.title, locale)}
        </Link>
      </Heading>
      {article.lede && (
        <p className="text-muted">
          <ContentText text={article.lede} locale={locale} />
        </p>
      )}
    </article>
  );
}
