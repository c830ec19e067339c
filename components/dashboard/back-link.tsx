import Link from 'next/link';
import type { ReactNode } from 'react';

/** The way back up from a dashboard screen ("← All offices"); the arrow turns with the writing direction. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mb-1 text-sm">
      <Link href={href} className="text-brand-800 underline underline-offset-4">
        <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
          ←
        </span>{' '}
        {children}
      </Link>
    </p>
  );
}
