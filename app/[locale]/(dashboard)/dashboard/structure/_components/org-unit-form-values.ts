import type { OrgUnitEditRow } from '@/db/queries/org-units';
import { LOCALES } from '@/lib/locales';
import { flatten } from '@/lib/validation/nested-form';

/** A unit as its form's inputs hold it ("parentId", "texts.fr.name"): what the page opens it with, and a colleague's version. */
export function orgUnitFormValues(unit: Pick<OrgUnitEditRow, 'parentId' | 'position' | 'headName' | 'texts'>): Record<string, string> {
  return flatten({
    parentId: unit.parentId ?? '',
    position: unit.position,
    headName: unit.headName ?? '',
    texts: Object.fromEntries(LOCALES.map((l) => [l, { name: unit.texts[l]?.name ?? '', headTitle: unit.texts[l]?.headTitle ?? '' }])),
  });
}
