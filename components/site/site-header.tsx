import { getTranslations } from 'next-intl/server';
import type { NavNode } from '@/db/queries/public-pages';
import { Link } from '@/i18n/link';
import type { Locale } from '@/lib/locales';
import { typeset } from '@/lib/typography';
import { LanguageSwitcher, type LanguageLink } from './language-switcher';
import { SearchBox } from './search-box';

/** Drawn by the stylesheet (globals.css, .chevron): one short element on each of the menu's sections. */
function Chevron() {
  return <span aria-hidden="true" className="chevron" />;
}

/** A neutral emblem (a globe): a logo is never mirrored in right-to-left pages. */
function Emblem() {
  return (
    <svg aria-hidden="true" viewBox="0 0 40 40" className="size-10 shrink-0">
      <circle cx="20" cy="20" r="18" fill="#fff" />
      <g fill="none" stroke="#0b3d7a" strokeWidth="2">
        <circle cx="20" cy="20" r="13" />
        <ellipse cx="20" cy="20" rx="6" ry="13" />
        <path d="M7 20h26M9.5 13h21M9.5 27h21" />
      </g>
    </svg>
  );
}

function pageHref(node: NavNode) {
  return `/${node.path.join('/')}`;
}

/**
 * Where the reader is, as the menu says it: the link to the page shown is the current page; a
 * top-level entry whose address holds it (a section, "Actualités" under a release) is the
 * current section — `aria-current="true"`, on a section's summary (`summary`) whichever of its
 * pages is shown. globals.css draws both from the attribute alone. Nothing at all when not
 * current: an attribute left undefined is still written into every link of the RSC payload.
 */
function currentMark(href: string, current: string | undefined, scope: 'link' | 'section' | 'summary' = 'link'): { 'aria-current'?: 'page' | 'true' } {
  if (current === href) return { 'aria-current': scope === 'summary' ? 'true' : 'page' };
  return scope !== 'link' && current?.startsWith(`${href}/`) ? { 'aria-current': 'true' } : {};
}

/**
 * Closes the navigation's disclosures the way a menu closes: Escape closes the innermost open
 * one and gives its summary the focus back; a click outside the navigation closes them all; a
 * sub-section that opens closes the one open beside it (the `name` attribute already does that
 * in current browsers, without script); the phone's "Menu" opens on the current section. A
 * few bytes of module script rather than a client component, as the language switcher does:
 * nothing to hydrate, and without it the disclosures still open and close by hand.
 */
const CLOSE_MENUS =
  `const m=document.querySelector('details.site-menu');if(m){` +
  `const open=()=>[...m.querySelectorAll('details[open]')];` +
  `m.addEventListener('toggle',e=>{const d=e.target;if(d!==m&&d.open)for(const o of open())if(o!==d&&!o.contains(d))o.open=false},true);` +
  // The phone's "Menu", opened with no section open, opens the section holding the page shown,
  // so its current link is in sight (the wide bar has no "Menu" to open: nothing opens there).
  `m.addEventListener('toggle',e=>{if(e.target===m&&m.open&&!open().length)m.querySelector('details[name]>summary[aria-current]')?.parentElement.setAttribute('open','')},true);` +
  `document.addEventListener('click',e=>{if(!m.contains(e.target)){for(const o of open())o.open=false;m.open=false}});` +
  `document.addEventListener('keydown',e=>{if(e.key!=='Escape')return;const d=open().pop()??(m.open?m:null);if(!d)return;d.open=false;d.querySelector('summary')?.focus()});` +
  // Tabbing out of an open section closes it (a click elsewhere already does); focus going
  // nowhere (a click on plain text, Safari's clicks on links) leaves it open. So does tabbing
  // out of the open "Menu" on a phone: its panel lies over the page, and the link focused next
  // (in Arabic, the one under it) would be hidden behind it (WCAG 2.4.11).
  `m.addEventListener('focusout',e=>{const d=e.target.closest('details[name]'),to=e.relatedTarget;if(!to)return;if(d&&d.open&&!d.contains(to))d.open=false;if(m.open&&!m.contains(to))m.open=false})}`;

/**
 * The primary navigation, rendered once for every screen size. Below 1280 px it sits in a
 * "Menu" disclosure; from 1280 px the disclosure's content is shown as a bar (globals.css,
 * .site-menu). Sub-sections open with native disclosures too: keyboard, touch, no JavaScript.
 */
