'use client';

import { SelectField, TextField } from '@/components/ui/field';
import { indented } from '@/lib/tree';

export interface TreePlaceLabels {
  parent: string;
  noParent: string;
  position: string;
  positionHint: string;
}

/** A row a tree row may go under: its label in the interface language, or in French standing in (`lang`/`dir` then). */
export interface TreePlaceParent {
  id: string;
  label: string;
  depth: number;
  lang?: string;
  dir?: 'rtl' | 'ltr';
}

/** A row's place in a tree (a page, a structure unit): its parent, indented by depth, and its order among siblings. */
export function TreePlaceFields({
  parents,
  values,
  fieldError,
  labels,
}: {
  /** Rows it may go under, in reading order (lib/tree.ts possibleParents). */
  parents: TreePlaceParent[];
  values: Record<string, string>;
  fieldError: (field: string) => string | undefined;
  labels: TreePlaceLabels;
}) {
  return (
    <>
      <SelectField name="parentId" label={labels.parent} defaultValue={values.parentId ?? ''} error={fieldError('parentId')}>
        <option value="">{labels.noParent}</option>
        {parents.map((p) => (
          <option key={p.id} value={p.id} lang={p.lang} dir={p.dir}>
            {indented(p.label, p.depth)}
          </option>
        ))}
      </SelectField>
      <TextField
        name="position"
        type="number"
        inputMode="numeric"
        min={0}
        max={999}
        label={labels.position}
        hint={labels.positionHint}
        defaultValue={values.position ?? '0'}
        error={fieldError('position')}
      />
    </>
  );
}
