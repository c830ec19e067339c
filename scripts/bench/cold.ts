import { REVALIDATE_HEADER } from '../../lib/cache/channel';
import { revalidateToken } from '../../lib/cache/internal-secret';
import { request, sleep } from './proc';
import { median, percentile } from './stats';

export interface RenderSamples {
  label: string;
  url: string;
  bytes: number;
  samples: number[];
  median: number;
  p90: number;
}

function summarize(label: string, url: string, bytes: number, samples: number[]): RenderSamples {
  return { label, url, bytes, samples, median: median(samples), p90: percentile(samples, 90) };
}

/** Expires tags in the app's own cache, through the endpoint its coordinator uses. */
export async function expireTags(appOrigin: string, tagList: string[]): Promise<void> {
  const res = await request(`${appOrigin}/api/internal/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [REVALIDATE_HEADER]: revalidateToken() },
    body: JSON.stringify({ tags: tagList }),
  });
  if (res.status !== 200) throw new Error(`expiring tags answered HTTP ${res.status}`);
}

/**
 * A cache-miss render, `samples` times: every tag the page depends on is expired (untimed),
 * then the next GET renders it anew, reading the database — the request after a publish.
 * Each answer must be a fresh render (x-nextjs-cache MISS), or the number would be a cache hit.
 */
export async function coldRenders(
  label: string,
  appOrigin: string,
  path: string,
  tagList: string[],
  samples: number,
): Promise<RenderSamples> {
  return missLoop(label, path, samples, () => expireTags(appOrigin, tagList), () => request(`${appOrigin}${path}`));
}

/**
 * Expire, then one timed GET, `samples` times. Next stores a render a moment after answering;
 * an expiry that lands before the store would leave the new entry fresh (a HIT), so each round
 * waits a little first, and a round that still hits is done again (at most 3 times in a row).
 */
async function missLoop(
  label: string,
  path: string,
  samples: number,
  expire: () => Promise<void>,
  get: () => Promise<Awaited<ReturnType<typeof request>>>,
): Promise<RenderSamples> {
  const times: number[] = [];
  let bytes = 0;
  let hits = 0;
  while (times.length < samples) {
    await sleep(60);
    await expire();
    const res = await get();
    if (res.status !== 200) throw new Error(`${path} answered HTTP ${res.status}`);
    const cache = String(res.headers['x-nextjs-cache'] ?? '');
    if (cache === 'HIT' || cache === 'STALE') {
      if (++hits > 3) throw new Error(`${path}: expected fresh renders, got x-nextjs-cache ${cache} ${hits} times in a row`);
      continue;
    }
    hits = 0;
    times.push(res.ms);
    bytes = res.bytes;
  }
  return summarize(label, path, bytes, times);
}

/**
 * The framework's own cache-miss render, for comparison (a diagnostic, not a target): the
 * baseline's cached page of `blocks` blocks, its tag expired before each timed request.
 */
export async function baselineMisses(label: string, baseOrigin: string, blocks: number, samples: number): Promise<RenderSamples> {
  const url = `${baseOrigin}/isr/${blocks}`;
  for (let i = 0; i < 3; i++) await request(url);
  const expire = async () => {
    const res = await request(`${baseOrigin}/api/expire`, { method: 'POST' });
    if (res.status !== 200) throw new Error(`baseline /api/expire answered HTTP ${res.status}`);
  };
  return missLoop(label, `/isr/${blocks}`, samples, expire, () => request(url));
}

/** A page that renders on every request: timed as it comes, after two untimed requests. */
export async function dynamicRenders(label: string, url: string, samples: number): Promise<RenderSamples> {
  for (let i = 0; i < 2; i++) await request(url);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < samples; i++) {
    const res = await request(url);
    if (res.status !== 200) throw new Error(`${url} answered HTTP ${res.status}`);
    times.push(res.ms);
    bytes = res.bytes;
  }
  return summarize(label, url, bytes, times);
}

/**
 * How many `?blocks=` the data-less dynamic page needs to weigh `targetBytes`, measured
 * rather than assumed (blocks are about the same size each).
 */
export async function blocksForBytes(dynamicUrl: string, targetBytes: number): Promise<number> {
  const size = async (n: number) => (await request(`${dynamicUrl}?blocks=${n}`)).bytes;
  const [zero, twenty] = [await size(0), await size(20)];
  const perBlock = (twenty - zero) / 20;
  return Math.max(0, Math.round((targetBytes - zero) / perBlock));
}
