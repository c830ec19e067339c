import { permanentRedirect as nextPermanentRedirect } from 'next/navigation';
import type { Locale } from '@/lib/locales';
import { localizedPath } from './paths';

/** A 308 to `href` in `locale`, for public pages (same call as @/i18n/navigation's, lighter). */
export function permanentRedirect({ href, locale }: { href: string; locale: Locale }): never {
  return nextPermanentRedirect(localizedPath(href, locale));
}
