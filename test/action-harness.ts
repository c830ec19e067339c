/**
 * Calling server actions and route handlers directly in vitest, as an attacker's client would
 * (no UI, no Next server), with the caller chosen by the test.
 *
 * The only seam is who is asking: the test file mocks '@/lib/dal' with {@link dalMock}, so
 * `getCurrentUser()` and `getRequester()` — what every action and handler asks (lib/actions.ts)
 * — answer {@link acting.user}, or {@link acting.session} as the database finds it. Everything
 * after it is the real code on a real database: permission check, refusal audit, validation,
 * transaction, audit entry. Two things that only exist inside a Next server are replaced too:
 * next-intl's request-bound `getTranslations` (by the same catalogs through `createTranslator`),
 * and cache invalidation (recorded, so a test can also see which tags an action expired).
 *
 *   vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
 *   vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
 *   vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
 */
import { createTranslator } from 'next-intl';
import type { PublicUser } from '@/db/queries/users';
import type { ActionState } from '@/lib/action-state';
import { sessionStanding, type Requester } from '@/lib/requester';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';

export const acting: {
  user: PublicUser | null;
  /**
   * A session to ask with instead of `user`: checked against the database as lib/dal.ts checks
   * it (lib/requester.ts), so a disabled account or a forced sign-out ends it.
   */
  session?: { userId: string; issuedAtMs: number } | null;
  /** The client's address the request comes from. */
  ip?: string | null;
} = { user: null };

async function requester(): Promise<Requester> {
  const standing = acting.session ? await sessionStanding(acting.session) : { user: acting.user, ended: null };
  return { ...standing, ip: acting.ip ?? null };
}

export const dalMock = {
  getCurrentUser: async () => (await requester()).user,
  getRequester: requester,
  requireUser: async () => {
    throw new Error('pages are not called in these tests');
  },
  requirePermission: async () => {
    throw new Error('pages are not called in these tests');
  },
  signInPath: (locale: string) => `/${locale}/sign-in`,
};

const catalogs = { fr, en, es, ar } as const;

export const intlMock = {
  getTranslations: async (opts: { locale: keyof typeof catalogs; namespace?: string }) =>
    createTranslator({ locale: opts.locale, messages: catalogs[opts.locale], namespace: opts.namespace as never }),
};

export const invalidated: string[] = [];
export const invalidateMock = {
  invalidate: async (tags: string[]) => {
    invalidated.push(...tags);
  },
  notifyTags: async () => undefined,
};

export type Action = (state: ActionState<never>, form: FormData) => Promise<ActionState<unknown>>;

export interface ActionRun {
  state?: ActionState<unknown>;
  /** Where the action redirected (its success path), if it did. */
  redirectedTo?: string;
}

/** Calls an action with a form built from `fields`, as a browser (or a script) would post it. */
export async function callAction(action: unknown, fields: Record<string, string | File>): Promise<ActionRun> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  try {
    const state = await (action as Action)({ status: 'idle' }, form);
    return { state };
  } catch (e) {
    const digest = (e as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return { redirectedTo: digest.split(';')[2] };
    throw e;
  }
}

/** An action succeeded: it redirected to its result, or answered ok. */
export const succeeded = (run: ActionRun) => run.redirectedTo !== undefined || run.state?.status === 'ok';
