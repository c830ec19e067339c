'use client';

import { useActionState, useId, useMemo, useRef, useState } from 'react';
import { useProblemFocus } from '@/components/ui/focus';
import { idleState, type ActionState } from '@/lib/action-state';
import { useLeaveGuard } from '@/components/dashboard/use-leave-guard';
import { droppingCopyOnSave, useLocalCopy, type LocalCopyOptions } from './use-local-copy';

/**
 * The state every conflict-safe text editor keeps (articles, organization pages): all fields in
 * React state, so a refused save — invalid field, conflict, expired session — leaves everything
 * typed in place; the version the text is based on; a key that restarts the rich-text body when
 * other text is loaded into it; the focus moved to the problem after a refusal; a question
 * before leaving the page with unsaved text; and a copy of that text kept in this browser
 * (`localCopy`, ./use-local-copy.ts), offered back when the editor opens after a crash.
 */
export function useEditorForm<V extends object, D = unknown>(
  action: (state: ActionState, form: FormData) => Promise<ActionState>,
  initial: V,
  version: number | null,
  localCopy?: LocalCopyOptions,
) {
  // What the form opened with: a page drawn again without a new version (to answer an action
  // that expired it, e.g. an image described in the text) must not move what counts as unsaved.
  const [opened, setOpened] = useState<V>(initial);
  const [values, setValues] = useState<V>(opened);
  const [baseVersion, setBaseVersion] = useState<number | null>(version);
  const [bodyKey, setBodyKey] = useState(0);
  const problemRef = useRef<HTMLDivElement>(null);
  // Unique per instance: a screen visited before may stay mounted, hidden, with an editor of its own.
  const problemId = useId();
  const initialJson = useMemo(() => JSON.stringify(opened), [opened]);
  const dirty = JSON.stringify(values) !== initialJson;
  /** Puts other values in the form (their version after a conflict); the body editor restarts from them. */
  const load = (patch: Partial<V>) => {
    setValues((old) => ({ ...old, ...patch }));
    setBodyKey((k) => k + 1);
  };
  /**
   * Takes a version stored since as the one the form opened on (a refused step answered a text a
   * colleague saved meanwhile, while nothing was typed here): shown, its version the base, nothing
   * counted as unsaved — as the page read anew would be, without losing what it says.
   */
  const rebase = (stored: V, storedVersion: number) => {
    setOpened(stored);
    load(stored);
    setBaseVersion(storedVersion);
  };
  const copy = useLocalCopy(localCopy, { initial: opened, values, dirty, baseVersion }, (kept) => {
    load(kept.values);
    // The version the kept text started from: if another was saved since, saving it meets the
    // conflict answer (their work shown, nothing overwritten unseen).
    setBaseVersion(kept.baseVersion);
  });
  const { saved } = copy;
  const save = useMemo(() => droppingCopyOnSave(action, saved), [action, saved]);
  const [state, dispatch] = useActionState<ActionState, FormData>(save, idleState);
  const failed = state.status === 'error' ? state : null;

  useProblemFocus(failed, problemRef);

  // Leaving the page (a link, signing out, a reload, closing the tab) with unsaved text asks first.
  const leaveDialog = useLeaveGuard(dirty, { kept: !!localCopy?.key });

  return {
    dispatch,
    failed,
    /** What the refusal carried (e.g. the conflict), typed by the caller. */
    data: failed?.data as D | undefined,
    values,
    setValues,
    set: <K extends keyof V>(key: K, value: V[K]) => setValues((old) => ({ ...old, [key]: value })),
    load,
    rebase,
    baseVersion,
    setBaseVersion,
    bodyKey,
    dirty,
    /** The question asked before leaving with unsaved text: render it in the editor. */
    leaveDialog,
    /** The copy kept in this browser: the one found as the editor opened (`offer`), to restore or discard. */
    localCopy: { offer: copy.offer, loadedVersion: version, restore: copy.restore, discard: copy.discard },
    problemRef,
    problemId,
    /** The message at a field; a list field (`topics[]`) also answers for its items' messages. */
    fieldError: (field: string) =>
      failed?.fieldErrors?.[field] ?? Object.entries(failed?.fieldErrors ?? {}).find(([k]) => k.startsWith(`${field}[]`))?.[1],
  };
}
