'use client';

import { SelectField, TextField } from '@/components/ui/field';
import { indented } from '@/lib/tree';

export interface TreePlaceLabels {
  parent: string;
  noParent: string;
  position: string;
  positionHint: string;
}

/** A row's place in a tree (a page, a structure unit): its parent, indented by depth, and its order among siblings. */
export function TreePlaceFields({
  parents,
  values,
  fieldError,
  labels,
}: {
  /** Rows it may go under, in reading order (lib/tree.ts possibleParents). */
  parents: { id: string; label: string; depth: number }[];
  values: Record<string, string>;
  fieldError: (field: string) => string | undefined;
  labels: TreePlaceLabels;
}) {
  return (
    <>
      <SelectField name="parentId" label={labels.parent} defaultValue={values.parentId ?? ''} error={fieldError('parentId')}>
        <option value="">{labels.noParent}</option>
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
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
