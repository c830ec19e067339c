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
 * A stored UTC instant shown in the editor's time zone, with the zone named. On the server
 * (no browser zone known yet) it shows UTC, then the browser replaces it at hydration.
 */
export function LocalTime({ iso, locale, withZone = true }: { iso: string; locale: Locale; withZone?: boolean }) {
  const zone = useBrowserTimeZone();
  const text = new Intl.DateTimeFormat(intlLocale(locale), {
    // dateStyle/timeStyle cannot be combined with timeZoneName: the parts are spelled out.
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone ?? 'UTC',
    ...(withZone ? { timeZoneName: 'short' } : {}),
  }).format(new Date(iso));
  return <time dateTime={iso}>{text}</time>;
}
