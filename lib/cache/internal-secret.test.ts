/**
 * The internal endpoint (app/api/internal/revalidate) acts only for a caller that knows the
 * token derived from AUTH_SECRET — this server's own coordinator and actions — and only on a
 * body its schema accepts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { REVALIDATE_HEADER } from './channel';
import { readInternalRequest, revalidateToken } from './internal-secret';

const schema = z.object({ tags: z.array(z.string().min(1)).min(1) });
const post = (body: unknown, token?: string) =>
  new Request('http://127.0.0.1/api/internal/revalidate', {
    method: 'POST',
    headers: token === undefined ? {} : { [REVALIDATE_HEADER]: token },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

afterEach(() => vi.unstubAllEnvs());

describe('readInternalRequest', () => {
  it('gives the body to a caller with the token', async () => {
    vi.stubEnv('AUTH_SECRET', 'a secret for this test');
    expect(await readInternalRequest(post({ tags: ['articles:fr'] }, revalidateToken()), schema)).toEqual({ tags: ['articles:fr'] });
  });

  it('answers 403 without the token, with a wrong one, or when the server has no secret', async () => {
    vi.stubEnv('AUTH_SECRET', 'a secret for this test');
    const token = revalidateToken();
    for (const req of [post({ tags: ['articles:fr'] }), post({ tags: ['articles:fr'] }, `${token.slice(1)}x`)]) {
      const answer = await readInternalRequest(req, schema);
      expect(answer).toBeInstanceOf(Response);
      expect((answer as Response).status).toBe(403);
    }
    vi.stubEnv('AUTH_SECRET', '');
    expect(((await readInternalRequest(post({ tags: ['articles:fr'] }, revalidateToken()), schema)) as Response).status).toBe(403);
  });

  it('answers 400 for a body that is not JSON or not what the endpoint takes', async () => {
    vi.stubEnv('AUTH_SECRET', 'a secret for this test');
    for (const body of ['not json', { tags: [] }, { tags: 'articles:fr' }]) {
      const answer = await readInternalRequest(post(body, revalidateToken()), schema);
      expect((answer as Response).status).toBe(400);
    }
  });
});
