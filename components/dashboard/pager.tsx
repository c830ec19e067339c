import Link from 'next/link';
import { buttonClass } from '@/components/ui/button-class';

/** Previous / "Page 2 of 5" / next under a paged list; the arrows turn with the writing direction. */
export function Pager({
  page,
  pageCount,
  hrefOf,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
  labels: { nav: string; previous: string; next: string; pageOf: string };
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-4 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} rel="prev" className={buttonClass('secondary')}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{labels.pageOf}</span>
      {page < pageCount ? (
        <Link href={hrefOf(page + 1)} rel="next" className={buttonClass('secondary')}>
          {labels.next}{' '}
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            →
          </span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
