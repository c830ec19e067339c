'use client';

import { useEffect, useRef } from 'react';
import { visible } from '@/components/ui/focus';

/**
 * The dashboard's live region, on the page before any answer comes: says each message marked
 * `<Alert announce="page">` as it appears (a saved office, a deleted release), wherever it is
 * drawn. A status box drawn with its message already inside is not reliably announced, and after
 * a save the focus often stays on the button pressed, so without this a screen-reader user heard
 * nothing. Messages already there when the page loads are read with the page, not here. A message
 * is said when it is drawn anew (a key that changes with each save) or its words change; the same
 * text twice in a row is said twice: the region is emptied first.
 *
 * The region lives in a closed shadow root: screen readers read it (the accessibility tree is
 * built from the composed tree), but the page's text is not doubled for the browser's find, for
 * copying, or for anything that looks for a message by its text in the document.
 */
export function PageAnnouncer() {
  const host = useRef<HTMLDivElement>(null);
  const region = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!host.current) return;
    if (!region.current) {
      const root = host.current.attachShadow({ mode: 'closed' });
      const live = document.createElement('div');
      live.setAttribute('role', 'status');
      live.setAttribute('aria-live', 'polite');
      live.setAttribute('aria-atomic', 'true');
      root.append(live);
      region.current = live;
    }
    const live = region.current;
    // What each message said when last read: one drawn anew, or whose words changed, is said.
    const said = new WeakMap<Element, string>();
    const marked = () =>
      [...document.querySelectorAll<HTMLElement>('[data-announce]')].flatMap((el) => {
        const text = el.textContent?.trim() ?? '';
        return text && visible(el) ? [{ el, text }] : [];
      });
    for (const { el, text } of marked()) said.set(el, text);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = (messages: { el: Element; text: string }[]) => {
      for (const { el, text } of messages) said.set(el, text);
      live.textContent = '';
      clearTimeout(timer);
      const message = messages.map(({ text }) => text).join(' ');
      timer = setTimeout(() => (live.textContent = message), 100);
    };
    // A form sent and its answer not yet seen. Saved twice, a screen can come back exactly as it
    // was (the same address, the same message): once the form is no longer being sent, and no
    // refusal shows, its message is said again.
    let sent: { pending: boolean } | null = null;
    const onSubmit = () => (sent = { pending: false });
    document.addEventListener('submit', onSubmit, true);
    const observer = new MutationObserver(() => {
      const shown = marked();
      const fresh = shown.filter(({ el, text }) => said.get(el) !== text);
      if (fresh.length > 0) {
        sent = null;
        return say(fresh);
      }
      if (!sent) return;
      // A screen left while its form was being sent stays drawn so, hidden: only what shows counts.
      const pending = [...document.querySelectorAll('button[type="submit"][aria-disabled="true"]')].some(visible);
      if (pending) sent.pending = true;
      if (pending || !sent.pending) return;
      sent = null;
      const refused = [...document.querySelectorAll('[data-tone="error"], [aria-invalid="true"]')].some(visible);
      if (!refused && shown.length > 0) say(shown);
    });
    observer.observe(document.body, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['aria-disabled'] });
    return () => {
      document.removeEventListener('submit', onSubmit, true);
      observer.disconnect();
      clearTimeout(timer);
    };
  }, []);
  return <div ref={host} className="sr-only" data-page-announcer="" />;
}
