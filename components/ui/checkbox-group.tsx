'use client';

import { useId } from 'react';

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
            <input
              type="checkbox"
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
