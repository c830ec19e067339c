import Link from 'next/link';
import type { ReactNode } from 'react';
import { ScreenHeading } from '@/components/dashboard/screen-heading';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button-class';

/**
 * A dashboard list of records (structure units, topics): its heading with the "new" button,
 * what the list is for, and the result of the form the person comes back from.
 */
export function ListScreen({
  title,
  intro,
  create,
  saved,
  deleted,
  children,
}: {
  title: string;
  intro: string;
  create: { href: string; label: string };
  /** The confirmation after a save, or null. */
  saved: string | null;
  /** The confirmation after a deletion, or null. */
  deleted: string | null;
  children: ReactNode;
}) {
  return (
    <section className="max-w-4xl">
      <ScreenHeading title={title}>
        <Link href={create.href} className={buttonClass('primary')}>
          {create.label}
        </Link>
      </ScreenHeading>
      <p className="mb-4 text-muted">{intro}</p>
      {[saved, deleted].map((message) =>
        message ? (
          <div key={message} className="mb-4">
            <Alert tone="success" announce="page">
              {message}
            </Alert>
          </div>
        ) : null,
      )}
      {children}
    </section>
  );
}
