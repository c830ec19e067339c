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
    load: os.loadavg().map((l) => Math.round(l * 100) / 100) as [number, number, number],
    busy: busyProcesses(),
  };
}

/** Processes other than this one above 5 % CPU, from `ps` (empty where ps is missing). */
function busyProcesses(): string[] {
  try {
    const out = execFileSync('ps', ['-eo', 'pid=,pcpu=,comm=', '--sort=-pcpu'], { encoding: 'utf8' });
    return out
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter(([pid, cpu]) => pid && Number(pid) !== process.pid && Number(cpu) >= 5)
      .slice(0, 8)
      .map(([, cpu, ...name]) => `${name.join(' ')} ${cpu}%`);
  } catch {
    return [];
  }
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
