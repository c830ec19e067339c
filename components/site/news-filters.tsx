import type { NewsFilterOptions } from '@/db/queries/public-news';
import { Link } from '@/i18n/link';
import { newsFilterPath } from '@/lib/news-filter';

export interface NewsFiltersLabels {
  nav: string;
  all: string;
  topics: string;
  countries: string;
  years: string;
  year: (year: number) => string;
}


function FilterLink({ href, current, children }: { href: string; current: string; children: string }) {
  const here = href === current;
  return (
    <Link href={href} aria-current={here ? 'page' : undefined} className={here ? 'chip-current' : 'chip'}>
      {children}
    </Link>
  );
}

/**
 * Links that narrow the news list to a topic, a country or a year: each one an address of its
 * own (/news/topic/…, /news/country/…, /news/year/…) that is cached like any list page. Only
 * what has releases in the reader's language is offered.
 */
export function NewsFilters({ options, current, labels }: { options: NewsFilterOptions; current: string; labels: NewsFiltersLabels }) {
  const groups = [
    { key: 'topics', title: labels.topics, links: options.topics.map((o) => ({ href: newsFilterPath({ kind: 'topic', slug: o.slug }), text: o.name })) },
    { key: 'countries', title: labels.countries, links: options.countries.map((o) => ({ href: newsFilterPath({ kind: 'country', code: o.code }), text: o.name })) },
    { key: 'years', title: labels.years, links: options.years.map((o) => ({ href: newsFilterPath({ kind: 'year', year: o.year }), text: labels.year(o.year) })) },
  ].filter((g) => g.links.length > 0);
  // A closed disclosure on phones, so the news come first, also on a filtered list (its heading
  // names the filter; open, the chips pushed its first release below a 390 px screen); always
  // open beside the list on wide screens (globals.css, .news-filters).
  return (
    <nav aria-label={labels.nav} className="rounded-lg border border-line bg-surface p-4">
      <details className="news-filters group">
        <summary className="flex cursor-pointer items-center justify-between gap-2 font-semibold text-brand-800">
          {labels.nav}
          <span aria-hidden="true" className="chevron" />
        </summary>
        <p className="mt-4 lg:mt-0">
          <FilterLink href="/news" current={current}>
            {labels.all}
          </FilterLink>
        </p>
        {groups.map((g) => (
          <div key={g.key} className="mt-4">
            <h2 className="filter-heading">
              {g.title}
            </h2>
            <ul className="flex flex-wrap gap-2">
              {g.links.map((l) => (
                <li key={l.href}>
                  <FilterLink href={l.href} current={current}>
                    {l.text}
                  </FilterLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </details>
    </nav>
  );
}
