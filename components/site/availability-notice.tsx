import { Link } from '@/i18n/link';
import { langAttributes } from '@/i18n/routing';
import type { Locale } from '@/lib/locales';
import { typeset } from '@/lib/typography';

/**
 * Shown when a reader asks for content in a language it lacks: says so, and links to every
 * language it exists in, each title in its own language and typography. Never another language
 * silently, never a blank page.
 */
export function AvailabilityNotice({
  title,
  body,
  links,
}: {
  title: string;
  body: string;
  links: { locale: Locale; href: string; label: string; title: string }[];
}) {
  return (
    <section className="mx-auto max-w-2xl pb-10">
      <h1 className="mb-4 text-3xl">{title}</h1>
      <p className="mb-4 text-lg">{body}</p>
      <ul className="space-y-3">
        {links.map((l) => (
          <li key={l.locale}>
            <Link
              href={l.href}
              locale={l.locale}
              hrefLang={l.locale}
              className="block rounded-lg border border-line px-5 py-4 font-semibold hover:border-brand-800 hover:bg-brand-50"
            >
              <span className="block text-sm font-normal text-muted">{l.label}</span>
              <span {...langAttributes(l.locale)} className="block">
                {typeset(l.title, l.locale)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
