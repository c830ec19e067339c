import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../test/database-server';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  load: [number, number, number];
  /** Other processes using CPU when the bench started (a shared machine makes noisy numbers). */
  busy: string[];
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    load: loadAverage(),
    busy: busyProcesses(),
  };
}

export function loadAverage(): [number, number, number] {
  return os.loadavg().map((l) => Math.round(l * 100) / 100) as [number, number, number];
}

/** Processes other than the bench's own using at least 5 % of a core over one second, now. */
function busyProcesses(): string[] {
  const snapshot = cpuSnapshot();
  if (!snapshot) return [];
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  return busySince(snapshot);
}

/**
 * CPU time of every process so far, read from /proc (null where there is none). Not `ps`: its
 * %CPU is an average over each process's whole life, so it showed ps itself and the bench's
 * just-started parents as busy, and a process busy an hour ago as busy now.
 */
export function cpuSnapshot(): CpuSnapshot | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  return { at: performance.now(), stats: cpuTicks() };
}

export interface CpuSnapshot {
  at: number;
  stats: Map<number, ProcStat>;
}

/**
 * Processes outside the bench's own that used at least 5 % of a core on average since the
 * snapshot (those started since count from their start; those that ended since are not seen),
 * busiest first. `alsoOurs` names processes the bench used outside its tree (a PostgreSQL it
 * did not start).
 */
export function busySince(snapshot: CpuSnapshot, alsoOurs?: RegExp): string[] {
  const now = cpuTicks();
  const seconds = (performance.now() - snapshot.at) / 1000;
  return busiestOthers(snapshot.stats, now, seconds, ownProcesses(now, process.pid), alsoOurs);
}

/** From two readings `seconds` apart: processes not in `own` above 5 % of a core, busiest first. */
export function busiestOthers(
  before: Map<number, ProcStat>,
  after: Map<number, ProcStat>,
  seconds: number,
  own: Set<number>,
  alsoOurs?: RegExp,
): string[] {
  const ticksPerSecond = 100; // USER_HZ: 100 on every Linux architecture Node runs on
  return [...after]
    .filter(([pid, p]) => !own.has(pid) && !alsoOurs?.test(p.name))
    .map(([pid, p]) => ({ name: p.name, cpu: ((p.ticks - (before.get(pid)?.ticks ?? 0)) / ticksPerSecond / seconds) * 100 }))
    .filter((p) => p.cpu >= 5)
    .sort((a, b) => b.cpu - a.cpu)
    .slice(0, 8)
    .map((p) => `${p.name} ${Math.round(p.cpu)}%`);
}

export interface ProcStat {
  name: string;
  parent: number;
  /** User and system CPU time so far, in clock ticks. */
  ticks: number;
}

function cpuTicks(): Map<number, ProcStat> {
  const stats = new Map<number, ProcStat>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid … utime stime: comm may hold spaces and parentheses.
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      stats.set(Number(entry), {
        name: stat.slice(stat.indexOf('(') + 1, close),
        parent: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // The process ended while we read.
    }
  }
  return stats;
}

/**
 * The bench's own process tree: from the outermost of the processes that launched it (`npm run
 * bench`, its `sh -c`, tsx's launcher) down to every descendant (tsx's esbuild service, and the
 * servers, wrk and chromium it starts).
 */
export function ownProcesses(stats: Map<number, ProcStat>, self: number): Set<number> {
  let top = self;
  for (let parent = stats.get(top)?.parent; parent && parent > 1; parent = stats.get(parent)?.parent) {
    const name = stats.get(parent)?.name ?? '';
    if (!/^(node|sh|tsx|npx|npm\b.*)$/.test(name)) break;
    top = parent;
    if (name.startsWith('npm')) break;
  }
  const own = new Set([top]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of stats) {
      if (!own.has(pid) && own.has(p.parent)) {
        own.add(pid);
        grew = true;
      }
    }
  }
  return own;
}

function pkgVersion(name: string): string {
  try {
    const file = path.join(REPO_ROOT, 'node_modules', name, 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'missing';
  }
}

function firstLine(cmd: string, args: string[]): string | null {
  try {
    const out = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return out.split('\n')[0]?.trim() || null;
  } catch (e) {
    const err = e as { stderr?: string };
    return err.stderr?.split('\n')[0]?.trim() || null;
  }
}

export function versions(extra: Record<string, string | null>): Record<string, string> {
  const git = firstLine('git', ['-C', REPO_ROOT, 'rev-parse', '--short', 'HEAD']) ?? 'unknown';
  const dirty = firstLine('git', ['-C', REPO_ROOT, 'status', '--porcelain', '--untracked-files=no']);
  return {
    commit: dirty ? `${git} (with uncommitted changes)` : git,
    node: process.version,
    next: pkgVersion('next'),
    react: pkgVersion('react'),
    'next-intl': pkgVersion('next-intl'),
    lighthouse: pkgVersion('lighthouse'),
    playwright: pkgVersion('@playwright/test'),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, v ?? 'absent'])),
  };
}

export function wrkVersion(bin: string): string | null {
  if (!fs.existsSync(bin)) return null;
  // `wrk -v` prints its version and exits non-zero.
  const run = spawnSync(bin, ['-v'], { encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`.split('\n')[0]?.replace(/\s*\[.*$/, '').trim() || 'present';
}

export function chromiumVersion(bin: string): string | null {
  return fs.existsSync(bin) ? firstLine(bin, ['--version']) : null;
}
