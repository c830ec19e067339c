import { and, count, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { readAll } from '@/db/read-all';
import { articleTopics, topics, topicSlugRedirects, topicTranslations, LOCALES, type Locale } from '@/db/schema';
import { DEFAULT_LOCALE } from '@/lib/locales';
import { foldName } from '@/lib/match-name';
import { slugify, uniqueSlug } from '@/lib/slug';
import type { TopicFormInput } from '@/lib/validation/topics';
import { changeTimeVersion } from './tree';

/**
 * Topics as editors keep them (the public reads are in public-news.ts and public-articles.ts,
 * under the `taxonomy` tag and each release's own tag). A topic's version is its last change
 * time in microseconds: a save made over an older version is a conflict, never an overwrite.
 */
const versionOf = changeTimeVersion(topics.updatedAt);

export interface TopicEditRow {
  id: string;
  key: string;
  version: string;
  texts: Partial<Record<Locale, { name: string; slug: string }>>;
  /** Releases (in any state) filed under it. */
  articles: number;
}

export async function listTopics(tx: Executor = db): Promise<TopicEditRow[]> {
  const [rows, texts, uses] = await readAll(tx, [
    tx.select({ id: topics.id, key: topics.key, version: versionOf }).from(topics),
    tx.select().from(topicTranslations),
    tx.select({ topicId: articleTopics.topicId, n: count() }).from(articleTopics).groupBy(articleTopics.topicId),
  ]);
  const used = new Map(uses.map((u) => [u.topicId, u.n]));
  return rows.map((r) => ({
    ...r,
    texts: Object.fromEntries(texts.filter((t) => t.topicId === r.id).map((t) => [t.locale, { name: t.name, slug: t.slug }])),
    articles: used.get(r.id) ?? 0,
  }));
}

export async function getTopic(id: string, tx: Executor = db): Promise<TopicEditRow | null> {
  return (await listTopics(tx)).find((t) => t.id === id) ?? null;
}

/** A topic's name in `locale`, French standing in, its key as the last resort. */
export function topicName(topic: Pick<TopicEditRow, 'key' | 'texts'>, locale: Locale): string {
  return topic.texts[locale]?.name ?? topic.texts[DEFAULT_LOCALE]?.name ?? topic.key;
}

/** The language topicName's answer is in (French when it stands in; the key is French too), for lang/dir. */
export function topicNameLocale(topic: Pick<TopicEditRow, 'texts'>, locale: Locale): Locale {
  return topic.texts[locale]?.name ? locale : DEFAULT_LOCALE;
}

export type TopicSaveResult =
  | { status: 'saved'; id: string; articleIds: string[] }
  /** Someone else saved it since the form was opened: the topic as stored now. */
  | { status: 'conflict'; current: TopicEditRow }
  | { status: 'missing' }
  | {
      status: 'invalid';
      /** Field → message key, for addresses taken by another topic or impossible to derive. */
      fieldErrors: Record<string, string>;
      /** Language → the name another topic already has in it, as that topic writes it. */
      duplicateNames: Partial<Record<Locale, string>>;
    };

/**
 * The address of each named language: the one typed, or the name's, made unique among the
 * other topics of that language. A typed address another topic holds is refused at its field,
 * and so is a name another topic has in that language: the topic list, the editors' picker and
 * the public filter could not tell the two apart. Names are compared as people read them, case,
 * accents and punctuation aside (lib/match-name.ts).
 */
async function resolveTexts(tx: Executor, input: TopicFormInput, self: string | null) {
  const named = LOCALES.filter((l) => input.texts[l].name !== '');
  const others = await tx
    .select({ locale: topicTranslations.locale, slug: topicTranslations.slug, name: topicTranslations.name })
    .from(topicTranslations)
    .where(and(inArray(topicTranslations.locale, named), self ? ne(topicTranslations.topicId, self) : sql`true`));
  const fieldErrors: Record<string, string> = {};
  const duplicateNames: Partial<Record<Locale, string>> = {};
  const slugs = {} as Partial<Record<Locale, string>>;
  for (const l of named) {
    const sameLocale = others.filter((o) => o.locale === l);
    const folded = foldName(input.texts[l].name);
    const twin = sameLocale.find((o) => foldName(o.name) === folded);
    if (twin) duplicateNames[l] = twin.name;
    const taken = new Set(sameLocale.map((o) => o.slug));
    const typed = input.texts[l].slug;
    if (typed) {
      if (taken.has(typed)) fieldErrors[`texts.${l}.slug`] = 'topic.slugTaken';
      else slugs[l] = typed;
      continue;
    }
    const base = slugify(input.texts[l].name, l);
    if (!base) fieldErrors[`texts.${l}.slug`] = 'topic.slugRequired';
    else slugs[l] = uniqueSlug(base, (s) => taken.has(s));
  }
  const invalid = Object.keys(fieldErrors).length > 0 || Object.keys(duplicateNames).length > 0;
  return { slugs, invalid, refusal: { status: 'invalid' as const, fieldErrors, duplicateNames } };
}

/**
 * Writes the names and addresses. An address given up for another in the same language stays
 * a permanent redirect to the new one (readers' links and bookmarks keep working); an address
 * taken now, by this topic or another, is no longer anyone's redirect.
 */
async function writeTexts(tx: Executor, topicId: string, input: TopicFormInput, slugs: Partial<Record<Locale, string>>) {
  const before = await tx
    .delete(topicTranslations)
    .where(eq(topicTranslations.topicId, topicId))
    .returning({ locale: topicTranslations.locale, slug: topicTranslations.slug });
  const taken = LOCALES.filter((l) => slugs[l]).map((locale) => ({ locale, slug: slugs[locale]! }));
  if (taken.length > 0) {
    await tx
      .delete(topicSlugRedirects)
      .where(or(...taken.map((t) => and(eq(topicSlugRedirects.locale, t.locale), eq(topicSlugRedirects.slug, t.slug)))));
  }
  const moved = before.filter((b) => slugs[b.locale] !== undefined && slugs[b.locale] !== b.slug);
  if (moved.length > 0) {
    await tx
      .insert(topicSlugRedirects)
      .values(moved.map((m) => ({ locale: m.locale, slug: m.slug, topicId })))
      .onConflictDoUpdate({ target: [topicSlugRedirects.locale, topicSlugRedirects.slug], set: { topicId, createdAt: sql`now()` } });
  }
  await tx.insert(topicTranslations).values(taken.map(({ locale, slug }) => ({ topicId, locale, name: input.texts[locale].name, slug })));
}

export async function createTopic(tx: Executor, input: TopicFormInput): Promise<TopicSaveResult> {
  // One topic form at a time holds the right to hand out addresses and names: two editors
  // creating "Climat" at once get "climat" and "climat-2", not a failed unique index, and the
  // second is told the name is taken rather than both saving it. (No unique index on names: it
  // would have to fold accents as lib/match-name.ts does, and topics saved before this check may
  // already share a name.)
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('topic-slugs'))`);
  const { slugs, invalid, refusal } = await resolveTexts(tx, input, null);
  if (invalid) return refusal;
  const keys = new Set((await tx.select({ key: topics.key }).from(topics)).map((r) => r.key));
  const [row] = await tx
    .insert(topics)
    .values({ key: uniqueSlug(slugs[DEFAULT_LOCALE] ?? 'topic', (k) => keys.has(k)) })
    .returning({ id: topics.id });
  if (!row) throw new Error('topic insert returned nothing');
  await writeTexts(tx, row.id, input, slugs);
  return { status: 'saved', id: row.id, articleIds: [] };
}

/** Returns the releases filed under the topic: their pages show its name and link. */
export async function updateTopic(tx: Executor, id: string, version: string, input: TopicFormInput): Promise<TopicSaveResult> {
  const [current] = await tx.select({ version: versionOf }).from(topics).where(eq(topics.id, id)).for('update');
  if (!current) return { status: 'missing' };
  if (current.version !== version) return { status: 'conflict', current: (await getTopic(id, tx))! };
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('topic-slugs'))`);
  const { slugs, invalid, refusal } = await resolveTexts(tx, input, id);
  if (invalid) return refusal;
  await tx.update(topics).set({ updatedAt: sql`clock_timestamp()` }).where(eq(topics.id, id));
  await writeTexts(tx, id, input, slugs);
  const filed = await tx.select({ id: articleTopics.articleId }).from(articleTopics).where(eq(articleTopics.topicId, id));
  return { status: 'saved', id, articleIds: filed.map((r) => r.id) };
}

