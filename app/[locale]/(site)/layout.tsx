import type { ReactNode } from 'react';

/**
 * Every public page must be produced as static output (rendered once, then served from
 * cache): the build fails if one reads request data or uncached data. See docs/caching.md.
 */
export const ensureStatic = 'navigation';

export default function SiteLayout({ children }: { children: ReactNode }) {
  return children;
}
