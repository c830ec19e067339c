import { describe, expect, it } from 'vitest';
import { busiestOthers, ownProcesses, type ProcStat } from './machine';

/** A process table: pid → [name, parent pid, CPU ticks so far]. */
function table(rows: Record<number, [string, number, number]>): Map<number, ProcStat> {
  return new Map(Object.entries(rows).map(([pid, [name, parent, ticks]]) => [Number(pid), { name, parent, ticks }]));
}

// bash (100) ran `npm run bench` (200) → sh -c (201) → tsx's launcher (202) → the bench (203),
// which runs esbuild (204) and next start (205); beside it, the same shell runs a build (300).
const before = table({
  1: ['init', 0, 0],
  100: ['bash', 1, 50],
  200: ['npm run bench', 100, 400],
  201: ['sh', 200, 0],
  202: ['node', 201, 300],
  203: ['node', 202, 900],
  204: ['esbuild', 202, 200],
  300: ['next-server', 100, 1000],
  400: ['postgres', 1, 0],
});

describe('the bench tells its own processes from the others', () => {
  it('takes everything from `npm run bench` down as its own, and nothing beside it', () => {
    expect([...ownProcesses(before, 203)].sort()).toEqual([200, 201, 202, 203, 204]);
  });

  it('stops at the first launcher that is not a bench wrapper', () => {
    const direct = table({ 1: ['init', 0, 0], 100: ['bash', 1, 0], 203: ['node', 100, 0], 205: ['nginx', 203, 0] });
    expect([...ownProcesses(direct, 203)].sort()).toEqual([203, 205]);
  });

  it("counts others' CPU over the interval, not over their lives, busiest first", () => {
    const after = table({
      1: ['init', 0, 0],
      100: ['bash', 1, 51], // 1 tick in 10 s: 0.1 %, not busy
      200: ['npm run bench', 100, 400],
      201: ['sh', 200, 0],
      202: ['node', 201, 300],
      203: ['node', 202, 2900], // the bench's own work is never counted
      204: ['esbuild', 202, 200],
      205: ['next-server', 203, 1500],
      300: ['next-server', 100, 1600], // 600 ticks in 10 s: 60 % of a core
      400: ['postgres', 1, 150], // 15 %
      500: ['cc1plus', 100, 80], // started during the interval: 8 %
    });
    const own = ownProcesses(after, 203);
    expect(busiestOthers(before, after, 10, own)).toEqual(['next-server 60%', 'postgres 15%', 'cc1plus 8%']);
    expect(busiestOthers(before, after, 10, own, /^postgres$/)).toEqual(['next-server 60%', 'cc1plus 8%']);
  });
});
