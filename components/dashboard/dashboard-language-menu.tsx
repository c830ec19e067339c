'use client';

import { usePathname, useSearchParams } from 'next/navigation';

const tones = {
  // On the dashboard's dark header.
  dark: { current: 'text-white underline', other: 'text-white/85 hover:text-white' },
  // On a light page (sign-in, sign-out, setup).
  light: { current: 'text-ink underline', other: 'text-brand-800 hover:underline' },
};

/**
 * The dashboard's own language (an editor may work in French or Arabic whatever they edit):
 * the same screen under another locale prefix. Choosing one is remembered in the cookie.
 * Also on the sign-in pages, so a person can read them in their language before signing in.
 */
export function DashboardLanguageMenu({
  label,
  current,
  options,
  tone = 'dark',
}: {
  label: string;
  current: string;
  options: { locale: string; name: string }[];
  tone?: keyof typeof tones;
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
              className={`inline-block rounded px-1.5 py-0.5 ${o.locale === current ? `font-semibold ${tones[tone].current}` : tones[tone].other}`}
            >
              {o.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
