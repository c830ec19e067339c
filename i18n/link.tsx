import type { ComponentProps } from 'react';
import { getLocale } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import { localizedPath } from './paths';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string; locale?: Locale };

/**
 * The locale-aware link of public pages: a plain anchor, rendered on the server. Public pages
 * are documents served from cache; a click loads the next one. next/link would add its client
 * code to every page and prefetch every link in view — a request per link per reader, which
 * multiplies the load of a release spike for pages most readers never open (docs/performance.md).
 */
export async function Link({ href, locale, ...rest }: Props) {
  const target = locale ?? ((await getLocale()) as Locale);
  return <a href={localizedPath(href, target)} {...rest} />;
}
