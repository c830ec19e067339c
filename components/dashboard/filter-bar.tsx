import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button-class';
import { SelectField } from '@/components/ui/field';

/**
 * The filters of a dashboard list: a GET form (a filtered list is an address to share or come
 * back to), its fields (components/ui/field.tsx, whose ids stay unique when Next keeps the list
 * under another filter mounted but hidden), "Filter", and a way back to the whole list.
 */
export function FilterBar({
  action,
  label,
  apply,
  clear,
  className = 'sm:grid-cols-2 lg:grid-cols-4',
  children,
}: {
  /** The list's own address. */
  action: string;
  /** The search landmark's name, when the page could have another. */
  label?: string;
  apply: string;
  /** Shown while a filter is on. */
  clear: { href: string; label: string } | null;
  /** The grid's columns. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <search aria-label={label} className="mb-4 block">
      {/* Dense controls: a filter bar sits above every list and should not push it down.
          Each field (components/ui/field.tsx: label, hint, control, error) spans four rows of the
          form's grid and shares them (subgrid), each part in its row: the controls of a line stay
          level whether a label takes two lines, a field has a hint or an error under it; the
          buttons stand beside them, the "clear" link under "Filter" when the line is full. */}
      <form
        method="get"
        action={action}
        className={`grid gap-x-3 rounded-lg border border-line bg-white p-3 [&>div]:row-span-4 [&>div]:grid [&>div]:grid-rows-subgrid [&>div]:gap-y-1 [&>div]:pb-2 [&>div>*]:row-start-3 [&>div>*]:m-0 [&>div>label]:row-start-1 [&>div>label]:self-end [&>div>p[id$=-hint]]:row-start-2 [&>div>p[id$=-error]]:row-start-4 [&_:is(input,select)]:h-9 [&_:is(input,select)]:px-2 [&_:is(input,select)]:py-1 [&_:is(input,select)]:text-sm ${className}`}
      >
        {children}
        <div>
          <div className="flex flex-wrap items-center gap-x-3">
            <button type="submit" className={buttonClass('secondary')}>
              {apply}
            </button>
            {clear && (
              <Link href={clear.href} className="py-2 text-sm text-brand-800 underline underline-offset-4">
                {clear.label}
              </Link>
            )}
          </div>
        </div>
      </form>
    </search>
  );
}

/**
 * One choice among a list's filters: "any" first (the empty value: the filter is off), then
 * the choices, the one in the address selected.
 */
export function FilterSelect({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  /** The value in the address, if any. */
  value: string | null | undefined;
  /** What the empty choice says ("Any status", "Anyone"…). */
  any: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    // Keyed by its value: a link to the list under other filters (a notice's, "clear the
    // filters") is a navigation in the page, where React would keep the choice shown before —
    // a select does not follow a new defaultValue.
    <SelectField key={value ?? ''} name={name} label={label} defaultValue={value ?? ''}>
      <option value="">{any}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}
