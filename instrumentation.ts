export async function register() {
  // Only the Node server at run time; never during `next build`.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // Before the first request is handled: a client reaching Next directly must not choose the
  // address its sign-in attempts are counted under (lib/trusted-proxies.ts).
  const { guardForwardingHeaders } = await import('./lib/trusted-proxies');
  guardForwardingHeaders();
  const { startCacheCoordinator } = await import('./lib/cache/coordinator');
  startCacheCoordinator();
}
