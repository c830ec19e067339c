'use client';

import { useCallback, useSyncExternalStore, type RefObject } from 'react';
import { visible } from './focus';

/**
 * A field to correct as the summary names it: its label, and the control the link focuses; in a
 * form with one group of the same fields per language, the group's language too (a "Name" in
 * each would otherwise be listed as "Name", twice, with no telling which).
 */
interface InvalidField {
  id: string;
  label: string;
  group?: { name: string; lang: string };
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The name a person knows a control by: its label, else what labels it, else its group's legend. */
function labelOf(control: HTMLElement): string {
  if (control instanceof HTMLFieldSetElement) return text(control.querySelector(':scope > legend'));
  const labels = 'labels' in control ? (control as HTMLInputElement).labels : null;
  const label = labels?.length ? text(labels[0]) : '';
  if (label) return label;
  const by = control.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map((id) => text(document.getElementById(id))).filter(Boolean).join(' ');
  return control.getAttribute('aria-label')?.trim() || text(control.closest('fieldset')?.querySelector(':scope > legend'));
}

/** The language group a control belongs to, as its legend names it (components/dashboard/locale-fieldset.tsx). */
function groupOf(control: HTMLElement): InvalidField['group'] {
  const name = control.parentElement?.closest('fieldset')?.querySelector<HTMLElement>(':scope > legend [data-group-name]');
  return name ? { name: text(name), lang: name.lang } : undefined;
}

/** Where a link to a field leads: the control itself, or a group's first choice. */
function targetOf(control: HTMLElement): HTMLElement | null {
  if (control instanceof HTMLFieldSetElement) return control.querySelector<HTMLElement>('input, select, textarea, button');
  return control;
}

function invalidFields(form: HTMLElement): InvalidField[] {
  const fields: InvalidField[] = [];
  for (const control of form.querySelectorAll<HTMLElement>('[aria-invalid="true"]')) {
    if (!visible(control)) continue;
    const target = targetOf(control);
    const label = labelOf(control);
    if (!target?.id || !label || fields.some((f) => f.id === target.id)) continue;
    fields.push({ id: target.id, label, group: groupOf(control) });
  }
  return fields;
}

const formOf = (box: RefObject<HTMLElement | null>) => box.current?.closest('form') ?? null;
const none = '[]';

/**
 * The fields a refusal marked (aria-invalid), listed under the form's message, each a link that
 * takes the focus to its field (the GOV.UK error summary): a keyboard or screen-reader user
 * hears which fields to correct and goes to each without hunting for it. Read from the form as
 * drawn, in the order of the page, after each render of the message.
 */
export function InvalidFieldLinks({ box }: { box: RefObject<HTMLElement | null> }) {
  // The form's fields are outside React's reach here: read from the document (a string, so that
  // the same fields are the same snapshot), again whenever a field is marked or unmarked.
  const subscribe = useCallback(
    (changed: () => void) => {
      const form = formOf(box);
      if (!form) return () => {};
      const observer = new MutationObserver(changed);
      observer.observe(form, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-invalid', 'hidden', 'open'] });
      return () => observer.disconnect();
    },
    [box],
  );
  const snapshot = useSyncExternalStore(
    subscribe,
    () => {
      const form = formOf(box);
      return form ? JSON.stringify(invalidFields(form)) : none;
    },
    () => none,
  );
  const fields = JSON.parse(snapshot) as InvalidField[];
  if (fields.length === 0) return null;
  return (
    <ul className="mt-2 list-disc space-y-1 ps-5">
      {fields.map((f) => (
        <li key={f.id}>
          <a
            href={`#${f.id}`}
            className="font-semibold underline underline-offset-2"
            onClick={(e) => {
              const target = document.getElementById(f.id);
              if (!target) return;
              e.preventDefault();
              target.closest('details:not([open])')?.setAttribute('open', '');
              target.focus();
              target.scrollIntoView({ block: 'center' });
            }}
          >
            {f.group && (
              <>
                <bdi lang={f.group.lang}>{f.group.name}</bdi>
                {' — '}
              </>
            )}
            {f.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
