/**
 * The public Structure chart in every language: a unit not yet named in a language (or whose
 * head's title is not translated) shows its French text there, marked as French, as the
 * dashboard says; left out, it took its sub-units off the chart with it.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { orgUnits, orgUnitTranslations } from '@/db/schema';
import { listOrgUnits, orgUnitTree } from './org-units';
import { getOrgChart, type OrgUnitNode } from './public-pages';

const unique = () => Math.random().toString(36).slice(2, 8);

async function unit(parentId: string | null, texts: { locale: 'fr' | 'en' | 'es' | 'ar'; name: string; headTitle?: string }[], headName: string | null = null) {
  const [row] = await db.insert(orgUnits).values({ key: `chart-${unique()}`, parentId, position: 99, headName }).returning({ id: orgUnits.id });
  await db.insert(orgUnitTranslations).values(texts.map((t) => ({ unitId: row!.id, locale: t.locale, name: t.name, headTitle: t.headTitle ?? null })));
  return row!.id;
}

function find(nodes: OrgUnitNode[], id: string): OrgUnitNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const below = find(n.children, id);
    if (below) return below;
  }
  return undefined;
}

describe('getOrgChart', () => {
  it('shows a unit without a name in the language in French, with its sub-units', async () => {
    const parent = await unit(null, [
      { locale: 'fr', name: 'Division des essais', headTitle: 'Directrice' },
      { locale: 'en', name: 'Testing Division', headTitle: 'Director' },
    ], 'Jeanne Dupont');
    const child = await unit(parent, [
      { locale: 'fr', name: 'Section des tests', headTitle: 'Cheffe' },
      { locale: 'es', name: 'Sección de pruebas' },
    ]);

    const es = await getOrgChart('es');
    expect(find(es, parent)).toMatchObject({ name: 'Division des essais', nameLocale: 'fr', headTitle: 'Directrice', headTitleLocale: 'fr', headName: 'Jeanne Dupont' });
    // Named in Spanish, its head's title not translated: the name in Spanish, the title in French.
    expect(find(es, child)).toMatchObject({ name: 'Sección de pruebas', nameLocale: 'es', headTitle: 'Cheffe', headTitleLocale: 'fr' });

    const en = await getOrgChart('en');
    expect(find(en, parent)).toMatchObject({ name: 'Testing Division', nameLocale: 'en', headTitle: 'Director', headTitleLocale: 'en' });
    expect(find(en, parent)?.children.map((c) => c.id)).toEqual([child]);
    expect(find(en, child)).toMatchObject({ name: 'Section des tests', nameLocale: 'fr' });
  });

  it('keeps no head title where French has none either', async () => {
    const id = await unit(null, [{ locale: 'fr', name: 'Bureau sans titre' }, { locale: 'ar', name: 'مكتب' }]);
    expect(find(await getOrgChart('ar'), id)).toMatchObject({ name: 'مكتب', nameLocale: 'ar', headTitle: null });
  });

  it('orders units of the same rank as the dashboard does, in every language, whatever order they were saved in', async () => {
    const parent = await unit(null, [{ locale: 'fr', name: 'Direction des rangs' }]);
    const stamp = unique();
    // Same order number (a new unit's default): saved Zêta first, then Alpha, then Mu.
    const ids: string[] = [];
    for (const [key, name] of [['zeta', 'Zêta'], ['alpha', 'Alpha'], ['mu', 'Mu']] as const) {
      const [row] = await db.insert(orgUnits).values({ key: `${key}-${stamp}`, parentId: parent, position: 0 }).returning({ id: orgUnits.id });
      await db.insert(orgUnitTranslations).values({ unitId: row!.id, locale: 'fr', name });
      ids.push(row!.id);
    }
    const dashboard = orgUnitTree(await listOrgUnits(), 'fr').find((n) => n.id === parent)!.children.map((c) => c.id);
    expect(dashboard).toEqual([ids[1], ids[2], ids[0]]);
    for (const locale of ['fr', 'ar'] as const) expect(find(await getOrgChart(locale), parent)?.children.map((c) => c.id)).toEqual(dashboard);
  });
});
