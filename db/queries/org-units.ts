import { and, asc, count, eq, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { readAll } from '@/db/read-all';
import { orgUnits, orgUnitTranslations, LOCALES, type Locale } from '@/db/schema';
import type { PublicUser } from '@/db/queries/users';
import { DEFAULT_LOCALE } from '@/lib/locales';
import { slugify, uniqueSlug } from '@/lib/slug';
import type { OrgUnitFormInput } from '@/lib/validation/org-units';
import { changeTimeVersion, isSelfOrBelow, lockTreeMoves, parentExists } from './tree';

/**
 * The organization structure as editors change it (the public read is getOrgChart in
 * public-pages.ts, tagged orgUnits()). A unit's version is its last change time in
 * microseconds: a save made over an older version is a conflict, never an overwrite.
 */
const versionOf = changeTimeVersion(orgUnits.updatedAt);

export interface OrgUnitEditRow {
  id: string;
  key: string;
  parentId: string | null;
  position: number;
  headName: string | null;
  version: string;
  texts: Partial<Record<Locale, { name: string; headTitle: string | null }>>;
}

export interface OrgUnitTreeNode extends OrgUnitEditRow {
  /** In the reader's language, French standing in. */
  name: string;
  headTitle: string | null;
  /** The language `name` and `headTitle` are in (French when they stand in), for lang/dir. */
  textLocale: Locale;
  depth: number;
  children: OrgUnitTreeNode[];
}

export async function listOrgUnits(tx: Executor = db): Promise<OrgUnitEditRow[]> {
  const [units, texts] = await readAll(tx, [
    tx
      .select({ id: orgUnits.id, key: orgUnits.key, parentId: orgUnits.parentId, position: orgUnits.position, headName: orgUnits.headName, version: versionOf })
      .from(orgUnits)
      .orderBy(asc(orgUnits.position), asc(orgUnits.key)),
    tx.select().from(orgUnitTranslations),
  ]);
  return units.map((u) => ({
    ...u,
    texts: Object.fromEntries(texts.filter((t) => t.unitId === u.id).map((t) => [t.locale, { name: t.name, headTitle: t.headTitle }])),
  }));
}

/** The units as a tree, each labelled in `locale`; units whose parent is missing become roots. */
export function orgUnitTree(rows: OrgUnitEditRow[], locale: Locale): OrgUnitTreeNode[] {
  const ids = new Set(rows.map((r) => r.id));
  const build = (parentId: string | null, depth: number, seen: Set<string>): OrgUnitTreeNode[] =>
    rows
      .filter((r) => (parentId === null ? r.parentId === null || !ids.has(r.parentId) : r.parentId === parentId) && !seen.has(r.id))
      .map((r) => {
        const textLocale = r.texts[locale] ? locale : DEFAULT_LOCALE;
        const text = r.texts[textLocale];
        const below = new Set(seen).add(r.id);
        return { ...r, name: text?.name ?? r.key, headTitle: text?.headTitle ?? null, textLocale, depth, children: build(r.id, depth + 1, below) };
      });
  return build(null, 0, new Set());
}

/** The tree in reading order, for a list or a select. */
export function flattenTree(nodes: OrgUnitTreeNode[]): OrgUnitTreeNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

export async function getOrgUnit(id: string, tx: Executor = db): Promise<OrgUnitEditRow | null> {
  return (await listOrgUnits(tx)).find((u) => u.id === id) ?? null;
}

export type OrgUnitSaveResult =
  | { status: 'saved'; id: string }
  /** Someone else saved it since the form was opened: the unit as stored now. */
  | { status: 'conflict'; current: OrgUnitEditRow }
  | { status: 'missing' }
  /** The chosen parent is the unit itself or one of its descendants (or does not exist). */
  | { status: 'badParent' };

async function writeTexts(tx: Executor, unitId: string, input: OrgUnitFormInput) {
  await tx.delete(orgUnitTranslations).where(eq(orgUnitTranslations.unitId, unitId));
  await tx.insert(orgUnitTranslations).values(
    LOCALES.filter((l) => input.texts[l].name !== '').map((locale) => ({
      unitId,
      locale,
      name: input.texts[locale].name,
      headTitle: input.texts[locale].headTitle || null,
    })),
  );
}

export async function createOrgUnit(tx: Executor, _actor: PublicUser, input: OrgUnitFormInput): Promise<OrgUnitSaveResult> {
  if (!(await parentExists(tx, orgUnits, input.parentId))) return { status: 'badParent' };
  const base = slugify(input.texts[DEFAULT_LOCALE].name, DEFAULT_LOCALE) || 'unit';
  const taken = new Set((await tx.select({ key: orgUnits.key }).from(orgUnits)).map((r) => r.key));
  const [row] = await tx
    .insert(orgUnits)
    .values({ key: uniqueSlug(base, (k) => taken.has(k)), parentId: input.parentId, position: input.position, headName: input.headName })
    .returning({ id: orgUnits.id });
  if (!row) throw new Error('org unit insert returned nothing');
  await writeTexts(tx, row.id, input);
  return { status: 'saved', id: row.id };
}

export async function updateOrgUnit(tx: Executor, _actor: PublicUser, id: string, version: string, input: OrgUnitFormInput): Promise<OrgUnitSaveResult> {
  await lockTreeMoves(tx, orgUnits);
  const [current] = await tx.select({ version: versionOf }).from(orgUnits).where(eq(orgUnits.id, id)).for('update');
  if (!current) return { status: 'missing' };
  if (current.version !== version) return { status: 'conflict', current: (await getOrgUnit(id, tx))! };
  if (input.parentId && ((await isSelfOrBelow(tx, orgUnits, id, input.parentId)) || !(await parentExists(tx, orgUnits, input.parentId)))) return { status: 'badParent' };
  await tx
    .update(orgUnits)
    .set({ parentId: input.parentId, position: input.position, headName: input.headName, updatedAt: sql`clock_timestamp()` })
    .where(eq(orgUnits.id, id));
  await writeTexts(tx, id, input);
  return { status: 'saved', id };
}

export type OrgUnitDeleteResult = { status: 'deleted' } | { status: 'hasChildren'; children: number } | { status: 'missing' };

/** A unit with units under it is not deleted: they would lose their place. */
export async function deleteOrgUnit(tx: Executor, _actor: PublicUser, id: string): Promise<OrgUnitDeleteResult> {
  const [unit] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, id)).for('update');
  if (!unit) return { status: 'missing' };
  const [children] = await tx.select({ n: count() }).from(orgUnits).where(and(eq(orgUnits.parentId, id)));
  if ((children?.n ?? 0) > 0) return { status: 'hasChildren', children: children!.n };
  await tx.delete(orgUnits).where(eq(orgUnits.id, id));
  return { status: 'deleted' };
}
