import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adaptShippedConf, gzipDirectives } from './nginx';

const shipped = fs.readFileSync(path.join(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');

describe('the bench runs the shipped nginx configuration', () => {
  it('rewrites only the port, the upstream and the cache folder', () => {
    const conf = adaptShippedConf(shipped, { appPort: 4100, proxyPort: 4200, cacheDir: '/tmp/x/cache' });
    expect(conf).toContain('server 127.0.0.1:4100;');
    expect(conf).toContain('listen 127.0.0.1:4200;');
    expect(conf).toContain('proxy_cache_path /tmp/x/cache ');
    expect(conf).not.toContain('listen [::]:80;');
    // Everything else is untouched.
    const strip = (s: string) => s.replace(/.*(listen|server 127|proxy_cache_path).*\n/g, '');
    expect(strip(conf)).toBe(strip(shipped));
  });

  it('gives the static comparison server the same compression', () => {
    const directives = gzipDirectives(shipped);
    expect(directives).toContain('gzip on;');
    expect(directives).toContain('gzip_comp_level');
  });
});
