'use client';

import type { ReactNode } from 'react';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { TreePlaceFields, type TreePlaceLabels, type TreePlaceParent } from '@/components/dashboard/tree-place-fields';
import { SubmitButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';

export interface TreeRowFormProps {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
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
 * refusal. `children` lays the fields out, given the place fields to put where they belong.
 */
export function TreeRowForm({
  action,
  locale,
  initial,
  parents,
  submitLabel,
  pendingLabel,
  placeLabels,
  className,
  children,
}: TreeRowFormProps & {
  pendingLabel: string;
  placeLabels: TreePlaceLabels;
  className: string;
  children: (form: { values: Record<string, string>; fieldError: (field: string) => string | undefined; place: ReactNode }) => ReactNode;
}) {
  const { formAction, error, values, fieldError, guard } = useActionAnswer(action, initial);
  const place = <TreePlaceFields parents={parents} values={values} fieldError={fieldError} labels={placeLabels} />;
  return (
    // Remounted with each answer, so the uncontrolled fields show what was sent.
    <ActionFormFrame guard={guard} key={JSON.stringify(values)} formAction={formAction} locale={locale} hidden={{ id: values.id, version: values.version }} refusal={error} className={className}>
      {children({ values, fieldError, place })}
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
    </ActionFormFrame>
  );
}
