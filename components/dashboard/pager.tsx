import Link from 'next/link';
import { redirect } from 'next/navigation';
import { buttonClass } from '@/components/ui/button-class';

/**
 * A page past the last (an old link, a list that shrank since, `?page=999`) goes to the list's
 * last page, at its own address, rather than showing "7 articles" over an empty table.
 */
export function redirectPastLastPage(page: number, pageCount: number, hrefOf: (page: number) => string): void {
  if (page > pageCount) redirect(hrefOf(pageCount));
}

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
