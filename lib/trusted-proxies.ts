import http from 'node:http';

/**
 * Who may tell this server a client's address.
 *
 * Sign-in throttling, the audit log and the refusal flood guard count per client address, read
 * from `X-Forwarded-For` (lib/requester.ts). The shipped nginx replaces that header with the
 * address it saw (deploy/nginx.conf), but `next start` keeps whatever a request brings and only
 * fills the header from the socket when it is absent: a client reaching Next directly could name
 * a new address on every attempt and never be throttled. So the forwarding headers are dropped
 * from any request whose connection does not come from a trusted proxy; Next then writes the
 * socket's own address in their place.
 *
 * Trusted by default: this machine (nginx in front on the same host, as docs/deploy.md sets it
 * up). `TRUSTED_PROXIES` (comma-separated addresses) replaces that list when the proxy runs
 * elsewhere; empty trusts no one.
 */
export const FORWARDING_HEADERS = ['x-forwarded-for', 'x-real-ip'] as const;

const LOOPBACK = ['127.0.0.1', '::1'];

/** The trusted proxies' addresses, from `TRUSTED_PROXIES` or loopback when it is unset. */
export function trustedProxies(setting = process.env.TRUSTED_PROXIES): Set<string> {
  const list = setting === undefined ? LOOPBACK : setting.split(',');
  return new Set(list.map((a) => normalAddress(a.trim())).filter(Boolean));
}

/** `::ffff:127.0.0.1` (an IPv4 client on a dual-stack socket) is `127.0.0.1`. */
function normalAddress(address: string): string {
  return address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}

/** Drops the forwarding headers of a request that did not come through a trusted proxy. */
export function forgetUntrustedForwarding(req: http.IncomingMessage, trusted: Set<string>): void {
  const from = req.socket.remoteAddress;
  if (from && trusted.has(normalAddress(from))) return;
  for (const name of FORWARDING_HEADERS) delete req.headers[name];
}

/**
 * Applies {@link forgetUntrustedForwarding} to every request any HTTP server of this process
 * receives, before its handler (Next's) sees it. Node hands each request to a server through
 * `emit('request')`; Next offers no earlier hook. Installed once, by instrumentation.ts.
 */
export function guardForwardingHeaders(trusted = trustedProxies()): void {
  const g = globalThis as unknown as { communiqueForwardingGuard?: boolean };
  if (g.communiqueForwardingGuard) return;
  g.communiqueForwardingGuard = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') forgetUntrustedForwarding(args[0] as http.IncomingMessage, trusted);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
