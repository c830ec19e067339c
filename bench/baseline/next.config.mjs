import path from 'node:path';

/**
 * The framework's floor, built and measured by `npm run bench` next to Communiqué itself
 * (scripts/bench/baseline.ts): the same Next.js, React and rendering mode (Cache Components),
 * with none of our code: no proxy, no headers, no intl, no data. See docs/performance.md.
 */
const config = {
  // Built into a .next-* folder at the repository root (ignored by git, tsc and eslint there).
  distDir: process.env.NEXT_DIST_DIR || '../../.next-baseline',
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  // Same compression setting as the app (Next's default): both gzip when the client asks.
  compress: true,
  turbopack: { root: path.resolve(import.meta.dirname, '../..') },
};

export default config;
