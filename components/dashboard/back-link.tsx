import Link from 'next/link';
import type { ReactNode } from 'react';

/** The way back up from a dashboard screen ("← All offices"); the arrow turns with the writing direction. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mb-1 text-sm">
      {/* A block of the line's height and a little more: a target at least 24 px high for a finger. */}
      <Link href={href} className="inline-block py-0.5 text-brand-800 underline underline-offset-4">
        <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
          ←
        </span>{' '}
        {children}
      </Link>
    </p>
  );
}
