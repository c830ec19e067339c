import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import type { PublicUser } from '@/db/queries/users';
import { orgUnitFormSchema } from '@/lib/validation/org-units';
import { insertUser } from '@/test/admin-fixtures';
import { createOrgUnit, deleteOrgUnit, getOrgUnit, listOrgUnits, orgUnitTree, updateOrgUnit } from './org-units';

let editor: PublicUser;
beforeAll(async () => {
  editor = await insertUser('editor');
});

const form = (fields: Record<string, string>) => orgUnitFormSchema.parse(fields);
const create = async (name: string, parentId = '') => {
  const r = await db.transaction((tx) => createOrgUnit(tx, editor, form({ 'texts.fr.name': name, parentId })));
  if (r.status !== 'saved') throw new Error(r.status);
  return r.id;
};

describe('organization units', () => {
  it('saves names and head titles per locale, the head name once, and builds the tree in a locale', async () => {
    const dg = await db.transaction((tx) =>
      createOrgUnit(
        tx,
        editor,
        form({
          'texts.fr.name': 'Bureau de la Directrice générale',
          'texts.fr.headTitle': 'Directrice générale',
          'texts.es.name': 'Oficina de la Directora General',
          'texts.es.headTitle': 'Directora General',
          headName: 'Amy Pope',
        }),
      ),
    );
    if (dg.status !== 'saved') throw new Error(dg.status);
    const ops = await create('Opérations', dg.id);
    const tree = orgUnitTree(await listOrgUnits(), 'es');
    const root = tree.find((n) => n.id === dg.id);
    expect(root).toMatchObject({ name: 'Oficina de la Directora General', headTitle: 'Directora General', headName: 'Amy Pope' });
    // No Spanish name: the French one stands in.
    expect(root?.children.map((c) => [c.id, c.name])).toEqual([[ops, 'Opérations']]);
  });

  it('refuses to make a unit its own ancestor', async () => {
    const a = await create('A');
    const b = await create('B', a);
    const c = await create('C', b);
    const unit = await getOrgUnit(a);
    for (const parentId of [a, c]) {
      const r = await db.transaction((tx) => updateOrgUnit(tx, editor, a, unit!.version, form({ 'texts.fr.name': 'A', parentId })));
      expect(r).toEqual({ status: 'badParent' });
    }
  });

  it('never overwrites a change it did not see', async () => {
    const a = await create('Versionnée');
    const { version } = (await getOrgUnit(a))!;
    expect((await db.transaction((tx) => updateOrgUnit(tx, editor, a, version, form({ 'texts.fr.name': 'V2' })))).status).toBe('saved');
    // Refused with the unit as stored: the form compares it with what was typed.
    expect(await db.transaction((tx) => updateOrgUnit(tx, editor, a, version, form({ 'texts.fr.name': 'V3' })))).toEqual({ status: 'conflict', current: await getOrgUnit(a) });
    expect((await getOrgUnit(a))?.texts.fr?.name).toBe('V2');
  });

  it('does not delete a unit others report to', async () => {
    const a = await create('Parent');
    const b = await create('Enfant', a);
    expect(await db.transaction((tx) => deleteOrgUnit(tx, editor, a))).toEqual({ status: 'hasChildren', children: 1 });
    expect(await db.transaction((tx) => deleteOrgUnit(tx, editor, b))).toEqual({ status: 'deleted' });
    expect(await db.transaction((tx) => deleteOrgUnit(tx, editor, a))).toEqual({ status: 'deleted' });
  });

  it('requires the French name, and a name wherever a head title is given', () => {
    const r = orgUnitFormSchema.safeParse({ 'texts.fr.name': '', 'texts.ar.headTitle': 'المديرة العامة' });
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['texts.ar.name', 'texts.fr.name']);
  });
});
