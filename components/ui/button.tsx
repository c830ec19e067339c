'use client';

import { useEffect, useLayoutEffect, useRef, useState, type ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClass, type ButtonVariant } from './button-class';
import { rescueFocus } from './focus';
import { useHydrated } from './use-hydrated';

export { buttonClass };

/**
 * A submit button that says, in words, that the form is being sent. While it is, the button
 * keeps the focus (aria-disabled, not disabled: a disabled button drops the focus to the page's
 * body) and a second press is ignored; if the answer draws it anew or takes it away, the focus
 * goes to its replacement, the answer's message or the page's heading (./focus.ts). Of a form's
 * several buttons ("Enregistrer le brouillon", "Enregistrer et publier"), only the one pressed
 * says it is sending, so the person knows which action runs; the others keep their words, and
 * ignore a press too until the answer.
 * `needsScript`: for forms whose fields live in React state (the text editors): such a form
 * cannot be sent before its part of the page is hydrated, and a press in that moment was
 * silently lost, so the button stays disabled until then (a fraction of a second; the other
 * forms also work without script).
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  className = '',
  needsScript = false,
  onClick,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel: string; variant?: ButtonVariant; needsScript?: boolean }) {
  const { pending } = useFormStatus();
  const hydrated = useHydrated();
  const ref = useRef<HTMLButtonElement>(null);
  // Whether the form's last submission was sent by this button, from its `submit` event (named
  // or not, by a press, a key or Enter in a field); null when that event named no button (sent
  // by script): every button then says the form is being sent, as a single one does.
  const [sentByMe, setSentByMe] = useState<boolean | null>(null);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const sent = (e: SubmitEvent) => setSentByMe(e.submitter ? e.submitter === ref.current : null);
    form.addEventListener('submit', sent);
    return () => form.removeEventListener('submit', sent);
  }, []);
  // Pressed and its answer not yet seen here; the label it had before ("Enregistrer").
  const pressed = useRef(false);
  const label = useRef('');
  useEffect(() => {
    if (!pending) {
      pressed.current = false;
      label.current = ref.current?.textContent?.trim() ?? '';
    }
  }, [pending, children]);
  useLayoutEffect(() => {
    const button = ref.current;
    return () => {
      if (button && (pressed.current || document.activeElement === button)) rescueFocus(button, label.current);
    };
  }, []);
  return (
    <button
      ref={ref}
      type="submit"
      {...rest}
      disabled={rest.disabled || (needsScript && !hydrated)}
      aria-disabled={pending || undefined}
      onClick={(e) => {
        if (pending) return e.preventDefault();
        onClick?.(e);
        // Cancelled by its own handler (nothing sent): not pressed.
        pressed.current = !e.defaultPrevented;
      }}
      className={`${buttonClass(variant)} aria-disabled:cursor-progress aria-disabled:opacity-70 ${className}`}
    >
      {pending && sentByMe !== false ? pendingLabel : children}
    </button>
  );
}
