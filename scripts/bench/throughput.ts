import { info } from './log';
import { sleep } from './proc';
import { median } from './stats';
import { wrk, type WrkResult } from './wrk';

export type ScenarioId = 'a' | 'b' | 'c' | 'd' | 'd+';

export interface Scenario {
  id: ScenarioId;
  label: string;
  url: string;
  /** wrk threads: one per core the server can use, leaving the rest to wrk. */
  threads: number;
  /** A `next start` server: its connections are opened before the load (wrk.ts, steadyScript). */
  nextStart: boolean;
}

export interface Cell {
  scenario: Scenario;
  gzip: boolean;
  rounds: WrkResult[];
  /** Median of the rounds, metric by metric; errors are summed. */
  result: WrkResult;
}

export interface ThroughputOptions {
  rounds: number;
  warmSeconds: number;
  seconds: number;
  connections: number;
}

/**
 * Pause between a warm-up and its measurement against `next start`: time for the server to
 * finish the requests the warm-up's wrk left queued (32 × 2–3 ms on a slow host). Without it, on
 * a host at ~500 req/s the measurement's connections were accepted one per busy event-loop
 * iteration and their first requests waited 650–870 ms, which made (a)'s p99 (28 November,
 * sixth session); with a pause of one second between runs the same p99 was 64–97 ms.
 */
export const SETTLE_MS = 500;

function combine(rounds: WrkResult[]): WrkResult {
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
  };
}

/**
 * Every scenario with and without gzip, in alternating rounds: each round visits all cells, in
 * an order rotated by one each round, so a slow spell on a shared machine hurts every scenario
 * alike instead of one. Each measurement is preceded by a warm-up on the same URL.
 */
export async function measureThroughput(scenarios: Scenario[], opts: ThroughputOptions): Promise<Cell[]> {
  const cells: Cell[] = scenarios.flatMap((scenario) =>
    [false, true].map((gzip) => ({ scenario, gzip, rounds: [] as WrkResult[], result: undefined as unknown as WrkResult })),
  );
  for (let round = 0; round < opts.rounds; round++) {
    const order = cells.map((_, i) => cells[(i + round) % cells.length] as Cell);
    for (const cell of order) {
      const base = { connections: opts.connections, threads: cell.scenario.threads, gzip: cell.gzip, openConnectionsFirst: cell.scenario.nextStart };
      await wrk(cell.scenario.url, { ...base, seconds: opts.warmSeconds });
      // wrk leaves up to `connections` requests in the server's queue when it stops; the
      // measurement's connections must open while the server is idle (wrk.ts, steadyScript).
      if (cell.scenario.nextStart) await sleep(SETTLE_MS);
      const r = await wrk(cell.scenario.url, { ...base, seconds: opts.seconds });
      cell.rounds.push(r);
      info(
        `round ${round + 1}/${opts.rounds} (${cell.scenario.id}) ${cell.scenario.label}${cell.gzip ? ', gzip' : ''}: ` +
          `${Math.round(r.rps)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, ${r.errors} errors`,
      );
    }
  }
  for (const cell of cells) cell.result = combine(cell.rounds);
  return cells;
}
