'use client';

import { useEffect, useLayoutEffect, useRef, type ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClass, type ButtonVariant } from './button-class';
import { rescueFocus } from './focus';
import { useHydrated } from './use-hydrated';

export { buttonClass };

/**
 * A submit button that says, in words, that the form is being sent. While it is, the button
 * keeps the focus (aria-disabled, not disabled: a disabled button drops the focus to the page's
 * body) and a second press is ignored; if the answer draws it anew or takes it away, the focus
 * goes to its replacement, the answer's message or the page's heading (./focus.ts).
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
        pressed.current = true;
        onClick?.(e);
      }}
      className={`${buttonClass(variant)} aria-disabled:cursor-progress aria-disabled:opacity-70 ${className}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
