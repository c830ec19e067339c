'use client';

import { useEffect, useState } from 'react';
import { useParams } from 'next/navigation';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/locales';

type ErrorMessages = { title: string; body: string; retry: string; home: string };
type Catalog = { Error: ErrorMessages; Metadata: { titleTemplate: string } };

/**
 * Localized error page. Error boundaries are client components and public pages ship no
 * message catalog; the reader's catalog is loaded only when an error is actually shown.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = LOCALES.includes(params.locale as Locale) ? (params.locale as Locale) : DEFAULT_LOCALE;
  const [t, setT] = useState<(ErrorMessages & { documentTitle: string }) | null>(null);
  useEffect(() => {
    let live = true;
    import(`../../messages/${locale}.json`).then(({ default: m }: { default: Catalog }) => {
      // The document's title, as every page's (the layout's template): not the failed page's.
      if (live) setT({ ...m.Error, documentTitle: m.Metadata.titleTemplate.replace('{title}', m.Error.title) });
    });
    return () => {
      live = false;
    };
  }, [locale]);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16 text-center" aria-busy={t ? undefined : true}>
      {t && (
        <>
          {/* React puts it first in <head>, before the failed page's own, so it is the one shown. */}
          <title>{t.documentTitle}</title>
          <h1 className="mb-4 text-3xl font-bold">{t.title}</h1>
          <p className="mb-8 text-lg">{t.body}</p>
          <p className="flex flex-wrap justify-center gap-4">
            <button type="button" onClick={reset} className="rounded-md bg-brand-800 px-5 py-3 font-semibold text-white hover:bg-brand-900">
              {t.retry}
            </button>
            <a href={`/${locale}`} className="rounded-md border border-brand-800 px-5 py-3 font-semibold">
              {t.home}
            </a>
          </p>
        </>
      )}
    </main>
  );
}
