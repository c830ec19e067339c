import type { ArticleSummary } from '@/db/queries/public-articles';
import { Link } from '@/i18n/link';

/** A release in a list: kicker (type, date, dateline), title as the link, lede. */
export function ArticleCard({
  article,
  typeLabel,
  date,
  headingLevel = 3,
  sampleLabel,
}: {
  article: ArticleSummary;
  typeLabel: string;
  date: string;
  headingLevel?: 2 | 3;
  sampleLabel: string;
}) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  return (
    <article className="card">
      <p className="mb-2 text-sm text-muted">
        {article.isSample && <span className="me-2 rounded bg-accent-100 px-2 py-0.5 text-xs font-semibold text-accent-700">{sampleLabel}</span>}
        <span className="font-semibold text-brand-800 uppercase">{typeLabel}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={article.publishedAt}>{date}</time>
        {article.dateline && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{article.dateline}</span>
          </>
        )}
      </p>
      <Heading className="mb-2 text-xl">
        <Link href={`/news/${article.slug}`} className="text-ink hover:text-brand-800 hover:underline">
          {article.title}
        </Link>
      </Heading>
      {article.lede && <p className="text-muted">{article.lede}</p>}
    </article>
  );
}
