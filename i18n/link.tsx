import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { getLocale } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import { getPathname } from './navigation';

type Props = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string; locale?: Locale };

/**
 * The locale-aware link for server components. next-intl's own `Link` is a client component
 * that needs NextIntlClientProvider on every page; public pages ship no intl runtime, so the
 * localized href is computed here on the server and handed to next/link.
 */
export async function Link({ href, locale, ...rest }: Props) {
  const target = locale ?? ((await getLocale()) as Locale);
  return <NextLink href={getPathname({ href, locale: target })} {...rest} />;
}
