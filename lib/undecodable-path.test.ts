import { describe, expect, it } from 'vitest';
import { isUndecodablePath, localeOfPath, undecodablePathResponse } from './undecodable-path';

describe('undecodable paths', () => {
  it('are those with a percent sign that does not start valid UTF-8', () => {
    for (const path of ['/fr/%', '/fr/news/%E0%A4%A', '/%zz', '/ar/%C0%AF', '/fr/news/caf%C3']) expect(isUndecodablePath(path), path).toBe(true);
    for (const path of ['/fr', '/fr/news/caf%C3%A9-inexistant', '/fr/news/100%25', '/ar/%D9%85']) expect(isUndecodablePath(path), path).toBe(false);
  });

  it('are answered in the language of their first segment, else French', () => {
    expect(localeOfPath('/ar/%')).toBe('ar');
    expect(localeOfPath('/es')).toBe('es');
    expect(localeOfPath('/de/%')).toBe('fr');
    expect(localeOfPath('/%')).toBe('fr');
    expect(localeOfPath('/en%/x')).toBe('fr');
  });

  it('get a 400 page in that language, kept by no cache, without the address', async () => {
    const response = await undecodablePathResponse('/ar/<script>%');
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    const html = await response.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('عنوان غير صالح');
    expect(html).not.toContain('script');
  });
});
