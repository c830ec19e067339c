'use client';

import { Fragment, useActionState, useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { formDefaults, formSnapshot, useFormChanges, type FormChanges } from '@/components/dashboard/use-leave-guard';
import { FormProblem } from '@/components/ui/form-problem';
import { idleState, type ActionState } from '@/lib/action-state';

/** A form's unsaved changes (useFormChanges), for ActionFormFrame to read and to ask about. */
export type FormGuard = FormChanges & { drawn: number };

/**
 * Runs `shown` each time the screen is shown again: Next keeps a screen visited before mounted but
 * hidden (React's Activity, which takes its effects down meanwhile) and shows it again, as it was
 * left, when a link leads back to it. A layout effect: before the screen is painted.
 */
function useShownAgain(shown: () => void) {
  const onShown = useEffectEvent(shown);
  const before = useRef(false);
  useLayoutEffect(() => {
    if (before.current) onShown();
    before.current = true;
  }, []);
}

/**
 * A dashboard form's last answer as the form shows it: after a refusal the values sent (nothing
 * typed is lost) and each field's message; before, the record's own values. `guard`, given to
 * ActionFormFrame: leaving with changes not saved asks first — a refused save keeps them, a
 * successful one (or the record's values coming back changed) leaves the form clean, and leaving
 * without saving shows the record's values again (Next keeps a visited screen mounted, hidden).
 * Shown again with nothing unsaved, the form starts over as on a first visit: the last answer
 * (a new account's link, an image's texts not taken, a refusal since typed back) is put away and
 * the fields drawn anew. An answer that went to another address (a record made, by `redirectTo`)
 * left nothing to put away: Next draws the form anew as it follows the redirect.
 */
export function useActionAnswer<T = unknown>(action: (state: ActionState<T>, form: FormData) => Promise<ActionState<T>>, initial: Record<string, string> = {}) {
  const [state, formAction] = useActionState(action, idleState as ActionState<T>);
  // The answer put away (left without saving, or shown again): no longer shown; `drawn` redraws the fields.
  const [dropped, setDropped] = useState<{ state: ActionState<T> | null; drawn: number }>({ state: null, drawn: 0 });
  const drop = () => setDropped(({ drawn }) => ({ state, drawn: drawn + 1 }));
  const [saved, setSaved] = useState(0);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.status === 'ok') setSaved((n) => n + 1);
  }
  const changes = useFormChanges(`${saved}:${JSON.stringify(initial)}`, { discard: drop });
  const answer = state === dropped.state ? (idleState as ActionState<T>) : state;
  // Unsaved text shown again (by the browser's back button, which asks nothing) stays.
  useShownAgain(() => {
    if (answer.status !== 'idle' && !changes.dirty) drop();
  });
  const error = answer.status === 'error' ? answer : undefined;
  return {
    state: answer,
    formAction,
    error,
    values: error?.values ?? initial,
    fieldError: (field: string) => error?.fieldErrors?.[field],
    guard: { ...changes, drawn: dropped.drawn } as FormGuard,
  };
}

/**
 * The frame of a form posting to a defineAction: the interface language and the record's
 * identity (id, version) as hidden inputs, the form's message above the fields, taking the
 * focus after each refusal.
 */
export function ActionFormFrame({
  formAction,
  locale,
  hidden = {},
  refusal,
  className,
  guard,
  children,
}: {
  formAction: (form: FormData) => void;
  locale: string;
  /** Left out when empty (a new record has no id yet). */
  hidden?: Record<string, string | undefined>;
  /** The last answer when it was a refusal. */
  refusal?: { formError?: string };
  className?: string;
  /** useActionAnswer's guard: leaving with unsaved changes asks first. */
  guard?: FormGuard;
  children: ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  // Unchanged, the fields as drawn (their defaults) are what the form opened with: the base
  // changes are read against. Holding something else already (typed before the page's scripts
  // ran, on a slow network) is a change.
  useEffect(() => {
    if (guard && !guard.dirty && form.current) guard.settle(formDefaults(form.current), formSnapshot(form.current));
  });
  return (
    <form ref={form} action={formAction} noValidate className={className} onInput={guard ? (e) => guard.read(formSnapshot(e.currentTarget)) : undefined}>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      {guard?.dialog}
      <FormProblem refusal={refusal} />
      <Fragment key={guard?.drawn}>{children}</Fragment>
    </form>
  );
}
