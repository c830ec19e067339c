'use client';

import { usePathname } from 'next/navigation';
import type { AnchorHTMLAttributes } from 'react';

/**
 * A plain link of the dashboard's header marked as the page shown (aria-current) when it leads
 * to it, as the sections' navigation marks its own: "My account", on the account page.
 */
export function CurrentPageLink({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a href={href} aria-current={usePathname() === href ? 'page' : undefined} {...rest} />;
}
