'use client';

import { useEffect, useId, useRef, type InputHTMLAttributes } from 'react';

/**
 * A controlled checkbox that keeps its ticked state through React's reset of a form after its
 * action answered (see SelectField): its default follows its state.
 */
export function Checkbox({ checked, ...input }: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { checked: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.defaultChecked = checked;
  }, [checked]);
  return <input ref={ref} type="checkbox" checked={checked} {...input} />;
}

/** A named set of checkboxes (posted as `name`, one value per ticked box), with its error. */
export function CheckboxGroup({
  legend,
  name,
  items,
  selected,
  onChange,
  error,
}: {
  legend: string;
  name: string;
  items: { value: string; label: string }[];
  selected: string[];
  onChange: (values: string[]) => void;
  error?: string;
}) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <div className="grid max-h-48 gap-1 overflow-y-auto rounded-md border border-line p-2 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <label key={item.value} className="flex items-center gap-2 text-sm">
            <Checkbox
              name={name}
              value={item.value}
              checked={selected.includes(item.value)}
              onChange={(e) => onChange(e.target.checked ? [...selected, item.value] : selected.filter((x) => x !== item.value))}
              className="size-4"
            />
            {item.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
