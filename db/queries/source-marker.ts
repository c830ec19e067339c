/**
 * What a translation is up to date with, for releases and organization pages alike: each
 * translation records its source locale and the source revision its text follows (made from,
 * or marked since — "changes carried over"); each of its revisions records the same, so a
 * restore brings it back. Outdated: the source's text has changed since that revision — or,
 * for a translation made from another translation (the Spanish from the English), the text
 * that one was itself up to date with has changed since (the French since the French revision
 * the English revision followed), and so on up to the original.
 *
 * The two kinds differ only in their tables and text columns, named in a {@link SourceTracked};
 * the SQL is written once here.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import { LOCALES, type Locale } from '@/lib/locales';
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
 * How many sources a chain can pass: each is another language than the translation's and than
 * each other (a Spanish from the English from the French: two), so one fewer than there are
 * languages. Longer chains (data no write makes) are cut there, which also bounds a cycle.
 */
const CHAIN_LINKS = LOCALES.length - 1;

/**
 * SQL: the rows (depth, base_id, current_id) of the chain of sources that starts at the
 * revision `start` — that revision (depth 0), the source revision it was up to date with
 * (depth 1), and so on — whose translation's text now differs from it: `base_id` the revision
 * in the chain, `current_id` the latest revision of its translation. A source changed and then
 * restored to that text is no change (jsonb compares by value; the editor's "what changed"
 * shows no difference then). The links are joined one by one rather than by a recursive query:
 * evaluated for every row of the article list, that costs about as much as one link did.
 */
function changedLinksSql(kind: SourceTracked, start: SQL): SQL {
  const revisions = id(kind.revisions);
  const links = Array.from({ length: CHAIN_LINKS }, (_, i) => i);
  const joins = sql.join(
    links.slice(1).map((i) => sql.raw(`left join "${kind.revisions}" r${i} on r${i}.id = r${i - 1}.source_revision_id`)),
    sql` `,
  );
  const chain = sql.raw(links.map((i) => `(${i}, r${i}.id)`).join(', '));
  return sql`select chain.depth, sr.id as base_id, latest.id as current_id
      from ${revisions} r0 ${joins}
      cross join lateral (values ${chain}) chain(depth, revision_id)
      join ${revisions} sr on sr.id = chain.revision_id
      join lateral (select * from ${revisions} r where r.translation_id = sr.translation_id order by r.version desc limit 1) latest on true
     where r0.id = ${start} and latest.version > sr.version
       and (${columns('latest', kind.text)}) is distinct from (${columns('sr', kind.text)})`;
}

/**
 * SQL: the translation aliased `t` is outdated when its source translation's text now differs
 * from the revision it is up to date with, or a text further up its chain of sources does
 * (./changedLinksSql): a Spanish made from the English is to update when the French has changed
 * since the French revision that English text followed, even before the English is updated.
 */
export function outdatedSql(kind: SourceTracked, t: string = kind.translations): SQL {
  const tt = id(t);
  return sql`(${tt}.source_revision_id is not null and exists (${changedLinksSql(kind, sql`${tt}.source_revision_id`)}))`;
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

/** A change further up a chain of sources: in `locale`, from `base` (the revision followed) to `current`. */
export interface UpstreamChange<R> {
  locale: Locale;
  base: SourceRevisionRow<R>;
  current: SourceRevisionRow<R>;
}

export interface SourceComparison<R> {
  current: SourceRevisionRow<R> & { translationId: string };
  base: SourceRevisionRow<R> | null;
  /**
   * The source's current text is itself outdated (the English a Spanish is made from, with the
   * French changed since the French revision it follows): the nearest such change, to show
   * beside the translation — carrying over the source's changes does not bring these.
   */
  upstream: UpstreamChange<R> | null;
}

/**
 * For a translation made from a source locale: the source's current text (its latest revision),
 * the source revision the translation is up to date with (to show what changed since), and
 * what the source's current text is itself behind on, if anything.
 */
export async function sourceComparison<R extends Record<string, unknown>>(
  tx: Executor,
  kind: SourceTracked,
  parentId: string,
  sourceLocale: Locale,
  sourceRevisionId: string | null,
): Promise<SourceComparison<R> | null> {
  const fields = columns('r', ['id', 'version', 'slug', ...kind.text]);
  const { rows: [current] } = await tx.execute<SourceRevisionRow<R> & { translationId: string; sourceRevisionId: string | null }>(sql`select ${fields}, s.id as "translationId", r.source_revision_id as "sourceRevisionId"
    from ${id(kind.revisions)} r join ${id(kind.translations)} s on s.id = r.translation_id
   where s.${id(kind.parent)} = ${parentId} and s.locale = ${sourceLocale}
   order by r.version desc limit 1`);
  if (!current) return null;
  const { rows: [base] } = sourceRevisionId
    ? await tx.execute<SourceRevisionRow<R>>(sql`select ${fields} from ${id(kind.revisions)} r where r.id = ${sourceRevisionId}::uuid`)
    : { rows: [] };
  const { sourceRevisionId: currentSource, ...currentRow } = current;
  let upstream: UpstreamChange<R> | null = null;
  if (currentSource) {
    const { rows: [link] } = await tx.execute<{ base_id: string; current_id: string }>(
      sql`${changedLinksSql(kind, sql`${currentSource}::uuid`)} order by depth limit 1`,
    );
    if (link) {
      const { rows } = await tx.execute<Record<string, unknown> & { id: string; locale: Locale }>(sql`select ${fields}, s.locale
        from ${id(kind.revisions)} r join ${id(kind.translations)} s on s.id = r.translation_id
       where r.id in (${link.base_id}::uuid, ${link.current_id}::uuid)`);
      const row = (revisionId: string) => rows.find((x) => x.id === revisionId);
      const [from, to] = [row(link.base_id), row(link.current_id)];
      if (from && to) upstream = { locale: to.locale, base: withoutLocale(from), current: withoutLocale(to) };
    }
  }
  return { current: currentRow as unknown as SourceRevisionRow<R> & { translationId: string }, base: (base as SourceRevisionRow<R> | undefined) ?? null, upstream };
}

function withoutLocale<R>({ locale: _locale, ...rest }: Record<string, unknown> & { locale: Locale }): SourceRevisionRow<R> {
  return rest as unknown as SourceRevisionRow<R>;
}
