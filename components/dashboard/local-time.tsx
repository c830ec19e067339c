'use client';

import { useSyncExternalStore } from 'react';
import { intlLocale } from '@/lib/format';
import type { Locale } from '@/lib/locales';

const subscribe = () => () => {};

/** The editor's own time zone (the browser's); null while rendering on the server. */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
}

/**
 * A stored UTC instant as words in the editor's time zone, with the zone named. On the server
 * (no browser zone known yet) it says UTC, then the browser replaces it at hydration.
 */
export function useLocalTimeText(iso: string, locale: Locale, withZone = true): string {
  const zone = useBrowserTimeZone();
  return new Intl.DateTimeFormat(intlLocale(locale), {
    // dateStyle/timeStyle cannot be combined with timeZoneName: the parts are spelled out.
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone ?? 'UTC',
    ...(withZone ? { timeZoneName: 'short' } : {}),
  }).format(new Date(iso));
}

/** A stored UTC instant shown in the editor's time zone (useLocalTimeText), as a <time>. */
export function LocalTime({ iso, locale, withZone = true }: { iso: string; locale: Locale; withZone?: boolean }) {
  return <time dateTime={iso}>{useLocalTimeText(iso, locale, withZone)}</time>;
}

/**
 * The same instant (useLocalTimeText) as its day, then its time with the zone, each kept on one
 * line: a narrow table column breaks between the two rather than inside either.
 */
export function LocalDayAndTime({ iso, locale }: { iso: string; locale: Locale }) {
  const zone = useBrowserTimeZone() ?? 'UTC';
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: zone }).format(date);
  const time = new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', timeZone: zone, timeZoneName: 'short' }).format(date);
  return (
    <time dateTime={iso}>
      <span className="whitespace-nowrap">{day}</span> <span className="whitespace-nowrap">{time}</span>
    </time>
  );
}
