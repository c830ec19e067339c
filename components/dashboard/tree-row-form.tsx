'use client';

import type { ReactNode } from 'react';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { useFormConflict } from '@/components/dashboard/form-conflict';
import { TreePlaceFields, type TreePlaceLabels, type TreePlaceParent } from '@/components/dashboard/tree-place-fields';
import { SubmitButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import type { FormConflict } from '@/lib/form-conflict';

export interface TreeRowFormProps {
  action: (state: ActionState<{ conflict?: FormConflict }>, form: FormData) => Promise<ActionState<{ conflict?: FormConflict }>>;
  locale: string;
  /** The row's values (id and version when it exists), as the form's inputs name them. */
  initial: Record<string, string>;
  /** Rows it may go under, in reading order (lib/tree.ts possibleParents). */
  parents: TreePlaceParent[];
  submitLabel: string;
}

/**
 * The form of a row of a tree (a page, a structure unit): conflict-checked by its version, its
 * place (parent and order) beside the row's own fields, everything sent shown again after a
 * refusal. A save that met a colleague's shows what they changed and goes on from their version
 * (useFormConflict); `fieldLabel` names the row's own fields there. `children` lays the fields
 * out, given the place fields to put where they belong.
 */
export function TreeRowForm({
  action,
  locale,
  initial,
  parents,
  submitLabel,
  pendingLabel,
  placeLabels,
  fieldLabel = (field) => field,
  className,
  children,
}: TreeRowFormProps & {
  pendingLabel: string;
  placeLabels: TreePlaceLabels;
  /** A field of the row's own (not its place), as a colleague's change names it. */
  fieldLabel?: (field: string) => string;
  className: string;
  children: (form: { values: Record<string, string>; fieldError: (field: string) => string | undefined; place: ReactNode }) => ReactNode;
}) {
  const { formAction, error, values: answered, guard } = useActionAnswer(action, initial);
  const conflict = useFormConflict(error, initial, {
    guard,
    label: (field) => (field === 'parentId' ? placeLabels.parent : field === 'position' ? placeLabels.position : fieldLabel(field)),
    value: (field, values) => {
      if (field !== 'parentId') return undefined;
      const parent = parents.find((p) => p.id === values.parentId);
      return parent ? (
        <span lang={parent.lang} dir={parent.dir}>
          {parent.label}
        </span>
      ) : (
        placeLabels.noParent
      );
    },
  });
  const values = conflict.values ?? answered;
  const { fieldError } = conflict;
  const place = <TreePlaceFields parents={parents} values={values} fieldError={fieldError} labels={placeLabels} />;
  return (
    // Remounted with each answer, so the uncontrolled fields show what was sent.
    <ActionFormFrame
      guard={guard}
      key={`${conflict.drawn}:${JSON.stringify(values)}`}
      formAction={formAction}
      locale={locale}
      hidden={{ id: values.id ?? initial.id, version: conflict.version }}
      refusal={conflict.refusal}
      className={className}
    >
      {conflict.loadedNote}
      {conflict.panel}
      {children({ values, fieldError, place })}
      <SubmitButton pendingLabel={pendingLabel}>{conflict.submitLabel(submitLabel)}</SubmitButton>
    </ActionFormFrame>
  );
}
