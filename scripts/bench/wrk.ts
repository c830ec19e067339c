import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCommand } from './proc';

/** wrk's path: Debian's package, or BENCH_WRK. */
export const WRK = process.env.BENCH_WRK ?? '/usr/bin/wrk';

export interface WrkResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Socket errors (connect, read, write, timeout) plus non-2xx/3xx answers. */
  errors: number;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function toMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) return Number.NaN;
  return Number(m[1]) * (UNIT_MS[m[2] as string] ?? Number.NaN);
}

/** How long each connection's first request waits, so every connection is open before the load. */
export const FIRST_REQUEST_DELAY_MS = 50;

/**
 * The Lua script of the measurements against `next start` (wrk's `delay` and `done` hooks):
 *
 * - Each connection holds its first request for FIRST_REQUEST_DELAY_MS, then sends back to back.
 *   Node 20's libuv accepts one connection per event-loop iteration (libuv/libuv#3696): when
 *   wrk opened 32 connections and loaded them at once, a saturated `next start` took ~30 busy
 *   iterations (25 ms each) to accept the last ones, and the first requests of those
 *   connections waited up to 700 ms — they alone made the p99. Opened first, the connections
 *   are all accepted while the server is idle, and the run measures the steady state of a fixed
 *   set of connections (as behind the shipped nginx, which keeps upstream connections alive).
 * - At the end it prints one `wrk-steady` JSON line: requests/s over the time the load ran (the
 *   opening pause left out), p50 and p99 from wrk's own histogram, and every kind of error.
 */
export function steadyScript(connectionsPerThread: number, firstDelayMs = FIRST_REQUEST_DELAY_MS): string {
  return `local held = 0
function delay()
  held = held + 1
  if held <= ${connectionsPerThread} then return ${firstDelayMs} end
  return 0
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('wrk-steady {"requests":%d,"seconds":%.6f,"p50":%.3f,"p99":%.3f,"errors":%d,"non2xx":%d}\\n',
    summary.requests, summary.duration / 1e6 - ${firstDelayMs / 1000}, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
`;
}

/** Reads wrk's report (run with --latency); the `wrk-steady` line of steadyScript wins when present. */
export function parseWrk(output: string): WrkResult {
  const steady = /^wrk-steady (\{.*\})$/m.exec(output)?.[1];
  if (steady) {
    const r = JSON.parse(steady) as { requests: number; seconds: number; p50: number; p99: number; errors: number; non2xx: number };
    return { rps: r.requests / r.seconds, p50: r.p50, p99: r.p99, requests: r.requests, errors: r.errors + r.non2xx };
  }
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN);
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? Number.NaN);
  const p50 = toMs(/^\s+50%\s+(\S+)/m.exec(output)?.[1] ?? '');
  const p99 = toMs(/^\s+99%\s+(\S+)/m.exec(output)?.[1] ?? '');
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1, 5).reduce((n, v) => n + Number(v), 0) : 0;
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  return { rps, p50, p99, requests, errors: socketErrors + non2xx };
}

export interface WrkOptions {
  connections: number;
  threads: number;
  seconds: number;
  gzip: boolean;
  /**
   * Open every connection before the load (steadyScript). For `next start`; not for nginx,
   * which accepts at once anyway and where the script's per-request hook would slow wrk itself
   * (measured: 3–20 % fewer requests/s at nginx's rates).
   */
  openConnectionsFirst: boolean;
}

export async function wrk(url: string, opts: WrkOptions): Promise<WrkResult> {
  const dir = opts.openConnectionsFirst ? await mkdtemp(path.join(tmpdir(), 'communique-wrk-')) : null;
  try {
    const args = ['-t', String(opts.threads), '-c', String(opts.connections), '-d', `${opts.seconds}s`, '--latency', '--timeout', '5s'];
    if (dir) {
      // wrk gives each thread connections / threads of them, rounded down.
      const script = path.join(dir, 'steady.lua');
      await writeFile(script, steadyScript(Math.floor(opts.connections / opts.threads)));
      args.push('-s', script);
    }
    if (opts.gzip) args.push('-H', 'Accept-Encoding: gzip');
    const { code, output } = await runCommand(WRK, [...args, url], { cwd: process.cwd() });
    if (code !== 0) throw new Error(`wrk failed (exit ${code}): ${output.slice(0, 500)}`);
    // Without the script's line, the script failed and wrk ran without it: not the measurement asked for.
    if (dir && !/^wrk-steady /m.test(output)) throw new Error(`wrk's Lua script did not report:\n${output}`);
    const result = parseWrk(output);
    if (!Number.isFinite(result.rps)) throw new Error(`cannot read wrk's report:\n${output}`);
    return result;
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
