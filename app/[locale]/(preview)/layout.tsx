import { Suspense, type ReactNode } from 'react';

/** Previews depend on who is signed in: rendered per request, allowed to block. */
export const instant = false;

export default function PreviewLayout({ children }: { children: ReactNode }) {
  return <Suspense fallback={<div className="min-h-screen" aria-busy="true" />}>{children}</Suspense>;
}