/** A release filed under a topic, named for the dashboard: the editor page of the language it is named in ('' if it has none yet). */
export interface TopicRelease {
  id: string;
  locale: Locale;
  title: string;
}

/** Named in full up to this many (one more rather than "and 1 more"); past it, the newest ones and how many more. */
export const TOPIC_RELEASES_NAMED = 10;

/**
 * The releases (in any state) filed under a topic, newest first, each named in `uiLocale` when it
 * has that language, else in French, else in its first language (the locale enum's order is
 * LOCALES's): what a refused deletion names.
 */
export async function listTopicReleases(id: string, uiLocale: Locale, tx: Executor = db): Promise<{ named: TopicRelease[]; more: number }> {
  const [rows, [uses]] = await readAll(tx, [
    tx.execute<{ id: string; locale: Locale; title: string }>(sql`
      select a.id, coalesce(n.locale, ${DEFAULT_LOCALE}) as locale, coalesce(n.title, '') as title
      from article_topics x
      join articles a on a.id = x.article_id
      left join lateral (
        select t.locale, t.title from article_translations t
        where t.article_id = a.id
        order by t.locale = ${uiLocale} desc, t.locale
        limit 1
      ) n on true
      where x.topic_id = ${id}::uuid
      order by a.created_at desc, a.id
      limit ${TOPIC_RELEASES_NAMED + 1}`),
    tx.select({ n: count() }).from(articleTopics).where(eq(articleTopics.topicId, id)),
  ]);
  const total = uses?.n ?? 0;
  const all = rows.rows.map((r) => ({ id: r.id, locale: r.locale, title: r.title }));
  const named = total > TOPIC_RELEASES_NAMED + 1 ? all.slice(0, TOPIC_RELEASES_NAMED) : all;
  return { named, more: Math.max(0, total - named.length) };
}

export type TopicDeleteResult = { status: 'deleted' } | { status: 'inUse'; articles: number } | { status: 'missing' };

/** A topic still filed on a release is kept: the release would silently lose it. */
export async function deleteTopic(tx: Executor, id: string): Promise<TopicDeleteResult> {
  const [topic] = await tx.select({ id: topics.id }).from(topics).where(eq(topics.id, id)).for('update');
  if (!topic) return { status: 'missing' };
  const [uses] = await tx.select({ n: count() }).from(articleTopics).where(eq(articleTopics.topicId, id));
  if ((uses?.n ?? 0) > 0) return { status: 'inUse', articles: uses!.n };
  await tx.delete(topics).where(eq(topics.id, id));
  return { status: 'deleted' };
}
