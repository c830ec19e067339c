/**
 * What a translation is up to date with, for releases and organization pages alike: each
 * translation records its source locale and the source revision its text follows (made from,
 * or marked since — "changes carried over"); each of its revisions records the same, so a
 * restore brings it back. Outdated: the source's text has changed since that revision.
 *
 * The two kinds differ only in their tables and text columns, named in a {@link SourceTracked};
 * the SQL is written once here.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import type { Locale } from '@/lib/locales';
import { stableJson } from '@/lib/revisions/changed';
import type { RichTextDoc } from '@/lib/rich-text/types';

export interface SourceTracked {
  translations: 'article_translations' | 'page_translations';
  revisions: 'article_revisions' | 'page_revisions';
  /** The column naming what the translations are of. */
  parent: 'article_id' | 'page_id';
  /** The text a translation follows (the slug, its address, is each language's own). */
  text: readonly string[];
}

export const ARTICLE_SOURCE: SourceTracked = { translations: 'article_translations', revisions: 'article_revisions', parent: 'article_id', text: ['title', 'lede', 'dateline', 'body'] };
export const PAGE_SOURCE: SourceTracked = { translations: 'page_translations', revisions: 'page_revisions', parent: 'page_id', text: ['title', 'summary', 'body'] };

const id = (name: string) => sql.raw(`"${name}"`);
const columns = (alias: string, names: readonly string[]) => sql.raw(names.map((n) => `${alias}."${n}"`).join(', '));

/**
 * SQL: the translation aliased `t` is outdated when its source translation's text now differs
 * from the revision it is up to date with (jsonb compares by value). A source changed and then
 * restored to that text is not (the editor's "what changed" shows no difference then).
 */
export function outdatedSql(kind: SourceTracked, t: string = kind.translations): SQL {
  const tt = id(t);
  return sql`(${tt}.source_revision_id is not null and exists (
    select 1 from ${id(kind.revisions)} sr
      join ${id(kind.translations)} s on s.${id(kind.parent)} = ${tt}.${id(kind.parent)} and s.locale = ${tt}.source_locale
      join lateral (select * from ${id(kind.revisions)} r where r.translation_id = s.id order by r.version desc limit 1) latest on true
     where sr.id = ${tt}.source_revision_id and latest.version > sr.version
       and (${columns('latest', kind.text)}) is distinct from (${columns('sr', kind.text)})))`;
}

/** The latest revision of the source translation (`sourceLocale`) of `parentId`, if any. */
export async function latestSourceRevision(tx: Executor, kind: SourceTracked, parentId: string, sourceLocale: Locale): Promise<string | null> {
  const { rows } = await tx.execute<{ id: string }>(sql`select r.id from ${id(kind.revisions)} r
    join ${id(kind.translations)} s on s.id = r.translation_id
   where s.${id(kind.parent)} = ${parentId} and s.locale = ${sourceLocale}
   order by r.version desc limit 1`);
  return rows[0]?.id ?? null;
}

/**
 * The source revision a translation is marked up to date with: the one its editor showed, when it
 * is a revision of the source and newer than the one recorded. A source changed after the page was
 * opened keeps the translation outdated (with the new changes to carry over), and a page left open
 * since an earlier mark cannot move the mark back.
 */
export async function shownSourceRevision(
  tx: Executor,
  kind: SourceTracked,
  t: { sourceRevisionId: string | null },
  parentId: string,
  sourceLocale: Locale,
  shownId: string,
): Promise<string | null> {
  const { rows } = await tx.execute<{ shown: number; recorded: number | null }>(sql`select r.version as shown,
      (select rec.version from ${id(kind.revisions)} rec where rec.id = ${t.sourceRevisionId}::uuid and rec.translation_id = s.id) as recorded
    from ${id(kind.revisions)} r join ${id(kind.translations)} s on s.id = r.translation_id
   where r.id = ${shownId}::uuid and s.${id(kind.parent)} = ${parentId} and s.locale = ${sourceLocale}`);
  const [row] = rows;
  if (!row) return null;
  return row.recorded !== null && row.recorded >= row.shown ? null : shownId;
}

/**
 * A translation whose text is still the one it was copied from ("Translate…" starts it as a copy
 * of the source): the body as the source revision it was made from, whatever became of its title.
 * Published, its readers would get the source's language under their own.
 */
export async function stillTheSource(
  tx: Executor,
  kind: SourceTracked,
  t: { sourceLocale: Locale | null; sourceRevisionId: string | null; body: RichTextDoc },
): Promise<boolean> {
  if (!t.sourceLocale || !t.sourceRevisionId) return false;
  const { rows } = await tx.execute<{ body: RichTextDoc }>(sql`select body from ${id(kind.revisions)} where id = ${t.sourceRevisionId}::uuid`);
  return !!rows[0] && stableJson(rows[0].body) === stableJson(t.body);
}

/**
 * Marked up to date without a change of text: the current revision's text is what was marked, so
 * that restoring it later brings the mark back.
 */
export async function markCurrentRevision(tx: Executor, kind: SourceTracked, translationId: string, version: number, sourceRevisionId: string | null): Promise<void> {
  await tx.execute(sql`update ${id(kind.revisions)} set source_revision_id = ${sourceRevisionId}::uuid where translation_id = ${translationId} and version = ${version}`);
}

/** A revision's text as the source panel and its diff read it: `text` columns, with id, version and slug. */
export type SourceRevisionRow<R> = R & { id: string; version: number; slug: string };

/**
 * For a translation made from a source locale: the source's current text (its latest revision),
 * and the source revision the translation is up to date with (to show what changed since).
 */
export async function sourceComparison<R extends Record<string, unknown>>(
  tx: Executor,
  kind: SourceTracked,
  parentId: string,
  sourceLocale: Locale,
  sourceRevisionId: string | null,
): Promise<{ current: SourceRevisionRow<R> & { translationId: string }; base: SourceRevisionRow<R> | null } | null> {
  const fields = columns('r', ['id', 'version', 'slug', ...kind.text]);
  const { rows: [current] } = await tx.execute<SourceRevisionRow<R> & { translationId: string }>(sql`select ${fields}, s.id as "translationId"
    from ${id(kind.revisions)} r join ${id(kind.translations)} s on s.id = r.translation_id
   where s.${id(kind.parent)} = ${parentId} and s.locale = ${sourceLocale}
   order by r.version desc limit 1`);
  if (!current) return null;
  const { rows: [base] } = sourceRevisionId
    ? await tx.execute<SourceRevisionRow<R>>(sql`select ${fields} from ${id(kind.revisions)} r where r.id = ${sourceRevisionId}::uuid`)
    : { rows: [] };
  return { current: current as SourceRevisionRow<R> & { translationId: string }, base: (base as SourceRevisionRow<R> | undefined) ?? null };
}
