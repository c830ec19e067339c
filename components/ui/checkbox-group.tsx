'use client';

import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { nameMatches } from '@/lib/match-name';
import { TextField } from './field';

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

interface GroupProps {
  legend: string;
  name: string;
  /** `lang`/`dir`: a label not in the page's language. */
  items: { value: string; label: string; lang?: string; dir?: 'rtl' | 'ltr' }[];
  selected: string[];
  onChange: (values: string[]) => void;
  error?: string;
}

/** One ticked or unticked item of a group; `name` undefined: shown, not posted (a copy). */
function GroupItem({ item, name, selected, onChange }: Pick<GroupProps, 'selected' | 'onChange'> & { name?: string; item: GroupProps['items'][number] }) {
  return (
    // At least 24 px high: the whole line is the box's target for a finger.
    <label className="flex min-h-6 items-center gap-2 text-sm">
      <Checkbox
        name={name}
        value={item.value}
        checked={selected.includes(item.value)}
        onChange={(e) => onChange(e.target.checked ? [...selected, item.value] : selected.filter((x) => x !== item.value))}
        className="size-4"
      />
      {item.lang ? (
        <span lang={item.lang} dir={item.dir}>
          {item.label}
        </span>
      ) : (
        item.label
      )}
    </label>
  );
}

function GroupFrame({ legend, error, children }: { legend: string; error?: string; children: ReactNode }) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      {children}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}

const gridClass = 'grid gap-1 sm:grid-cols-2 lg:grid-cols-3';

/** A named set of checkboxes (posted as `name`, one value per ticked box), with its error. */
export function CheckboxGroup({ legend, name, items, selected, onChange, error }: GroupProps) {
  return (
    <GroupFrame legend={legend} error={error}>
      <div className={`${gridClass} max-h-48 overflow-y-auto rounded-md border border-line p-2`}>
        {items.map((item) => (
          <GroupItem key={item.value} item={item} name={name} selected={selected} onChange={onChange} />
        ))}
      </div>
    </GroupFrame>
  );
}

/** At most this many matches are listed; a longer list asks for more letters. */
const MAX_MATCHES = 24;

/**
 * The same, for a long list (the world's countries): the ticked items (the ones posted), then a
 * search field; the items whose name is typed appear below it (lib/match-name.ts), ticked or
 * not, and stay in place when ticked, so focus stays where it is (unticking one of the ticked
 * list moves it to the search field); the page holds a few boxes instead of hundreds. Enter in
 * the field ticks the only match rather than posting the form.
 */
export function FilteredCheckboxGroup({
  labels,
  ...group
}: GroupProps & {
  labels: { filter: string; hint: string; matches: (count: number) => string; more: (count: number) => string };
}) {
  const { items, selected, onChange, name } = group;
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  // Unticking a box of the ticked list removes that box: focus goes to the search field
  // rather than back to the start of the page.
  const onTickedChange = (values: string[]) => {
    if (values.length < selected.length) searchRef.current?.focus();
    onChange(values);
  };
  const ticked = items.filter((item) => selected.includes(item.value));
  const matches = query.trim() ? items.filter((item) => nameMatches(item.label, query)) : [];
  const shown = matches.slice(0, MAX_MATCHES);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const only = matches.length === 1 ? matches[0]!.value : null;
    if (only === null) return;
    if (!selected.includes(only)) onChange([...selected, only]);
    setQuery('');
  };
  return (
    <GroupFrame legend={group.legend} error={group.error}>
      {ticked.length > 0 && (
        <div className={`${gridClass} mb-2`}>
          {ticked.map((item) => (
            <GroupItem key={item.value} item={item} name={name} selected={selected} onChange={onTickedChange} />
          ))}
        </div>
      )}
      <TextField
        ref={searchRef}
        type="search"
        label={labels.filter}
        hint={labels.hint}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      <p role="status" className="mt-1 text-sm text-muted">
        {query.trim() ? (matches.length > MAX_MATCHES ? labels.more(matches.length) : labels.matches(matches.length)) : ''}
      </p>
      {shown.length > 0 && (
        <div className={`${gridClass} mt-1 rounded-md border border-line p-2`}>
          {shown.map((item) => (
            <GroupItem key={item.value} item={item} selected={selected} onChange={onChange} />
          ))}
        </div>
      )}
    </GroupFrame>
  );
}
