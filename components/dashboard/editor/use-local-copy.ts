'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
// Next exports no public test for the redirect a successful save throws; this is the one its own
// router uses (the same module next/navigation's redirect() is built on).
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import {
  browserStorage,
  copyToOffer,
  dropExpiredLocalCopies,
  readLocalCopy,
  removeLocalCopy,
  writeLocalCopy,
  type LocalCopy,
} from './local-copy';

/** How long typing pauses before the copy is written (leaving the page writes it at once). */
export const LOCAL_COPY_DELAY_MS = 1000;

export interface LocalCopyOptions {
  /** localCopyKey(…), built by the editor's server page from the signed-in user; null keeps no copy (a read-only form). */
  key: string | null;
  /** A second version the values rest on (the article's shared fields): kept with the copy and put back with it. */
  otherVersion?: { value: number | null; set: (version: number | null) => void };
}

/** A copy found as the editor opened, as the notice shows it (local-copy-notice.tsx). */
export interface LocalCopyOffer {
  savedAt: string;
  baseVersion: number | null;
}

/**
 * The copy of the form kept in this browser (./local-copy.ts) while it holds unsaved text:
 * written a moment after typing pauses, and at once when the page goes away; removed when a
 * save succeeds or the form is clean again. As the editor opens, a copy left by an earlier
 * visit that differs from what was loaded is offered (restore or discard); until the person
 * decides, it is not written over.
 */
export function useLocalCopy<V extends object>(
  options: LocalCopyOptions | undefined,
  form: { initial: V; values: V; dirty: boolean; baseVersion: number | null },
  putBack: (copy: LocalCopy<V>) => void,
) {
  const key = options?.key ?? null;
  const other = options?.otherVersion;
  const hasOther = !!other;
  const otherValue = other?.value ?? null;
  const { initial, values, dirty, baseVersion } = form;
  const [offer, setOffer] = useState<LocalCopy<V> | null>(null);
  // Looked for once per editor: a screen shown again (Next keeps visited screens, hidden)
  // must not offer its own copy back.
  const looked = useRef(false);
  const wrote = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!key || looked.current) return;
    looked.current = true;
    const storage = browserStorage();
    dropExpiredLocalCopies(storage);
    const found = readLocalCopy(storage, key);
    const offered = copyToOffer(found, initial);
    // The same text as stored (saved since, here or elsewhere): nothing to offer.
    if (found && !offered) removeLocalCopy(storage, key);
    // The browser's storage, which the server's HTML cannot know, is read once hydrated; a
    // snapshot store would not do, as this editor's own writes must not show up as an offer.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once, as the editor opens
    if (offered) setOffer(offered);
  }, [key, initial]);

  // Declared before the writer: on unmount (or a screen hidden) the write waiting is done
  // first, before the writer's cleanup cancels it.
  useEffect(() => {
    const flush = () => pending.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  useEffect(() => {
    if (!key || offer) return;
    const storage = browserStorage();
    if (!dirty) {
      // Typed back to what is stored: the copy has nothing more to keep.
      if (wrote.current) removeLocalCopy(storage, key);
      wrote.current = false;
      return;
    }
    pending.current = () => {
      pending.current = null;
      const copy: LocalCopy<V> = { values, baseVersion, ...(hasOther ? { otherVersion: otherValue } : {}), savedAt: new Date().toISOString() };
      if (writeLocalCopy(storage, key, copy)) wrote.current = true;
    };
    timer.current = setTimeout(() => pending.current?.(), LOCAL_COPY_DELAY_MS);
    return () => {
      clearTimeout(timer.current);
      pending.current = null;
    };
  }, [key, offer, dirty, values, baseVersion, hasOther, otherValue]);

  /** The save succeeded (answered ok, or moved on to the saved version's address): the copy goes. */
  const saved = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
    wrote.current = false;
    if (key) removeLocalCopy(browserStorage(), key);
  }, [key]);

  return {
    offer: offer ? ({ savedAt: offer.savedAt, baseVersion: offer.baseVersion } satisfies LocalCopyOffer) : null,
    saved,
    /** Puts the copy's text and versions back in the form; it stays stored until saved. */
    restore: () => {
      if (!offer) return;
      putBack(offer);
      if (other && offer.otherVersion !== undefined) other.set(offer.otherVersion);
      // Now this editor's own copy: removed too if the text is typed back to what is stored.
      wrote.current = true;
      setOffer(null);
    },
    discard: () => {
      if (key) removeLocalCopy(browserStorage(), key);
      setOffer(null);
    },
  };
}

/**
 * A form's save action that drops the copy once the save succeeded: answered ok, or moved on
 * (a redirect) to the saved version's address. A refused save keeps it.
 */
export function droppingCopyOnSave<S extends { status: string }>(action: (previous: S, form: FormData) => Promise<S>, saved: () => void) {
  return async (previous: S, form: FormData): Promise<S> => {
    try {
      const answer = await action(previous, form);
      if (answer.status === 'ok') saved();
      return answer;
    } catch (e) {
      if (isRedirectError(e)) saved();
      throw e;
    }
  };
}
