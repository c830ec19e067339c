'use client';

import { usePathname, useSearchParams } from 'next/navigation';

/**
 * The dashboard's own language (an editor may work in French or Arabic whatever they edit):
 * the same screen under another locale prefix. Choosing one is remembered in the cookie.
 */
export function DashboardLanguageMenu({
  label,
  current,
  options,
}: {
  label: string;
  current: string;
  options: { locale: string; name: string }[];
}) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const rest = pathname.replace(/^\/[^/]+/, '');
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1">
        {options.map((o) => (
          <li key={o.locale}>
            <a
              href={`/${o.locale}${rest}${search ? `?${search}` : ''}`}
              lang={o.locale}
              hrefLang={o.locale}
              aria-current={o.locale === current ? 'true' : undefined}
              onClick={() => {
                document.cookie = `NEXT_LOCALE=${o.locale}; path=/; max-age=31536000; samesite=lax`;
              }}
              className={o.locale === current ? 'rounded px-1.5 py-0.5 font-semibold text-white underline' : 'rounded px-1.5 py-0.5 text-white/85 hover:text-white'}
            >
              {o.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
