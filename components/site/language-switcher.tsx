import { routing } from '@/i18n/routing';

export interface LanguageLink {
  locale: string;
  href: string;
  name: string;
  current: boolean;
}

const cookie = typeof routing.localeCookie === 'object' ? routing.localeCookie : undefined;
/**
 * Remembers a language chosen here in the cookie the proxy reads on `/`: the only place a
 * language choice is remembered; public responses never set cookies themselves. A few bytes of
 * inline script rather than a client component: nothing to hydrate, no chunk to download, and
 * the links work the same without it. A module script: it never holds up the parser, whereas a
 * classic inline script here, in the header, stopped parsing until the stylesheet arrived, so the
 * first paint showed the top bar only and the page's text painted after the framework's scripts
 * (Lighthouse's simulated LCP then counted all of them: docs/performance.md).
 */
const REMEMBER_CHOICE = cookie
  ? `document.addEventListener('click',function(e){var a=e.target instanceof Element&&e.target.closest('a[data-locale-choice]');` +
    `if(a)document.cookie='${cookie.name ?? 'NEXT_LOCALE'}='+a.getAttribute('data-locale-choice')+'; path=/; max-age=${cookie.maxAge ?? 31536000}; samesite=${cookie.sameSite ?? 'lax'}'})`
  : '';

/**
 * Plain links to the same content in each language (a full page load: the document changes
 * language and direction).
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
              data-locale-choice={l.locale}
              aria-current={l.current ? 'true' : undefined}
              className={l.current ? 'lang-link-current' : 'lang-link'}
            >
              {l.name}
            </a>
          </li>
        ))}
      </ul>
      {REMEMBER_CHOICE && <script type="module" dangerouslySetInnerHTML={{ __html: REMEMBER_CHOICE }} />}
    </nav>
  );
}
