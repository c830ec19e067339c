import type { ReactNode } from 'react';
import { DEFAULT_LOCALE, type Locale } from '@/lib/locales';

/**
 * One language's part of a translated record's form (office, unit, topic): the language named
 * in itself as the legend, the source language marked as required.
 */
export function LocaleFieldset({
  locale,
  languageName,
  sourceLabel,
  className,
  children,
}: {
  locale: Locale;
  languageName: string;
  /** Shown after the source language's name ("source language, required"). */
  sourceLabel: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <fieldset className={`grid gap-4 rounded-lg border border-line bg-white p-4 ${className}`}>
      <legend className="px-1 font-bold">
        {/* lang: Arabic is set in the Arabic pages' font on every dashboard page (app/globals.css
            :lang(ar)); a system font (DejaVu Sans on Linux) is smaller, and hangs below the
            border the legend sits on. */}
        {/* data-group-name: an error summary names a field of this group with it (components/ui/invalid-fields.tsx). */}
        <span lang={locale} data-group-name="">
          {languageName}
        </span>
        {locale === DEFAULT_LOCALE && <span className="font-normal text-muted"> — {sourceLabel}</span>}
      </legend>
      {children}
    </fieldset>
  );
}
