import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NON_PUBLIC_SEGMENTS, PUBLIC_CACHE_CONTROL, publicHeaderSources } from './http';

const localeDir = path.join(import.meta.dirname, '../../app/[locale]');

/** First path segments of the routes under app/[locale]/ outside the (site) group. */
function nonSiteSegments(): string[] {
  return fs
    .readdirSync(localeDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\(.+\)$/.test(e.name) && e.name !== '(site)')
    .flatMap((group) => fs.readdirSync(path.join(localeDir, group.name), { withFileTypes: true }))
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .map((e) => e.name);
}

describe('the public Cache-Control', () => {
  it('lets a shared cache keep a page one second, stale one more, and never a browser', () => {
    expect(PUBLIC_CACHE_CONTROL).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=1, stale-if-error=86400');
  });

  it('is never given to a personal route: every route folder outside (site) is excluded', () => {
    const segments = nonSiteSegments();
    expect(segments.length).toBeGreaterThan(0);
    for (const segment of segments) expect(NON_PUBLIC_SEGMENTS, `app/[locale]/(…)/${segment}`).toContain(segment);
  });

  it('matches the public site and not the excluded sections', () => {
    const [home, rest] = publicHeaderSources().map((s) => s.replace(/:locale\(([^)]*)\)/, '($1)'));
    // path-to-regexp turns `/:path(re)` into `/(re)`; the same test here with a plain RegExp.
    const restRe = new RegExp(`^${(rest ?? '').replace(/:path\((.*)\)$/, '($1)')}$`);
    expect(new RegExp(`^${home}$`).test('/fr')).toBe(true);
    for (const p of ['/fr/news', '/ar/news/un-article', '/es/offices', '/en/who-we-are/structure', '/fr/feed.xml', '/fr/dashboardx']) {
      expect(restRe.test(p), p).toBe(true);
    }
    for (const p of ['/fr/dashboard', '/fr/dashboard/articles', '/en/sign-in', '/ar/sign-out', '/fr/setup']) {
      expect(restRe.test(p), p).toBe(false);
    }
  });

  it('is bypassed by the shipped nginx for the same sections', () => {
    const conf = fs.readFileSync(path.join(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');
    const location = /location ~ \^\/\(\?:\(\?:fr\|en\|es\|ar\)\/\(\?:([^)]*)\)/.exec(conf)?.[1]?.split('|') ?? [];
    expect([...location].sort()).toEqual([...NON_PUBLIC_SEGMENTS].sort());
  });
});
