import { Link } from '@/i18n/link';

/** Page links with previous/next; chevrons mirror in right-to-left pages. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; pageOf: string; goTo: (n: number) => string; number: (n: number) => string };
}) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === pageCount || Math.abs(n - page) <= 2,
  );
  const arrow = (dir: 'prev' | 'next') => (
    <svg aria-hidden="true" viewBox="0 0 8 12" className={`size-3 ${dir === 'prev' ? '-scale-x-100 rtl:scale-x-100' : 'rtl:-scale-x-100'}`}>
      <path d="M1.5 1l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
  return (
    <nav aria-label={labels.nav} className="mt-10">
      <p className="mb-3 text-sm text-muted">{labels.pageOf}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className="page-cell">
              {arrow('prev')}
              {labels.previous}
            </Link>
          </li>
        )}
        {pages.map((n, i) => (
          <li key={n} className="flex items-center gap-2">
            {i > 0 && n - (pages[i - 1] ?? n) > 1 && <span aria-hidden="true">…</span>}
            {n === page ? (
              <span aria-current="page" className="page-cell-current">
                {labels.number(n)}
              </span>
            ) : (
              <Link href={hrefFor(n)} aria-label={labels.goTo(n)} className="page-cell">
                {labels.number(n)}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className="page-cell">
              {labels.next}
              {arrow('next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
