export async function register() {
  // Only the Node server at run time; never during `next build`.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startCacheCoordinator } = await import('./lib/cache/coordinator');
  startCacheCoordinator();
}
