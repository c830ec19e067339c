'use client';

import { useActionState, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useProblemFocus } from '@/components/ui/focus';
import { idleState, type ActionState } from '@/lib/action-state';

/**
 * The state every conflict-safe text editor keeps (articles, organization pages): all fields in
 * React state, so a refused save — invalid field, conflict, expired session — leaves everything
 * typed in place; the version the text is based on; a key that restarts the rich-text body when
 * other text is loaded into it; the focus moved to the problem after a refusal; and a question
 * before leaving the page with unsaved text.
 */
export function useEditorForm<V extends object, D = unknown>(
  action: (state: ActionState, form: FormData) => Promise<ActionState>,
  initial: V,
  version: number | null,
) {
  const [state, dispatch] = useActionState<ActionState, FormData>(action, idleState);
  const [values, setValues] = useState<V>(initial);
  const [baseVersion, setBaseVersion] = useState<number | null>(version);
  const [bodyKey, setBodyKey] = useState(0);
  const problemRef = useRef<HTMLDivElement>(null);
  // Unique per instance: a screen visited before may stay mounted, hidden, with an editor of its own.
  const problemId = useId();
  const initialJson = useMemo(() => JSON.stringify(initial), [initial]);
  const dirty = JSON.stringify(values) !== initialJson;
  const failed = state.status === 'error' ? state : null;

  useProblemFocus(failed, problemRef);

  // Leaving the page (reload, closing the tab, another address) with unsaved text asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    dispatch,
    failed,
    /** What the refusal carried (e.g. the conflict), typed by the caller. */
    data: failed?.data as D | undefined,
    values,
    setValues,
    set: <K extends keyof V>(key: K, value: V[K]) => setValues((old) => ({ ...old, [key]: value })),
    /** Puts other values in the form (their version after a conflict); the body editor restarts from them. */
    load: (patch: Partial<V>) => {
      setValues((old) => ({ ...old, ...patch }));
      setBodyKey((k) => k + 1);
    },
    baseVersion,
    setBaseVersion,
    bodyKey,
    dirty,
    problemRef,
    problemId,
    /** The message at a field; a list field (`topics[]`) also answers for its items' messages. */
    fieldError: (field: string) =>
      failed?.fieldErrors?.[field] ?? Object.entries(failed?.fieldErrors ?? {}).find(([k]) => k.startsWith(`${field}[]`))?.[1],
  };
}
