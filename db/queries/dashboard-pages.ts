/**
 * Organization pages as editors see them: the tree with each locale's state, one page's
 * settings and translations, one translation to edit, its revisions. Not cached (the
 * dashboard is per request); the public reads are public-pages.ts.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { readAll } from '@/db/read-all';
import { pageRevisions, pages, pageTranslations, users, LOCALES, type Locale } from '@/db/schema';
import { DEFAULT_LOCALE } from '@/lib/locales';
import { hiddenAbove, reachable } from '@/lib/page-reach';
import { rowsBelow } from '@/lib/tree';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { pageVersionOf } from './page-writes';
import { outdatedSql, PAGE_SOURCE, sourceComparison } from './source-marker';
import { pageVisible } from './visibility';

/** A translation's state in the matrix: scheduled is a publication time still ahead. */
export type PageLocaleState = 'missing' | 'draft' | 'published' | 'scheduled';

export interface PageLocaleCell {
  state: PageLocaleState;
  title: string | null;
  slug: string | null;
  /** Readers open it at its address (lib/page-reach.ts): published, and so is every page above. */
  reachable: boolean;
  /**
   * Pages above, from the root down, not published (now) in this language: while there is one,
   * a published translation is offline all the same.
   */
  hiddenAbove: string[];
  /** The French has changed since the text this translation is up to date with (./source-marker). */
  outdated: boolean;
}

export interface PageTreeRow {
  id: string;
  key: string;
  parentId: string | null;
  position: number;
  version: string;
  /** In the reader's language, French standing in, then the key. */
  title: string;
  /** The language `title` is in (French for the key too), for lang/dir. */
  titleLocale: Locale;
  depth: number;
  locales: Record<Locale, PageLocaleCell>;
}

export async function listPageTree(locale: Locale, tx: Executor = db): Promise<PageTreeRow[]> {
  const [rows, texts] = await readAll(tx, [
    tx
      .select({ id: pages.id, key: pages.key, parentId: pages.parentId, position: pages.position, version: pageVersionOf })
      .from(pages)
      .orderBy(asc(pages.position), asc(pages.key)),
    tx
      .select({
        pageId: pageTranslations.pageId,
        locale: pageTranslations.locale,
        title: pageTranslations.title,
        slug: pageTranslations.slug,
        status: pageTranslations.status,
        // The public queries' own test: the matrix says "published" exactly when readers see it.
        visible: sql<boolean>`${pageVisible()}`,
        outdated: sql<boolean>`${outdatedSql(PAGE_SOURCE)}`,
      })
      .from(pageTranslations),
  ]);
  const ids = new Set(rows.map((r) => r.id));
  const out: PageTreeRow[] = [];
  const walk = (parentId: string | null, depth: number, seen: Set<string>) => {
    for (const r of rows.filter((x) => (parentId === null ? x.parentId === null || !ids.has(x.parentId) : x.parentId === parentId))) {
      if (seen.has(r.id)) continue;
      const own = texts.filter((t) => t.pageId === r.id);
      const locales = Object.fromEntries(
        LOCALES.map((l) => {
          const t = own.find((x) => x.locale === l);
          const state: PageLocaleState = !t ? 'missing' : t.status === 'draft' ? 'draft' : t.visible ? 'published' : 'scheduled';
          const cell: PageLocaleCell = { state, title: t?.title ?? null, slug: t?.slug ?? null, reachable: false, hiddenAbove: [], outdated: !!t?.outdated };
          return [l, cell];
        }),
      ) as PageTreeRow['locales'];
      const titleLocale = locales[locale].title !== null ? locale : DEFAULT_LOCALE;
      out.push({ ...r, title: locales[titleLocale].title ?? r.key, titleLocale, depth, locales });
      walk(r.id, depth + 1, new Set(seen).add(r.id));
    }
  };
  walk(null, 0, new Set());
  // Once every row's states are known: what stands between each translation and its readers.
  const byId = new Map(out.map((r) => [r.id, r]));
  for (const r of out) {
    for (const l of LOCALES) {
      const published = (p: PageTreeRow) => p.locales[l].state === 'published';
      r.locales[l].hiddenAbove = hiddenAbove(byId, r, published);
      r.locales[l].reachable = reachable(byId, r, published);
    }
  }
  return out;
}

