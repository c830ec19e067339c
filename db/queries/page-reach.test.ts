/**
 * Whether readers reach an organization page, as the dashboard tells it and as the public site
 * answers: a published page under one not published in its language is offline (its address runs
 * through the parent's slug), and the dashboard must say so rather than "published".
 */
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { pageTranslations } from '@/db/schema';
import type { PublicUser } from '@/db/queries/users';
import { LOCALES, type Locale } from '@/lib/locales';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { pageCreateSchema, pageSaveSchema } from '@/lib/validation/pages';
import { insertUser } from '@/test/admin-fixtures';
import { getPageTranslationForEdit, listPageTree, reachableBelow } from './dashboard-pages';
import { createPage, savePageTranslation, setPageTranslationPublished } from './page-writes';
import { getPublicPage } from './public-pages';

let editor: PublicUser;
beforeAll(async () => {
  editor = await insertUser('editor');
});

const body = JSON.stringify(docFromParagraphs(['Texte.']));

async function publishedPage(title: string, parentId = ''): Promise<string> {
  const { pageId } = await db.transaction((tx) => createPage(tx, editor, pageCreateSchema.parse({ title, parentId, position: '0' })));
  await publish(pageId, 'fr', title);
  return pageId;
}

async function publish(pageId: string, locale: Locale, title: string) {
  const current = await getPageTranslationForEdit(pageId, locale);
  const fields = { pageId, contentLocale: locale, title, body, intent: 'publish', ...(current ? { baseVersion: String(current.version) } : {}) };
  await db.transaction((tx) => savePageTranslation(tx, editor, pageSaveSchema.parse(fields)));
}

async function unpublish(pageId: string, locale: Locale) {
  const t = (await getPageTranslationForEdit(pageId, locale))!;
  await db.transaction((tx) => setPageTranslationPublished(tx, editor, { translationId: t.id, baseVersion: t.version, publish: false }));
}

/** Each page's cell in `locale`, and whether the public site finds it at its address there. */
async function reach(ids: string[], locale: Locale) {
  const tree = await listPageTree('fr');
  return Promise.all(
    ids.map(async (id) => {
      const row = tree.find((r) => r.id === id)!;
      const path: string[] = [];
      for (let n: typeof row | undefined = row; n; n = tree.find((r) => r.id === n!.parentId)) path.unshift(n.locales[locale].slug ?? '-');
      const found = (await getPublicPage(locale, path)).kind === 'found';
      return { state: row.locales[locale].state, reachable: row.locales[locale].reachable, hiddenAbove: row.locales[locale].hiddenAbove, offline: row.locales[locale].state === 'published' && !row.locales[locale].reachable, found };
    }),
  );
}

describe('reaching a page under its parents', () => {
  it('says a published sub-page is offline while a page above it is unpublished, as the public site answers', async () => {
    const parent = await publishedPage('Parent joignable');
    const child = await publishedPage('Enfant joignable', parent);
    const grandchild = await publishedPage('Petit-enfant joignable', child);
    const ids = [parent, child, grandchild];

    expect(await reach(ids, 'fr')).toEqual(ids.map(() => ({ state: 'published', reachable: true, hiddenAbove: [], offline: false, found: true })));
    // Unpublishing the parent takes both below it offline: that is what the confirmation names.
    expect(reachableBelow(await listPageTree('fr'), parent, 'fr').map((r) => r.id)).toEqual([child, grandchild]);

    await unpublish(parent, 'fr');
    expect(await reach(ids, 'fr')).toEqual([
      { state: 'draft', reachable: false, hiddenAbove: [], offline: false, found: false },
      { state: 'published', reachable: false, hiddenAbove: [parent], offline: true, found: false },
      { state: 'published', reachable: false, hiddenAbove: [parent], offline: true, found: false },
    ]);
    expect(reachableBelow(await listPageTree('fr'), parent, 'fr')).toEqual([]);

    // Publishing the parent again brings the whole branch back.
    await publish(parent, 'fr', 'Parent joignable');
    expect((await reach(ids, 'fr')).map((r) => r.found && r.reachable)).toEqual([true, true, true]);
  });

  it('says a translation published under a parent missing in that language is offline, naming every page in the way', async () => {
    const parent = await publishedPage('Parent sans anglais');
    const child = await publishedPage('Enfant sans anglais', parent);
    const grandchild = await publishedPage('Petit-enfant sans anglais', child);
    await publish(grandchild, 'en', 'Grandchild without parents');
    await publish(child, 'en', 'Child without a parent');
    expect(await reach([parent, child, grandchild], 'en')).toEqual([
      { state: 'missing', reachable: false, hiddenAbove: [], offline: false, found: false },
      { state: 'published', reachable: false, hiddenAbove: [parent], offline: true, found: false },
      { state: 'published', reachable: false, hiddenAbove: [parent], offline: true, found: false },
    ]);
    // Other languages are not concerned.
    expect((await reach([grandchild], 'fr'))[0]).toMatchObject({ reachable: true, found: true });

    await unpublish(child, 'en');
    expect((await reach([grandchild], 'en'))[0]).toMatchObject({ offline: true, hiddenAbove: [parent, child] });
  });

  it('counts a parent whose publication time is still ahead as not published yet', async () => {
    const parent = await publishedPage('Parent programmé');
    const child = await publishedPage('Enfant du programmé', parent);
    await db
      .update(pageTranslations)
      .set({ publishAt: sql`now() + interval '1 day'` })
      .where(and(eq(pageTranslations.pageId, parent), eq(pageTranslations.locale, 'fr')));
    expect(await reach([parent, child], 'fr')).toEqual([
      { state: 'scheduled', reachable: false, hiddenAbove: [], offline: false, found: false },
      { state: 'published', reachable: false, hiddenAbove: [parent], offline: true, found: false },
    ]);
  });

  it('agrees with the public site for every page and language', async () => {
    const tree = await listPageTree('fr');
    for (const locale of LOCALES) {
      const all = await reach(tree.map((r) => r.id), locale);
      for (const r of all) expect(r.reachable).toBe(r.found);
    }
  });
});
