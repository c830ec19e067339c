import { describe, expect, it } from 'vitest';
import { parseWrk, steadyScript } from './wrk';

const report = `Running 5s test @ http://127.0.0.1:3400/fr
  1 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    31.70ms   44.23ms 667.77ms   97.63%
    Req/Sec     1.21k   239.36     1.53k    65.00%
  Latency Distribution
     50%   24.31ms
     75%   29.05ms
     90%   35.25ms
     99%    1.28s
  9691 requests in 8.03s, 708.56MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 4
Requests/sec:   1207.35
Transfer/sec:     88.28MB
`;

describe('parseWrk', () => {
  it('reads throughput, latency percentiles in ms, and every kind of error', () => {
    expect(parseWrk(report)).toEqual({ rps: 1207.35, p50: 24.31, p99: 1280, requests: 9691, errors: 9 });
  });

  it('counts no errors when wrk reports none', () => {
    const clean = report.replace(/ {2}Socket errors.*\n/, '').replace(/ {2}Non-2xx.*\n/, '').replace('50%   24.31ms', '50%  812.00us');
    const parsed = parseWrk(clean);
    expect(parsed.errors).toBe(0);
    expect(parsed.p50).toBeCloseTo(0.812);
  });

  it('prefers the steady script’s line: requests over the time the load ran, every kind of error', () => {
    const parsed = parseWrk(`${report}wrk-steady {"requests":4000,"seconds":3.2,"p50":25.5,"p99":41.25,"errors":2,"non2xx":3}\n`);
    expect(parsed).toEqual({ rps: 1250, p50: 25.5, p99: 41.25, requests: 4000, errors: 5 });
  });
});

describe('steadyScript', () => {
  it('holds the first request of each of a thread’s connections, and leaves the opening pause out of the time', () => {
    const lua = steadyScript(16, 50);
    expect(lua).toContain('if held <= 16 then return 50 end');
    expect(lua).toContain('summary.duration / 1e6 - 0.05');
  });

  it('writes its report line as one Lua string with an escaped newline', () => {
    const line = steadyScript(32).split('\n').find((l) => l.includes("'wrk-steady "));
    expect(line).toMatch(/'wrk-steady \{.*\}\\n',$/);
  });
});
