/**
 * The dashboard's route handlers (app/[locale]/(dashboard)/**\/route.ts), as opposed to its
 * pages: they answer and audit a refusal themselves (the audit export: 401), so proxy.ts leaves
 * them alone when it sends a request without a session cookie to sign-in.
 * lib/dashboard-handlers.test.ts fails when a route.ts is added there and not here.
 */
export const DASHBOARD_HANDLERS = ['audit/export'] as const;

const HANDLER_PATH = new RegExp(`^/(fr|en|es|ar)/dashboard/(?:${DASHBOARD_HANDLERS.join('|')})/?$`);

export function isDashboardHandler(pathname: string): boolean {
  return HANDLER_PATH.test(pathname);
}
