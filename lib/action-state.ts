/** Shared with client components: the shape of what a form action answers (see lib/actions.ts). */
export type ActionState<T = unknown> =
  | { status: 'idle' }
  | { status: 'ok'; message?: string; data?: T }
  | {
      status: 'error';
      formError?: string;
      fieldErrors?: Record<string, string>;
      /** What the person submitted, so the form shows it again: nothing typed is lost. */
      values?: Record<string, string>;
      data?: T;
    };

export const idleState: ActionState = { status: 'idle' };
