'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface DashboardNavItem {
  href: string;
  label: string;
}

/** The left navigation: only the areas the signed-in role may use; the current one marked. */
export function DashboardNav({ label, items }: { label: string; items: DashboardNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 md:block md:space-y-1">
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={
                  current
                    ? 'block rounded-md bg-brand-800 px-3 py-2 font-semibold whitespace-nowrap text-white'
                    : 'block rounded-md px-3 py-2 whitespace-nowrap text-ink hover:bg-brand-50 hover:text-brand-800'
                }
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
