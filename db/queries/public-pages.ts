import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/db';
import { orgUnitTranslations, orgUnits, pageSlugRedirects, pageTranslations, pages } from '@/db/schema';
import { CONTENT_LIFE } from '@/lib/cache/life';
import { liveUntilNextPublish } from '@/lib/cache/schedule';
import { tags } from '@/lib/cache/tags';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/locales';
import { reachable } from '@/lib/page-reach';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { nextPagePublish, pageVisible } from './visibility';

export interface NavNode {
  pageId: string;
  key: string;
  title: string;
  summary: string | null;
  /** Slugs from the root, e.g. ["qui-sommes-nous", "structure"]. */
  path: string[];
  children: NavNode[];
}

interface PageRow {
  pageId: string;
  key: string;
  parentId: string | null;
  position: number;
  locale: Locale;
  slug: string;
  title: string;
  summary: string | null;
}

async function visiblePageRows(locales: readonly Locale[]): Promise<PageRow[]> {
  const rows = await db
    .select({
      pageId: pages.id,
      key: pages.key,
      parentId: pages.parentId,
      position: pages.position,
      locale: pageTranslations.locale,
      slug: pageTranslations.slug,
      title: pageTranslations.title,
      summary: pageTranslations.summary,
    })
    .from(pages)
    .innerJoin(pageTranslations, eq(pageTranslations.pageId, pages.id))
    .where(pageVisible())
    // Pages of the same order number as the dashboard lists them (dashboard-pages.ts), by their
    // key: the same order in every language, not each language's alphabetical one.
    .orderBy(asc(pages.position), asc(pages.key));
  return rows.filter((r) => locales.includes(r.locale));
}

/**
 * The rows of one locale readers can reach (lib/page-reach.ts, the dashboard's definition too):
 * every row here is visible, so a page whose parent is not among them is left out, with all
 * below it.
 */
function reachableIn(rows: PageRow[], locale: Locale): PageRow[] {
  const own = rows.filter((r) => r.locale === locale);
  const byId = new Map(own.map((r) => [r.pageId, { id: r.pageId, parentId: r.parentId }]));
  return own.filter((r) => reachable(byId, byId.get(r.pageId)!, () => true));
}

/** A tree of the pages readers reach in one locale (`rows` from reachableIn). */
function buildTree(rows: PageRow[], parentId: string | null, parentPath: string[]): NavNode[] {
  return rows
    .filter((r) => r.parentId === parentId)
    .map((r) => {
      const path = [...parentPath, r.slug];
      return {
        pageId: r.pageId,
        key: r.key,
        title: r.title,
        summary: r.summary,
        path,
        children: buildTree(rows, r.pageId, path),
      };
    });
}

export async function getNavigation(locale: Locale): Promise<NavNode[]> {
  'use cache';
  cacheTag(tags.pages(locale));
  const [rows, next] = await Promise.all([visiblePageRows([locale]), nextPagePublish(locale)]);
  liveUntilNextPublish(next);
  return buildTree(reachableIn(rows, locale), null, []);
}

function findPath(tree: NavNode[], pageId: string): NavNode[] | null {
  for (const node of tree) {
    if (node.pageId === pageId) return [node];
    const below = findPath(node.children, pageId);
    if (below) return [node, ...below];
  }
  return null;
}

export interface PublicPage {
  pageId: string;
  key: string;
  locale: Locale;
  title: string;
  summary: string | null;
  body: RichTextDoc;
  updatedAt: string;
  /** From the root to this page. */
  trail: { title: string; path: string[] }[];
  children: NavNode[];
  /** Path of this page in every locale where it is visible (for hreflang and the switcher). */
  alternates: { locale: Locale; path: string[]; title: string }[];
}

export type PageLookup =
  | { kind: 'found'; page: PublicPage }
  | { kind: 'moved'; path: string[] }
  | { kind: 'elsewhere'; alternates: { locale: Locale; path: string[]; title: string }[] }
  /** The slug (current or old) of this locale's translation, which readers no longer see: the others. */
  | { kind: 'withdrawn'; alternates: { locale: Locale; path: string[]; title: string }[] }
  | { kind: 'missing' };

/**
 * A profile page by its path. Slugs are unique per locale, so the last segment names the page;
 * a path that does not match the page's place in the tree, or an old slug of a renamed page
 * (page_slug_redirects), answers with its canonical path. Tagged with every locale's page tree:
 * a rename, a move or a publication in any language expires it.
 */
