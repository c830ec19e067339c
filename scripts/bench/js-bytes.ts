import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../test/chromium';

export interface JsBytes {
  label: string;
  url: string;
  scripts: number;
  /** Sum over the external scripts the page loads, each gzipped (level 6, as servers do). */
  gzip: number;
  raw: number;
  /** The RSC payload inlined in the HTML (data, not code), gzipped, for information. */
  inlineGzip: number;
}


/** What a browser downloads as JavaScript for each page: loaded in Chromium, scripts collected. */
export async function measureJs(pages: { label: string; url: string }[]): Promise<JsBytes[]> {
  const browser = await chromium.launch({
    ...chromiumLaunchOptions(),
  });
  try {
    const out: JsBytes[] = [];
    for (const { label, url } of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies = new Map<string, Promise<Buffer>>();
      page.on('response', (res) => {
        if (res.request().resourceType() === 'script' && res.status() === 200) bodies.set(res.url(), res.body());
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      const inline = await page.evaluate(() =>
        Array.from(document.querySelectorAll('script:not([src])'))
          .map((s) => s.textContent ?? '')
          .join('\n'),
      );
      const scripts = await Promise.all(bodies.values());
      out.push({
        label,
        url,
        scripts: scripts.length,
        gzip: scripts.reduce((n, b) => n + gzipSync(b, { level: 6 }).length, 0),
        raw: scripts.reduce((n, b) => n + b.length, 0),
        inlineGzip: gzipSync(Buffer.from(inline), { level: 6 }).length,
      });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}
