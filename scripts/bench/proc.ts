import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';

/** A port nobody listens on right now (the OS picks it). */
/**
 * A distinct free port for each name. All are held open until every one is found: a port closed and
 * asked for again can come back from the kernel a second time (seen: nginx's static server and
 * the baseline app given the same port, and nginx then failed to start).
 */
export async function freePorts<const K extends string>(names: readonly K[]): Promise<Record<K, number>> {
  const servers: net.Server[] = [];
  try {
    for (let i = 0; i < names.length; i++) {
      const srv = net.createServer();
      servers.push(srv);
      await new Promise<void>((resolve, reject) => {
        srv.once('error', reject);
        srv.listen(0, '127.0.0.1', () => resolve());
      });
    }
    return Object.fromEntries(names.map((name, i) => [name, (servers[i]!.address() as net.AddressInfo).port])) as Record<K, number>;
  } finally {
    await Promise.all(servers.map((srv) => new Promise<void>((resolve) => srv.close(() => resolve()))));
  }
}

export interface Service {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** SIGTERM to its process group, SIGKILL after a grace period. */
  stop(): Promise<void>;
}

/** Starts a long-running process in its own process group, its output in `logFile`. */
export function startService(
  name: string,
  command: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Service {
  const out = fs.openSync(opts.logFile, 'a');
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  return { name, child, logFile: opts.logFile, stop };
}

/** Runs a command to completion; output goes to `logFile` (or is returned when none is given). */
export function runCommand(
  command: string,
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; logFile?: string },
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const sink = opts.logFile ? fs.createWriteStream(opts.logFile, { flags: 'a' }) : undefined;
    const take = (chunk: Buffer) => {
      if (sink) sink.write(chunk);
      else output += chunk.toString();
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.once('error', reject);
    child.once('close', (code) => {
      sink?.end();
      resolve({ code: code ?? 1, output });
    });
  });
}

export interface Timed {
  status: number;
  ms: number;
  bytes: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** One HTTP request over a kept-alive connection, timed to the last byte of the body. */
export function request(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          bytes: body.length,
          body: body.toString('utf8'),
          headers: res.headers,
        });
      });
      res.on('error', reject);
    });
    req.setTimeout(opts.timeoutMs ?? 30_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

/** Waits until `url` answers below 500, or fails when the service exits or time runs out. */
export async function waitForHttp(url: string, service: Service, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited (${service.child.exitCode}); see ${service.logFile}`);
    try {
      const res = await request(url, { timeoutMs: 5_000 });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${service.name} did not answer ${url} within ${timeoutMs / 1000} s; see ${service.logFile}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