/** Published in `locale` but not reachable: a page above it is not published there. */
export const offlineIn = (row: PageTreeRow, locale: Locale): boolean => row.locales[locale].state === 'published' && !row.locales[locale].reachable;

/**
 * The pages below `id` readers reach in `locale` now, in reading order: they go offline with it
 * when it is unpublished there (their address runs through its slug).
 */
export function reachableBelow(tree: PageTreeRow[], id: string, locale: Locale): PageTreeRow[] {
  return rowsBelow(tree, id).filter((r) => r.locales[locale].reachable);
}

export interface PageTranslationForEdit {
  id: string;
  pageId: string;
  locale: Locale;
  title: string;
  slug: string;
  summary: string;
  body: RichTextDoc;
  status: 'draft' | 'published';
  publishAt: Date | null;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
  /** Who saved the current version's text, and when (its revision), not a later publish. */
  savedAt: Date;
  savedByName: string | null;
  /** Made from (and up to date with) this language's text, at this revision of it. */
  sourceLocale: Locale | null;
  sourceRevisionId: string | null;
  outdated: boolean;
}

export async function getPageTranslationForEdit(pageId: string, locale: Locale, tx: Executor = db): Promise<PageTranslationForEdit | null> {
  const current = sql`from page_revisions r where r.translation_id = ${pageTranslations.id} and r.version = ${pageTranslations.version}`;
  const [row] = await tx
    .select({
      id: pageTranslations.id,
      pageId: pageTranslations.pageId,
      locale: pageTranslations.locale,
      title: pageTranslations.title,
      slug: pageTranslations.slug,
      summary: pageTranslations.summary,
      body: pageTranslations.body,
      status: pageTranslations.status,
      publishAt: pageTranslations.publishAt,
      version: pageTranslations.version,
      updatedAt: pageTranslations.updatedAt,
      updatedByName: users.name,
      sourceLocale: pageTranslations.sourceLocale,
      sourceRevisionId: pageTranslations.sourceRevisionId,
      outdated: sql<boolean>`${outdatedSql(PAGE_SOURCE)}`,
      savedAt: sql<Date | null>`(select r.created_at ${current})`,
      savedByName: sql<string | null>`(select u.name from users u where u.id = (select r.author_id ${current}))`,
    })
    .from(pageTranslations)
    .leftJoin(users, eq(users.id, pageTranslations.updatedById))
    .where(and(eq(pageTranslations.pageId, pageId), eq(pageTranslations.locale, locale)));
  if (!row) return null;
  const { savedAt, savedByName, ...rest } = row;
  return {
    ...rest,
    summary: row.summary ?? '',
    outdated: !!row.outdated,
    savedAt: savedAt ? new Date(savedAt) : row.updatedAt,
    savedByName: savedAt ? savedByName : row.updatedByName,
  };
}

export interface PageRevisionRow {
  id: string;
  version: number;
  title: string;
  slug: string;
  summary: string | null;
  body: RichTextDoc;
  note: string | null;
  authorName: string | null;
  createdAt: string;
}

export async function listPageRevisions(translationId: string, tx: Executor = db): Promise<PageRevisionRow[]> {
  const rows = await tx
    .select({
      id: pageRevisions.id,
      version: pageRevisions.version,
      title: pageRevisions.title,
      slug: pageRevisions.slug,
      summary: pageRevisions.summary,
      body: pageRevisions.body,
      note: pageRevisions.note,
      authorName: users.name,
      createdAt: pageRevisions.createdAt,
    })
    .from(pageRevisions)
    .leftJoin(users, eq(users.id, pageRevisions.authorId))
    .where(eq(pageRevisions.translationId, translationId))
    .orderBy(desc(pageRevisions.version));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}


/**
 * For a translation made from another language: that language's current text (its latest
 * revision, the one the editor shows beside the form), and the revision the translation is up
 * to date with (to show what changed since).
 */
export function getPageSourceComparison(pageId: string, sourceLocale: Locale, sourceRevisionId: string | null, tx: Executor = db) {
  return sourceComparison<{ title: string; summary: string | null; body: RichTextDoc }>(tx, PAGE_SOURCE, pageId, sourceLocale, sourceRevisionId);
}
