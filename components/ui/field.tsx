'use client';

import { useEffect, useId, useRef, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { controlClass } from './control-class';

export { controlClass };

/**
 * A labelled form control with its hint and its error, wired for screen readers
 * (aria-invalid, aria-describedby). The error is a translated message from the server.
 *
 * Ids are made here (useId) unless the caller needs a known one: Next keeps a page visited
 * before mounted but hidden, so the same form may be in the document twice, and a fixed id
 * would tie this label to the hidden copy's control. A client module, so the ids come from the
 * browser's React tree even when a server component renders the field.
 */
interface FieldFrame {
  id?: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
}

/** The control's id (given, or unique to this instance) and its aria-describedby. */
export function useFieldIds(given: string | undefined, error?: string, hint?: ReactNode) {
  const made = useId();
  const id = given ?? made;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return { id, describedBy };
}

export function FieldShell({ id, label, error, hint, children }: FieldFrame & { id: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-ink">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="flex items-start gap-1 text-sm font-semibold text-red-800">
          <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-0.5 size-4 shrink-0">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M8 4v5M8 11v1" stroke="#fff" strokeWidth="1.8" />
          </svg>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({ id: given, label, error, hint, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const { id, describedBy } = useFieldIds(given, error, hint);
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={controlClass} {...input} />
    </FieldShell>
  );
}

/**
 * An e-mail address: typed and shown left to right in every language (an address in a
 * right-to-left field puts its "@" and dots in the wrong places), with the e-mail keyboard.
 */
export function EmailField(props: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'dir'>) {
  return <TextField type="email" dir="ltr" {...props} />;
}

export function TextAreaField({ id: given, label, error, hint, ...area }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, describedBy } = useFieldIds(given, error, hint);
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={controlClass} {...area} />
    </FieldShell>
  );
}

export function SelectField({
  id: given,
  label,
  error,
  hint,
  children,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const { id, describedBy } = useFieldIds(given, error, hint);
  const ref = useRef<HTMLSelectElement>(null);
  // React resets a form to its default values once its action has answered (useActionState);
  // a controlled select's default is the choice it was first rendered with, so a refused save
  // would show, and send next, another choice than the one kept in state. Its default follows.
  useEffect(() => {
    if (select.value === undefined || !ref.current) return;
    for (const option of ref.current.options) option.defaultSelected = option.value === String(select.value);
  }, [select.value]);
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <select ref={ref} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={controlClass} {...select}>
        {children}
      </select>
    </FieldShell>
  );
}
