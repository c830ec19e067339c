/**
 * Two people making a page at the same moment, through the action as the dashboard posts it,
 * under the same title: the second one saved waits for the first and takes the next free address
 * and key (a typed address taken meanwhile is reported at its field), rather than failing on a
 * unique index with "unexpected error".
 */
import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { createPageAction } from '@/app/[locale]/(dashboard)/dashboard/pages/actions';
import { db } from '@/db';
import { createPage } from '@/db/queries/page-writes';
import type { PublicUser } from '@/db/queries/users';
import { auditLog, pages, pageTranslations } from '@/db/schema';
import { pageCreateSchema } from '@/lib/validation/pages';
import fr from '@/messages/fr.json';
import { acting, callAction, type ActionRun } from './action-harness';
import { insertUser } from './admin-fixtures';
import { atOnce } from './at-once';

let edith: PublicUser;
let eric: PublicUser;
beforeAll(async () => {
  edith = await insertUser('editor');
  eric = await insertUser('editor');
});

const newParent = async () =>
  (await db.transaction((tx) => createPage(tx, edith, pageCreateSchema.parse({ title: `Rubrique ${Date.now().toString(36)}`, parentId: '', position: '0' })))).pageId;

/** The writes, held until they meet at their insert of a page under `parent` (locked meanwhile). */
const sameMoment = (parent: string, writes: (() => Promise<ActionRun>)[]) =>
  atOnce((tx) => tx.select({ id: pages.id }).from(pages).where(eq(pages.id, parent)).for('update'), writes);

const childrenOf = (parent: string) =>
  db.select({ id: pages.id, key: pages.key, slug: pageTranslations.slug }).from(pages).innerJoin(pageTranslations, eq(pageTranslations.pageId, pages.id)).where(eq(pages.parentId, parent));

describe('two pages made at the same moment', () => {
  it('under the same title: both made, the second at the next free address', async () => {
    const parent = await newParent();
    const title = `Même page au même moment ${Date.now().toString(36)}`;
    const runs = await sameMoment(parent, [
      () => ((acting.user = edith), callAction(createPageAction, { locale: 'fr', parentId: parent, position: '1', title, slug: '' })),
      () => ((acting.user = eric), callAction(createPageAction, { locale: 'fr', parentId: parent, position: '2', title, slug: '' })),
    ]);
    expect(runs.map((r) => r.state ?? null)).toEqual([null, null]);
    const made = await childrenOf(parent);
    expect(made).toHaveLength(2);
    const slugs = made.map((m) => m.slug).sort();
    expect(slugs[1]).toBe(`${slugs[0]}-2`);
    expect(new Set(made.map((m) => m.key)).size).toBe(2);
    const entries = await db.select({ id: auditLog.id }).from(auditLog).where(inArray(auditLog.entityId, made.map((m) => m.id)));
    expect(entries).toHaveLength(2);
  });

  it('under the same typed address: the second is told at its field that it is taken, its title kept', async () => {
    const parent = await newParent();
    const slug = `page-tapee-${Date.now().toString(36)}`;
    const runs = await sameMoment(parent, [
      () => callAction(createPageAction, { locale: 'fr', parentId: parent, position: '1', title: 'Première', slug }),
      () => callAction(createPageAction, { locale: 'fr', parentId: parent, position: '2', title: 'Seconde', slug }),
    ]);
    const refused = runs.filter((r) => !r.redirectedTo);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.state).toMatchObject({ status: 'error', fieldErrors: { slug: fr.Validation.page.slugTaken }, values: { slug } });
    expect(await childrenOf(parent)).toHaveLength(1);
  });
});

