'use client';

import { useEffect, type RefObject } from 'react';

/**
 * Where the keyboard focus goes after a form's answer (WCAG 2.4.3, 3.3.1), so it is never
 * dropped on the page's body: to the problem after a refusal, and — when the button pressed was
 * drawn anew or went away with the answer (the form remounted, another page) — to that same
 * button again, else to the message the answer brought, else to the page's heading.
 */

export const visible = (el: Element) => el.isConnected && (typeof el.checkVisibility !== 'function' || el.checkVisibility());

const focusLost = () => {
  const active = document.activeElement;
  return !active || active === document.body || !visible(active);
};

/** Focuses an element that is not focusable by itself (a message, a heading) without adding it to the Tab order. */
function focusElement(el: HTMLElement) {
  if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
  el.focus();
}

// The refusals whose focus was already moved: a screen shown again (Next keeps the screens
// visited, hidden) or a form remounted by its answer must not take the focus a second time.
const handled = new WeakSet<object>();

/**
 * On each new refusal, the focus goes to `summary` (the element holding the form's message),
 * or, when it says nothing (only field messages), to the form's first invalid field.
 */
export function useProblemFocus(refusal: object | null | undefined, summary: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!refusal || handled.has(refusal)) return;
    const box = summary.current;
    if (!box) return;
    handled.add(refusal);
    const target = box.textContent?.trim() ? box : (box.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? null);
    if (target) focusElement(target);
  }, [refusal, summary]);
}

/** A submit button as the person knew it: what it sends and what it said. */
export interface PressedButton {
  name: string;
  value: string;
  label: string;
  /** Its ancestors when it went, nearest first: where to look for what replaced it. */
  ancestors: HTMLElement[];
}

const sameLabel = (b: HTMLButtonElement, was: PressedButton) => b.name === was.name && b.value === was.value && b.textContent?.trim() === was.label;
// A named button ("intent=publish") may change its label with the state it leads to.
const sameIntent = (b: HTMLButtonElement, was: PressedButton) => was.name !== '' && b.name === was.name && b.value === was.value;

function rescueTarget(was: PressedButton): HTMLElement | null {
  for (const scope of was.ancestors) {
    if (!visible(scope)) continue;
    const buttons = [...scope.querySelectorAll<HTMLButtonElement>('button[type="submit"]')].filter(visible);
    // The same label first (the form drawn anew), then the same name and value (a label that changed with the state).
    const button = buttons.find((b) => sameLabel(b, was)) ?? buttons.find((b) => sameIntent(b, was));
    if (button) return button;
    const message = [...scope.querySelectorAll<HTMLElement>('[data-tone="success"]')].find((m) => visible(m) && m.textContent?.trim());
    if (message) return message;
  }
  return [...document.querySelectorAll<HTMLElement>('main h1')].find(visible) ?? null;
}

// How long a new screen may take to stream in (its Suspense fallback shown meanwhile) for the
// focus to be handed to it: the dashboard after signing in, drawn once the session is read.
const STREAMED_WITHIN_MS = 10_000;

/**
 * Called when a submit button that was pressed goes away with its answer (unmounted, or hidden
 * with its screen): once the new screen is drawn, if the focus was lost, it goes to the button
 * that replaced it, else to the answer's message, else to the page's heading. A new screen still
 * streaming in (nothing of the above drawn yet) gets the focus as its content comes, unless the
 * person has put it somewhere meanwhile.
 */
export function rescueFocus(button: HTMLButtonElement, label: string) {
  const ancestors: HTMLElement[] = [];
  for (let el = button.parentElement; el; el = el.parentElement) ancestors.push(el);
  const was: PressedButton = { name: button.name, value: button.value, label, ancestors };
  requestAnimationFrame(() => {
    if (!focusLost()) return;
    const target = rescueTarget(was);
    if (target) return focusElement(target);
    const observer = new MutationObserver(() => {
      if (!focusLost()) return stop();
      const found = rescueTarget(was);
      if (!found) return;
      stop();
      focusElement(found);
    });
    const timer = setTimeout(() => stop(), STREAMED_WITHIN_MS);
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
    }
    observer.observe(document.body, { childList: true, subtree: true });
  });
}
