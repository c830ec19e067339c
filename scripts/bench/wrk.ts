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

/** Reads wrk's report (run with --latency). */
export function parseWrk(output: string): WrkResult {
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
}

export async function wrk(url: string, opts: WrkOptions): Promise<WrkResult> {
  const args = ['-t', String(opts.threads), '-c', String(opts.connections), '-d', `${opts.seconds}s`, '--latency', '--timeout', '5s'];
  if (opts.gzip) args.push('-H', 'Accept-Encoding: gzip');
  const { code, output } = await runCommand(WRK, [...args, url], { cwd: process.cwd() });
  if (code !== 0) throw new Error(`wrk failed (exit ${code}): ${output.slice(0, 500)}`);
  const result = parseWrk(output);
  if (!Number.isFinite(result.rps)) throw new Error(`cannot read wrk's report:\n${output}`);
  return result;
}
