import { Link } from '@/i18n/link';
import type { Locale } from '@/lib/locales';
import { breadcrumbJsonLd, jsonLdText } from '@/lib/seo';
import { siteUrl } from '@/lib/site';
import { typeset } from '@/lib/typography';

/**
 * Trail from home to the current page; the last item is the page itself (not a link). With the
 * page's `locale`, also said to search engines (BreadcrumbList), for the pages they index. The
 * titles are drawn in the typography of `textLocale` (else `locale`; lib/typography.ts), and
 * said to search engines as typed.
 */
export function Breadcrumb({
  label,
  items,
  locale,
  textLocale = locale,
}: {
  label: string;
  items: { title: string; href?: string }[];
  locale?: Locale;
  textLocale?: Locale;
}) {
  return (
    <nav aria-label={label} className="mb-6 text-sm print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted">
        {items.map((item, i) => (
          <li key={i} className="flex items-center gap-2">
            {i > 0 && (
              <svg aria-hidden="true" viewBox="0 0 8 12" className="size-2.5 rtl:-scale-x-100">
                <path d="M1.5 1l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="1.6" />
              </svg>
            )}
            {item.href ? (
              <Link href={item.href} className="underline underline-offset-4 hover:text-brand-800">
                {typeset(item.title, textLocale)}
              </Link>
            ) : (
              <span aria-current="page" className="text-ink">
                {typeset(item.title, textLocale)}
              </span>
            )}
          </li>
        ))}
      </ol>
      {/* Inside the trail, after it: a script drawn before the trail shifted what follows it as fonts arrived. */}
      {locale && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(breadcrumbJsonLd(siteUrl(), locale, items)) }} />}
    </nav>
  );
}