export async function getPublicPage(locale: Locale, path: string[]): Promise<PageLookup> {
  'use cache';
  cacheTag(...LOCALES.map(tags.pages));
  const slug = path.at(-1);
  const [rows, next] = await Promise.all([visiblePageRows(LOCALES), nextPagePublish(locale)]);
  liveUntilNextPublish(next);
  if (!slug) return { kind: 'missing' };

  const trees = Object.fromEntries(
    LOCALES.map((l) => [l, buildTree(reachableIn(rows, l), null, [])]),
  ) as Record<Locale, NavNode[]>;
  const alternatesOf = (pageId: string) =>
    LOCALES.flatMap((l) => {
      const trail = findPath(trees[l], pageId);
      const node = trail?.at(-1);
      return node ? [{ locale: l, path: node.path, title: node.title }] : [];
    });

  const own = rows.find((r) => r.locale === locale && r.slug === slug);
  const trail = own ? findPath(trees[locale], own.pageId) : null;
  const node = trail?.at(-1);
  if (own && trail && node) {
    if (node.path.join('/') !== path.join('/')) return { kind: 'moved', path: node.path };
    const [content] = await db
      .select({ body: pageTranslations.body, updatedAt: pageTranslations.updatedAt })
      .from(pageTranslations)
      .where(and(eq(pageTranslations.pageId, own.pageId), eq(pageTranslations.locale, locale)));
    if (!content) return { kind: 'missing' };
    return {
      kind: 'found',
      page: {
        pageId: own.pageId,
        key: own.key,
        locale,
        title: own.title,
        summary: own.summary,
        body: content.body,
        updatedAt: content.updatedAt.toISOString(),
        trail: trail.map((n) => ({ title: n.title, path: n.path })),
        children: node.children,
        alternates: alternatesOf(own.pageId),
      },
    };
  }

  // An old slug of a renamed page: a permanent redirect to where it is now in this language.
  const renamed = await db
    .select({ locale: pageSlugRedirects.locale, pageId: pageTranslations.pageId })
    .from(pageSlugRedirects)
    .innerJoin(pageTranslations, eq(pageTranslations.id, pageSlugRedirects.translationId))
    .where(eq(pageSlugRedirects.slug, slug));
  const renamedHere = renamed.find((r) => r.locale === locale);
  const movedTo = renamedHere ? findPath(trees[locale], renamedHere.pageId)?.at(-1) : undefined;
  if (movedTo) return { kind: 'moved', path: movedTo.path };

  // This locale's translation, unpublished after readers saw it (a draft whose publish time
  // stays, db/queries/page-writes.ts): the languages it is public in, as for a release
  // (docs/caching.md). Its answer changes with a publish in any locale, whose `pages:<locale>`
  // this read carries. A draft readers never saw is not named; nor is a published translation
  // under a parent not published in this language, whose address does not answer until it is
  // (as the dashboard says).
  const [withdrawn] = await db
    .select({ pageId: pageTranslations.pageId })
    .from(pageTranslations)
    .where(and(eq(pageTranslations.locale, locale), eq(pageTranslations.slug, slug), eq(pageTranslations.status, 'draft'), isNotNull(pageTranslations.publishAt)))
    .limit(1);
  const withdrawnId = withdrawn?.pageId ?? renamedHere?.pageId;
  if (withdrawnId) {
    const alternates = alternatesOf(withdrawnId);
    return alternates.length > 0 ? { kind: 'withdrawn', alternates } : { kind: 'missing' };
  }

  // The page exists in other languages (the switcher links to the same slug when a
  // translation is missing), under this slug now or before.
  const otherPageId = rows.find((r) => r.slug === slug && r.locale !== locale)?.pageId ?? renamed.find((r) => r.locale !== locale)?.pageId;
  if (!otherPageId) return { kind: 'missing' };
  const alternates = alternatesOf(otherPageId);
  const mine = alternates.find((a) => a.locale === locale);
  if (mine) return { kind: 'moved', path: mine.path };
  return alternates.length > 0 ? { kind: 'elsewhere', alternates } : { kind: 'missing' };
}

export interface OrgUnitNode {
  id: string;
  name: string;
  headTitle: string | null;
  headName: string | null;
  /** The language `name` and `headTitle` are in: the reader's, or French standing in where they are not translated. */
  nameLocale: Locale;
  headTitleLocale: Locale;
  children: OrgUnitNode[];
}

const frenchUnitText = alias(orgUnitTranslations, 'french_unit_text');

/**
 * The whole structure in `locale`: a unit not yet named in it (or a head's title not yet
 * translated) shows its French text, marked as French, as the dashboard says it will; leaving it
 * out would take its sub-units off the chart with it.
 */
export async function getOrgChart(locale: Locale): Promise<OrgUnitNode[]> {
  'use cache';
  cacheTag(tags.orgUnits());
  cacheLife(CONTENT_LIFE);
  const rows = await db
    .select({
      id: orgUnits.id,
      parentId: orgUnits.parentId,
      headName: orgUnits.headName,
      name: orgUnitTranslations.name,
      headTitle: orgUnitTranslations.headTitle,
      frenchName: frenchUnitText.name,
      frenchHeadTitle: frenchUnitText.headTitle,
    })
    .from(orgUnits)
    .leftJoin(orgUnitTranslations, and(eq(orgUnitTranslations.unitId, orgUnits.id), eq(orgUnitTranslations.locale, locale)))
    .leftJoin(frenchUnitText, and(eq(frenchUnitText.unitId, orgUnits.id), eq(frenchUnitText.locale, DEFAULT_LOCALE)))
    // Units of the same order number as the dashboard lists them (db/queries/org-units.ts), not
    // in whatever order the database returns them, which may change from one read to the next.
    .orderBy(asc(orgUnits.position), asc(orgUnits.key));
  const build = (parentId: string | null): OrgUnitNode[] =>
    rows
      .filter((r) => r.parentId === parentId && (r.name || r.frenchName))
      .map((r) => {
        const ownTitle = !!r.headTitle || !r.frenchHeadTitle;
        return {
          id: r.id,
          name: (r.name || r.frenchName)!,
          nameLocale: r.name ? locale : DEFAULT_LOCALE,
          headTitle: ownTitle ? r.headTitle : r.frenchHeadTitle,
          headTitleLocale: ownTitle ? locale : DEFAULT_LOCALE,
          headName: r.headName,
          children: build(r.id),
        };
      });
  return build(null);
}
