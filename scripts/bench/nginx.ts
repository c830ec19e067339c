import fs from 'node:fs';
import path from 'node:path';
import { runCommand, startService, waitForHttp, type Service } from './proc';

/** nginx's path: Debian's package, or BENCH_NGINX. */
export const NGINX = process.env.BENCH_NGINX ?? '/usr/sbin/nginx';

/**
 * Runs the shipped deploy/nginx.conf, unprivileged, in a throw-away prefix: only its listen
 * port, its upstream address and its cache folder are rewritten (each must be found exactly
 * once, so the bench cannot silently drift from the shipped file). A second server on another
 * port serves files from disk with the same compression settings: (c), "the same bytes served
 * statically by nginx".
 */
export interface NginxSetup {
  shippedConf: string;
  workDir: string;
  appPort: number;
  proxyPort: number;
  staticPort: number;
}

export interface NginxHandle {
  service: Service;
  staticRoot: string;
  proxyOrigin: string;
  staticOrigin: string;
  stop(): Promise<void>;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`));
  if (!matches || matches.length !== 1) {
    throw new Error(`deploy/nginx.conf: expected exactly one ${what} (${pattern}); update scripts/bench/nginx.ts with it`);
  }
  return text.replace(pattern, replacement);
}

/** The shipped file with the three machine-specific values replaced. */
export function adaptShippedConf(shipped: string, s: { appPort: number; proxyPort: number; cacheDir: string }): string {
  let conf = replaceOnce(shipped, /proxy_cache_path \/var\/cache\/nginx\/communique /, `proxy_cache_path ${s.cacheDir} `, 'cache folder');
  conf = replaceOnce(conf, /server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${s.appPort};`, 'upstream server');
  conf = replaceOnce(conf, /listen 80;/, `listen 127.0.0.1:${s.proxyPort};`, 'IPv4 listen');
  conf = replaceOnce(conf, /\n\s*listen \[::\]:80;/, '', 'IPv6 listen');
  return conf;
}

/** The shipped server's compression directives, for the static server to match. */
export function gzipDirectives(shipped: string): string {
  const lines = shipped.match(/^\s*gzip[\s\S]*?;/gm);
  if (!lines || !lines.some((l) => /^\s*gzip on;/.test(l))) throw new Error('deploy/nginx.conf: no `gzip on;` found');
  return lines.map((l) => l.trim()).join('\n    ');
}

export async function nginxVersion(): Promise<string | null> {
  if (!fs.existsSync(NGINX)) return null;
  const { output } = await runCommand(NGINX, ['-v'], { cwd: process.cwd() });
  return output.trim().replace(/^nginx version: /, '');
}

export async function startNginx(setup: NginxSetup): Promise<NginxHandle> {
  const { workDir } = setup;
  const staticRoot = path.join(workDir, 'static');
  for (const dir of ['cache', 'temp', 'static', 'logs']) fs.mkdirSync(path.join(workDir, dir), { recursive: true });
  const shipped = fs.readFileSync(setup.shippedConf, 'utf8');
  fs.writeFileSync(
    path.join(workDir, 'communique.conf'),
    adaptShippedConf(shipped, { appPort: setup.appPort, proxyPort: setup.proxyPort, cacheDir: path.join(workDir, 'cache') }),
  );
  const temp = (name: string) => path.join(workDir, 'temp', name);
  const mime = fs.existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : 'types { text/html html; }';
  fs.writeFileSync(
    path.join(workDir, 'nginx.conf'),
    `# Written by scripts/bench/nginx.ts; the shipped configuration is communique.conf.
worker_processes auto;
pid ${path.join(workDir, 'nginx.pid')};
error_log ${path.join(workDir, 'logs', 'error.log')} warn;
events { worker_connections 4096; }
http {
    ${mime}
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path ${temp('body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};

    include ${path.join(workDir, 'communique.conf')};

    # (c) the same bytes from disk: the page as Next.js sent it, and its gzip (gzip_static).
    server {
        listen 127.0.0.1:${setup.staticPort};
        root ${staticRoot};
        ${gzipDirectives(shipped)}
        gzip_static on;
    }
}
`,
  );
  // As root, nginx would start as root and switch its workers to another user: run the whole
  // of it as `nobody` instead, in a prefix that user owns.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await runCommand('chown', ['-R', 'nobody:nogroup', workDir], { cwd: workDir });
  const nginxArgs = ['-p', workDir, '-c', path.join(workDir, 'nginx.conf'), '-g', 'daemon off;'];
  const test = asRoot
    ? await runCommand('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', NGINX, '-t', ...nginxArgs.slice(0, 4)], { cwd: workDir })
    : await runCommand(NGINX, ['-t', ...nginxArgs.slice(0, 4)], { cwd: workDir });
  if (test.code !== 0) throw new Error(`nginx -t refused the configuration:\n${test.output}`);
  const service = asRoot
    ? startService('nginx', 'setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', NGINX, ...nginxArgs], {
        cwd: workDir,
        env: process.env,
        logFile: path.join(workDir, 'logs', 'stdout.log'),
      })
    : startService('nginx', NGINX, nginxArgs, { cwd: workDir, env: process.env, logFile: path.join(workDir, 'logs', 'stdout.log') });
  const proxyOrigin = `http://127.0.0.1:${setup.proxyPort}`;
  const staticOrigin = `http://127.0.0.1:${setup.staticPort}`;
  await waitForHttp(`${staticOrigin}/`, service, 10_000);
  return { service, staticRoot, proxyOrigin, staticOrigin, stop: () => service.stop() };
}

/** Puts a file where the static server (c) serves it; `gzipped` becomes its .gz twin. */
export function writeStatic(handle: NginxHandle, name: string, body: Buffer, gzipped: Buffer): void {
  fs.writeFileSync(path.join(handle.staticRoot, name), body);
  fs.writeFileSync(path.join(handle.staticRoot, `${name}.gz`), gzipped);
  if (process.getuid?.() === 0) {
    fs.chownSync(path.join(handle.staticRoot, name), 65534, 65534);
    fs.chownSync(path.join(handle.staticRoot, `${name}.gz`), 65534, 65534);
  }
}
