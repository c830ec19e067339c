'use client';

export interface LanguageLink {
  locale: string;
  href: string;
  name: string;
  current: boolean;
}

/**
 * Plain links to the same content in each language (a full page load: the document changes
 * language and direction). Clicking one is the only place the language choice is remembered,
 * in the cookie the proxy reads on `/`; public pages never set cookies themselves.
 */
export function LanguageSwitcher({ label, links }: { label: string; links: LanguageLink[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
        {links.map((l) => (
          <li key={l.locale}>
            <a
              href={l.href}
              hrefLang={l.locale}
              lang={l.locale}
              aria-current={l.current ? 'true' : undefined}
              className={
                l.current
                  ? 'inline-block rounded px-2 py-1 font-semibold text-white underline decoration-2 underline-offset-4'
                  : 'inline-block rounded px-2 py-1 text-white/90 hover:bg-white/10 hover:text-white'
              }
              onClick={() => {
                document.cookie = `NEXT_LOCALE=${l.locale}; path=/; max-age=31536000; samesite=lax`;
              }}
            >
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
