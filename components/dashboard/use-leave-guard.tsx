'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button-class';

/** Marks a form whose sending leaves the page (the dashboard's sign-out): guarded like a link. */
const LEAVES_PAGE = 'data-leaves-page';

/**
 * The person chose to leave without saving: no other guard asks again (a page with two forms,
 * both changed — an account's details and its role), nor the browser as the page unloads.
 */
let leaving = false;

/**
 * Whether a press on this element would take the person off the page in this tab: a link to
 * another address of this site (another tab, a download or a mere `#fragment` leave nothing;
 * another site's address is a full navigation, which the browser's own question covers), or the
 * button of a form marked LEAVES_PAGE.
 */
function leavesPage(el: Element, here: URL): boolean {
  if (el instanceof HTMLAnchorElement) {
    if ((el.target && el.target !== '_self') || el.hasAttribute('download')) return false;
    const to = new URL(el.href, here);
    return to.origin === here.origin && (to.pathname !== here.pathname || to.search !== here.search);
  }
  return el instanceof HTMLButtonElement && el.type === 'submit' && !!el.form?.hasAttribute(LEAVES_PAGE);
}

/**
 * While `dirty` (something typed is not saved yet), leaving the page asks first. A reload,
 * closing the tab or another address typed: the browser's own question, in its own language.
 * A link of the dashboard (client-side navigation, where the browser asks nothing) or signing
 * out: our dialog, in the interface language — stay (the default, and Escape) or leave without
 * saving, which then follows the link or signs out as the press would have. `kept`: the form
 * keeps a copy of its text in this browser (the text editors), which the dialog says; else
 * `discard` puts the stored values back as the person leaves — Next keeps a visited screen
 * mounted, hidden, and coming back to it must not show changes they chose to drop as if they
 * were still there.
 * Returns the dialog, to render in the form's part of the page.
 */
export function useLeaveGuard(dirty: boolean, { kept = false, discard }: { kept?: boolean; discard?: () => void } = {}): ReactNode {
  const t = useTranslations('LeaveGuard');
  // The press held back while the question is open; repeated once the person chose to leave.
  const [held, setHeld] = useState<HTMLElement | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  // Per instance: a screen visited before stays mounted, hidden, with a guard of its own.
  const id = useId();

  useEffect(() => {
    if (!dirty) return;
    leaving = false;
    const warn = (e: BeforeUnloadEvent) => {
      if (!leaving) e.preventDefault();
    };
    // On the window, in the capture phase: before Next's links and React's form actions see it.
    const press = (e: MouseEvent) => {
      // defaultPrevented: another form's guard already holds this press and asks.
      if (leaving || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const el = e.target instanceof Element ? e.target.closest<HTMLElement>('a[href], button') : null;
      if (!el || !leavesPage(el, new URL(window.location.href))) return;
      e.preventDefault();
      e.stopPropagation();
      setHeld(el);
    };
    window.addEventListener('beforeunload', warn);
    window.addEventListener('click', press, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      window.removeEventListener('click', press, true);
    };
  }, [dirty]);

  useEffect(() => {
    if (held && !dialog.current?.open) dialog.current?.showModal();
  }, [held]);

  if (!held) return null;
  const leave = () => {
    leaving = true;
    dialog.current?.close();
    discard?.();
    held.click();
  };
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={() => setHeld(null)}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-line bg-white p-6 text-ink shadow-xl backdrop:bg-black/40"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold">
        {t('title')}
      </h2>
      <p id={`${id}-body`} className="mt-2">
        {t(kept ? 'bodyKept' : 'body')}
      </p>
      <div className="mt-5 flex flex-wrap gap-3">
        <button type="button" autoFocus className={buttonClass('primary')} onClick={() => dialog.current?.close()}>
          {t('stay')}
        </button>
        <button type="button" className={buttonClass('danger')} onClick={leave}>
          {t('leave')}
        </button>
      </div>
    </dialog>
  );
}

/**
 * A form's unsaved changes, and the question asked before leaving them (useLeaveGuard): dirty
 * while what the form holds (`holds`, or the last `read`, serialized) differs from what it opened
 * with — `opened`, serialized alike, or whatever `settle` said it was drawn with while nothing
 * was changed (a version loaded, the fields as first drawn: `base`, and what they hold `now`,
 * which differs when something was typed before the page's scripts ran). A successful save
 * brings the stored values back as a new `opened`: clean again. A refused save changes neither:
 * still dirty. Leaving without saving (`discard`: the form shows what is stored again) leaves it
 * clean too.
 */
export function useFormChanges(opened: string, { kept, discard, holds }: { kept?: boolean; discard?: () => void; holds?: string } = {}) {
  const [at, setAt] = useState({ opened, base: opened, now: opened });
  let current = at;
  if (at.opened !== opened) {
    current = { opened, base: opened, now: opened };
    setAt(current);
  }
  const dirty = (holds ?? current.now) !== current.base;
  const dialog = useLeaveGuard(dirty, {
    kept,
    discard: () => {
      discard?.();
      setAt((a) => ({ ...a, base: a.opened, now: a.opened }));
    },
  });
  return {
    dirty,
    dialog,
    /** What the form holds now. */
    read: (now: string) => setAt((a) => (a.now === now ? a : { ...a, now })),
    /** The form is drawn with stored values again (`base`), holding `now`: nothing to lose unless they differ. */
    settle: (base: string, now = base) => setAt((a) => (a.base === base && a.now === now ? a : { ...a, base, now })),
  };
}

export type FormChanges = ReturnType<typeof useFormChanges>;

/** A form's fields as `useFormChanges` compares them: a chosen file by its name, size and date. */
export function formSnapshot(form: HTMLFormElement): string {
  return JSON.stringify(
    [...new FormData(form)].map(([name, value]) => [name, typeof value === 'string' ? value : value.size ? `${value.name}:${value.size}:${value.lastModified}` : '']),
  );
}

/**
 * The same fields as drawn, whatever they hold now (typed before the page's scripts ran, too):
 * their defaults, what a reset puts back — serialized as formSnapshot does. A controlled text
 * field's default follows its value (React keeps the two alike), and so does a select none of
 * whose options is marked as the default (a controlled one): what it shows is taken.
 */
export function formDefaults(form: HTMLFormElement): string {
  const fields: [string, string][] = [];
  for (const el of form.elements) {
    // What FormData leaves out: buttons, nameless or disabled fields.
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) || !el.name || el.matches(':disabled')) continue;
    if (el instanceof HTMLSelectElement) {
      const options = [...el.options];
      const marked = options.filter((o) => o.defaultSelected);
      for (const o of marked.length ? marked : [...el.selectedOptions]) if (!o.disabled) fields.push([el.name, o.value]);
    } else if (el instanceof HTMLTextAreaElement) fields.push([el.name, el.defaultValue]);
    else if (['submit', 'reset', 'button', 'image'].includes(el.type)) continue;
    else if (el.type === 'checkbox' || el.type === 'radio') {
      if (el.defaultChecked) fields.push([el.name, el.value]);
    } else fields.push([el.name, el.type === 'file' ? '' : el.defaultValue]);
  }
  return JSON.stringify(fields);
}
