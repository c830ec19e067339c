/**
 * What a refused sign-in writes to the server log, through Auth.js's own request handling (the
 * core next-auth runs): a credentials provider that refuses as lib/auth.ts's does — `authorize`
 * returning null for a wrong password, throwing a CredentialsSignin when throttled.
 */
import { Auth, type AuthConfig } from '@auth/core';
import { CredentialsSignin } from '@auth/core/errors';
import Credentials from '@auth/core/providers/credentials';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authLogger } from './auth-logger';

class Throttled extends CredentialsSignin {
  code = 'throttled';
}

const ORIGIN = 'http://localhost:3000';

function config(authorize: () => Promise<null>, logger?: AuthConfig['logger']): AuthConfig {
  return {
    secret: 'a-test-secret-of-at-least-thirty-two-characters',
    trustHost: true,
    basePath: '/api/auth',
    providers: [Credentials({ credentials: { email: {}, password: {} }, authorize })],
    ...(logger ? { logger } : {}),
  };
}

/** Posts the sign-in form as a browser does: a CSRF token first, then the credentials. */
async function postSignIn(cfg: AuthConfig): Promise<Response> {
  const csrf = await Auth(new Request(`${ORIGIN}/api/auth/csrf`), cfg);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return Auth(
    new Request(`${ORIGIN}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ email: 'someone@example.org', password: 'wrong', csrfToken }),
    }),
    cfg,
  );
}

const errorLog = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

afterEach(() => vi.restoreAllMocks());

describe('authLogger', () => {
  it('Auth.js on its own logs a wrong password as an error, stack and all (what it replaces)', async () => {
    const log = errorLog();
    await postSignIn(config(async () => null));
    expect(log.mock.calls.flat().join(' ')).toContain('CredentialsSignin');
  });

  it('logs nothing for a wrong password: the sign-in is refused, and audited elsewhere', async () => {
    const log = errorLog();
    const response = await postSignIn(config(async () => null, authLogger));
    expect(response.headers.get('location')).toContain('error=CredentialsSignin');
    expect(log).not.toHaveBeenCalled();
  });

  it('logs nothing for a throttled sign-in, a CredentialsSignin of its own', async () => {
    const log = errorLog();
    const response = await postSignIn(
      config(async () => {
        throw new Throttled();
      }, authLogger),
    );
    expect(response.headers.get('location')).toContain('code=throttled');
    expect(log).not.toHaveBeenCalled();
  });

  it('still logs any other error, with the error itself (its stack and cause)', async () => {
    const log = errorLog();
    const failure = new Error('database unreachable');
    await postSignIn(
      config(async () => {
        throw failure;
      }, authLogger),
    );
    expect(log).toHaveBeenCalledTimes(1);
    const [label, logged] = log.mock.calls[0]!;
    expect(label).toBe('[auth][error]');
    expect((logged as Error).cause).toMatchObject({ err: failure });
  });
});
