import { Suspense, type ReactNode } from 'react';

/** Sign-in, sign-out and setup read the request (cookies, query): rendered per request. */
export const instant = false;

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-start justify-center bg-surface px-4 py-12 sm:items-center">
      <div className="w-full max-w-md rounded-xl border border-line bg-white p-8 shadow-sm">
        <Suspense>{children}</Suspense>
      </div>
    </main>
  );
}
