'use server';

import { getTranslations } from 'next-intl/server';
import type { Executor } from '@/db';
import { savedStamp } from '@/db/queries/audit';
import { createOrgUnit, deleteOrgUnit, getOrgUnit, updateOrgUnit, type OrgUnitEditRow, type OrgUnitSaveResult } from '@/db/queries/org-units';
import { ActionFailure, defineAction } from '@/lib/actions';
import { fieldChanges, namesOf, textChanges } from '@/lib/audit-detail';
import { tags } from '@/lib/cache/tags';
import { deletedQuery } from '@/lib/deleted-name';
import type { FormConflict } from '@/lib/form-conflict';
import type { Locale } from '@/lib/locales';
import { nameOrSomeoneElse } from '@/lib/someone-else';
import { orgUnitEditSchema, orgUnitFormSchema, orgUnitIdSchema } from '@/lib/validation/org-units';
import { orgUnitFormValues } from './_components/org-unit-form-values';

/** The public Structure page (getOrgChart) reads every unit under this one tag, in every locale. */
const structureTags = [tags.orgUnits()];

async function refuse(tx: Executor, locale: Locale, result: Exclude<OrgUnitSaveResult, { status: 'saved' }>): Promise<never> {
  const t = await getTranslations({ locale, namespace: 'AdminStructure' });
  if (result.status === 'badParent') throw new ActionFailure({ fieldErrors: { parentId: t('badParent') } });
  if (result.status === 'conflict') {
    // Their version comes back with the refusal: the form compares it with what was typed (components/dashboard/form-conflict.tsx).
    const conflict: FormConflict = { version: result.current.version, theirs: orgUnitFormValues(result.current), ...(await savedStamp(tx, 'org_unit', result.current.id, ['org_unit.create', 'org_unit.update'])) };
    throw new ActionFailure({ formError: t('conflict', { name: await nameOrSomeoneElse(locale, conflict.savedBy) }), data: { conflict } });
  }
  throw new ActionFailure({ formError: t(result.status) });
}

export const createOrgUnitAction = defineAction<typeof orgUnitFormSchema, { conflict?: FormConflict }>(
  { permission: 'orgUnit.edit', schema: orgUnitFormSchema, name: 'org_unit.create' },
  async ({ tx, user, input, locale }) => {
    const result = await createOrgUnit(tx, user, input);
    if (result.status !== 'saved') return refuse(tx, locale, result);
    return {
      audit: { action: 'org_unit.create', entityType: 'org_unit', entityId: result.id, detail: facts(input) },
      tags: structureTags,
      redirectTo: `/${locale}/dashboard/structure?saved=${result.id}`,
    };
  },
);

export const updateOrgUnitAction = defineAction<typeof orgUnitEditSchema, { conflict?: FormConflict }>(
  { permission: 'orgUnit.edit', schema: orgUnitEditSchema, name: 'org_unit.update' },
  async ({ tx, user, input, locale }) => {
    const before = await getOrgUnit(input.id, tx);
    const result = await updateOrgUnit(tx, user, input.id, input.version, input);
    if (result.status !== 'saved') return refuse(tx, locale, result);
    const after = facts(input);
    return {
      audit: {
        action: 'org_unit.update',
        entityType: 'org_unit',
        entityId: input.id,
        detail: {
          names: after.names,
          changed: {
            ...textChanges(before!.texts, input.texts, ['name', 'headTitle']),
            ...fieldChanges(before!, after, ['headName', 'parentId', 'position']),
          },
        },
      },
      tags: structureTags,
      redirectTo: `/${locale}/dashboard/structure?saved=${input.id}`,
    };
  },
);

export const deleteOrgUnitAction = defineAction(
  { permission: 'orgUnit.edit', schema: orgUnitIdSchema, name: 'org_unit.delete' },
  async ({ tx, user, input, locale }) => {
    const before = await getOrgUnit(input.id, tx);
    const result = await deleteOrgUnit(tx, user, input.id);
    const t = await getTranslations({ locale, namespace: 'AdminStructure' });
    if (result.status === 'hasChildren') throw new ActionFailure({ formError: t('hasChildren') });
    if (result.status === 'missing') throw new ActionFailure({ formError: t('missing') });
    return {
      audit: { action: 'org_unit.delete', entityType: 'org_unit', entityId: input.id, detail: { key: before!.key, ...facts(before!) } },
      tags: structureTags,
      // The list names it (it can no longer read it): in the interface language, French standing in.
      redirectTo: `/${locale}/dashboard/structure?${deletedQuery(before!.texts[locale]?.name ?? before!.texts.fr?.name ?? before!.key)}`,
    };
  },
);

/** What the log keeps of a unit: its names by language, its head and its place. */
function facts(unit: Pick<OrgUnitEditRow, 'texts' | 'headName' | 'parentId' | 'position'>) {
  return { names: namesOf(unit.texts), headName: unit.headName, parentId: unit.parentId, position: unit.position };
}
