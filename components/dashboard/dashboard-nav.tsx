'use client';

import { useEffect, useRef } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface DashboardNavItem {
  href: string;
  label: string;
  /** What waits in this area for the person (its number shown, its sentence read out), when anything does. */
  count?: { n: string; label: string };
}

/**
 * The left navigation: only the areas the signed-in role may use; the current one marked. On a
 * phone, one row under the header that scrolls sideways, brought round to the current area.
 */
export function DashboardNav({ label, items }: { label: string; items: DashboardNavItem[] }) {
  const pathname = usePathname();
  const list = useRef<HTMLUListElement>(null);
  // The current area, on arrival, and the link that has the focus, by Tab: in full sight.
  useEffect(() => reveal(list.current, list.current?.querySelector('[aria-current="page"]')), [pathname]);
  return (
    <nav aria-label={label}>
      {/* The padding keeps a focused link's outline inside the row, which clips what overflows. */}
      <ul ref={list} onFocus={(e) => reveal(list.current, e.target)} className="flex gap-1 overflow-x-auto p-1.5 md:block md:space-y-1 md:overflow-visible md:p-0">
        {items.map((item, index) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          const countId = item.count && `dashboard-nav-count-${index}`;
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                // The link keeps its name ("Articles"); what waits is its description.
                aria-describedby={countId}
                className={`block rounded-md px-3 py-1 whitespace-nowrap md:py-2 ${
                  current ? 'bg-brand-800 font-semibold text-white' : 'text-ink hover:bg-brand-50 hover:text-brand-800'
                }`}
              >
                {item.label}
                {item.count && (
                  <span aria-hidden="true" className={`ms-2 inline-block min-w-6 rounded-full px-1.5 text-center text-sm font-semibold ${current ? 'bg-white text-brand-800' : 'bg-accent-700 text-white'}`}>
                    {item.count.n}
                  </span>
                )}
              </Link>
              {item.count && (
                <span id={countId} hidden>
                  {item.count.label}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * Scrolls the row sideways, and only the row (the page keeps its own scroll position), so that
 * `link` is wholly in it. Nothing to do from 768 px, where the row is a column.
 */
function reveal(row: HTMLElement | null, link: Element | null | undefined) {
  if (!row || !link || row.scrollWidth <= row.clientWidth) return;
  const box = link.getBoundingClientRect();
  const frame = row.getBoundingClientRect();
  // Clear of the row's padding, where the focus outline would be cut, and 16 px more: a little
  // of the next link, so the row shows it goes on.
  if (box.left < frame.left + 6) row.scrollLeft -= frame.left - box.left + 16;
  else if (box.right > frame.right - 6) row.scrollLeft += box.right - frame.right + 16;
}
