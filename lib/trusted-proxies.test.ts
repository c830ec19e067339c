import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetUntrustedForwarding, guardForwardingHeaders, trustedProxies } from './trusted-proxies';

/** Starts a server answering with the forwarding headers it was handed, as JSON. */
async function echoServer(listener?: (req: http.IncomingMessage) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    listener?.(req);
    res.end(JSON.stringify({ xff: req.headers['x-forwarded-for'] ?? null, realIp: req.headers['x-real-ip'] ?? null }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

const forged = { 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.7' };
const servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('trustedProxies', () => {
  it('trusts this machine when nothing is set, and exactly the listed addresses otherwise', () => {
    expect([...trustedProxies(undefined)]).toEqual(['127.0.0.1', '::1']);
    expect([...trustedProxies('10.0.0.5, ::FFFF:10.0.0.6')]).toEqual(['10.0.0.5', '10.0.0.6']);
    expect([...trustedProxies('')]).toEqual([]);
  });
});

describe('forgetUntrustedForwarding', () => {
  it('drops the headers a client sent itself, keeps those of a trusted proxy', async () => {
    const untrusted = await echoServer((req) => forgetUntrustedForwarding(req, trustedProxies('')));
    const trusted = await echoServer((req) => forgetUntrustedForwarding(req, trustedProxies(undefined)));
    servers.push(untrusted, trusted);
    expect(await (await fetch(untrusted.url, { headers: forged })).json()).toEqual({ xff: null, realIp: null });
    expect(await (await fetch(trusted.url, { headers: forged })).json()).toEqual({ xff: '203.0.113.7', realIp: '203.0.113.7' });
  });
});

describe('guardForwardingHeaders', () => {
  it('applies to every HTTP server of the process, before its handler runs, once', async () => {
    const server = await echoServer();
    servers.push(server);
    guardForwardingHeaders(trustedProxies(''));
    guardForwardingHeaders(trustedProxies(undefined)); // a second install changes nothing
    expect(await (await fetch(server.url, { headers: forged })).json()).toEqual({ xff: null, realIp: null });
  });
});
