import { LOCALES, type Locale } from '@/lib/locales';

/**
 * Which languages a record has (an office's texts, a unit's names): FR EN ES AR, a missing one
 * struck through, each also said in words for screen readers.
 */
export function LocaleCoverage({ has, label }: { has: (locale: Locale) => boolean; label: (locale: Locale, present: boolean) => string }) {
  return (
    <ul className="flex gap-1 text-xs">
      {LOCALES.map((l) => (
        <li key={l}>
          <span aria-hidden="true" className={`inline-block rounded px-1 font-mono ${has(l) ? 'bg-brand-100 text-brand-950' : 'border border-dashed border-line text-muted line-through'}`}>
            {l.toUpperCase()}
          </span>
          <span className="sr-only">{label(l, has(l))}</span>
        </li>
      ))}
    </ul>
  );
}
