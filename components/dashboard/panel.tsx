'use client';

import { useId, type ReactNode } from 'react';

/**
 * A titled box of a dashboard screen (a section, an aside or a navigation), named by its
 * heading. The heading's id comes from useId in the browser: Next keeps a screen visited before
 * mounted but hidden (the same editor with and without `?saved=`, say), and an id made from the
 * entity shown would then exist twice, naming this box after the hidden copy's heading.
 */
export function Panel({
  as: Tag = 'section',
  title,
  intro,
  className = '',
  children,
}: {
  as?: 'section' | 'aside' | 'nav';
  title: ReactNode;
  /** A sentence under the title. */
  intro?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Tag aria-labelledby={id} className={`rounded-lg border border-line bg-white p-4 ${className}`}>
      <h2 id={id} className={intro ? 'mb-1 text-lg' : 'mb-2 text-lg'}>
        {title}
      </h2>
      {intro && <p className="mb-3 text-sm text-muted">{intro}</p>}
      {children}
    </Tag>
  );
}