function PrimaryNav({
  locale,
  nav,
  overview,
  news,
  label,
  menu,
  current,
}: {
  /** The titles' language, for their typography (lib/typography.ts). */
  locale: Locale;
  nav: NavNode[];
  overview: (title: string) => string;
  news: string;
  label: string;
  menu: string;
  /** The page's address without its locale (SiteShell). */
  current?: string;
}) {
  return (
    <details className="site-menu group/menu print:hidden">
      <summary className="menu-button">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" />
        </svg>
        {menu}
      </summary>
      {/* A title's word longer than the menu (a compound, an address) wraps inside it, as in <main>. */}
      <nav
        aria-label={label}
        className="menu-panel wrap-anywhere"
      >
        <ul className="menu-list">
          {nav.map((node) => (
            <li key={node.pageId} className="nav-item">
              {node.children.length > 0 ? (
                <details className="group" name="site-nav-section">
                  <summary className="nav-top" {...currentMark(pageHref(node), current, 'summary')}>
                    {typeset(node.title, locale)}
                    <Chevron />
                  </summary>
                  <ul className="nav-sub">
                    {[{ pageId: `${node.pageId}-overview`, href: pageHref(node), title: overview(node.title) }, ...node.children.map((c) => ({ pageId: c.pageId, href: pageHref(c), title: c.title }))].map(
                      (item) => (
                        <li key={item.pageId}>
                          <Link href={item.href} className="nav-sub-link" {...currentMark(item.href, current)}>
                            {typeset(item.title, locale)}
                          </Link>
                        </li>
                      ),
                    )}
                  </ul>
                </details>
              ) : (
                <Link href={pageHref(node)} className="nav-top" {...currentMark(pageHref(node), current, 'section')}>
                  {typeset(node.title, locale)}
                </Link>
              )}
            </li>
          ))}
          <li className="nav-item">
            <Link href="/news" className="nav-top" {...currentMark('/news', current, 'section')}>
              {news}
            </Link>
          </li>
        </ul>
      </nav>
      <script type="module" dangerouslySetInnerHTML={{ __html: CLOSE_MENUS }} />
    </details>
  );
}

export async function SiteHeader({ locale, nav, languages, current }: { locale: Locale; nav: NavNode[]; languages: LanguageLink[]; current?: string }) {
  const t = await getTranslations({ locale, namespace: 'Header' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const abbreviated = site('orgShort') !== site('orgName');
  return (
    <header>
      <a
        href="#main"
        // Above the top edge until focused, then a full button over the top bar (sr-only and
        // not-sr-only left it without padding, "contenu" clipped).
        className="skip-link"
      >
        {t('skipToContent')}
      </a>
      {/* On paper (print:): the organization's name in ink, without the search, languages and menu. */}
      <div className="bg-brand-950 text-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-1.5">
          {/* Only where it fits beside the search and the languages on one line (French's is the
              longest: up to 1,100 px the bar took two rows); under 1,280 px the bar is search and languages
              (one row from 640 px: the search button shows its word from 768 px). */}
          <p className="hidden text-sm text-white/85 xl:block">{site('tagline')}</p>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5">
            <SearchBox action={`/${locale}/news/search`} label={t('searchLabel')} submit={t('search')} placeholder={t('searchPlaceholder')} />
            <LanguageSwitcher label={t('languages')} links={languages} />
          </div>
        </div>
      </div>
      <div className="relative bg-brand-800 print:bg-transparent">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
          {/* Named by its visible text (WCAG 2.5.3 label in name): an aria-label "Accueil — OIM"
              hid "Organisation internationale pour les migrations" from speech users. On a
              phone (under 640 px) a name with a short form shows that form alone, as a
              wordmark: the full name beside the menu button took three lines, and the header
              a quarter of the first screen. It stays in the link's name (read, and spoken by
              speech users after the visible "OIM"). */}
          <Link href="/" className="flex items-center gap-3 text-white no-underline print:text-ink">
            <Emblem />
            <span className="flex flex-col leading-tight">
              {abbreviated && <span className="text-xl font-extrabold tracking-wide">{site('orgShort')}</span>}
              <span className={`max-w-60 text-sm font-semibold sm:max-w-none ${abbreviated ? 'max-sm:sr-only' : ''}`}>{site('orgName')}</span>
            </span>
          </Link>
          <PrimaryNav
            locale={locale}
            nav={nav}
            overview={(title) => t('sectionOverview', { title })}
            news={t('news')}
            label={t('primaryNav')}
            menu={t('menu')}
            current={current}
          />
        </div>
      </div>
    </header>
  );
}
