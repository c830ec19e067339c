import { describe, expect, it } from 'vitest';
import nextConfig from '@/next.config';
import { MEDIA_BODY_MAX_BYTES, MEDIA_MAX_BYTES } from './limits';

describe('the media size limits', () => {
  it('leave room for an upload’s texts beside a file at the limit', () => {
    expect(MEDIA_BODY_MAX_BYTES - MEDIA_MAX_BYTES).toBeGreaterThanOrEqual(64 * 1024);
  });

  it('are the limits of the bodies the server reads, through the proxy as by the actions', () => {
    // The proxy (proxy.ts) sees every dashboard post: a lower limit there cuts an upload off.
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(MEDIA_BODY_MAX_BYTES);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(MEDIA_BODY_MAX_BYTES);
  });
});
