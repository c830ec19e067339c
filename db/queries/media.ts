import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { readAll } from '@/db/read-all';
import { articles, articleTranslations, auditLog, media, mediaFiles, mediaTranslations, LOCALES, type Locale } from '@/db/schema';
import { fieldChanges, textChanges, type Changes } from '@/lib/audit-detail';
import { DEFAULT_LOCALE } from '@/lib/locales';
import { mediaPath, type ProcessedImage } from '@/lib/media/process';
import { can } from '@/lib/permissions';
import type { MediaTextsInput } from '@/lib/validation/media';
import { savedStamp } from './audit';
import { foldedContains, foldedContainsPattern } from './search-fold';
import { changeTimeVersion } from './tree';
import type { PublicUser } from './users';

/**
 * The media library: images uploaded once, shown as a release's main image or inside the text
 * of releases and pages. An image's version is its last change time in microseconds (a save
 * made over an older one is a conflict): every write of its texts moves it (textsWritten), from
 * its own form, a release's editor or a second upload alike. It cannot be deleted while anything
 * shows it.
 */
const versionOf = changeTimeVersion(media.updatedAt);

/** Its texts were just written (`set`: its credit too): its version moves, and a form opened before reports a conflict. */
const textsWritten = (tx: Executor, id: string, set: { credit?: string | null } = {}) =>
  tx
    .update(media)
    .set({ ...set, updatedAt: sql`clock_timestamp()` })
    .where(eq(media.id, id));

/** A rich-text body (jsonb) holding the image at `src` among its blocks (images are top-level blocks). */
const bodyShows = (body: SQL, src: SQL | string) =>
  sql`${body} @> jsonb_build_object('content', jsonb_build_array(jsonb_build_object('type', 'image', 'attrs', jsonb_build_object('src', ${src}::text))))`;

/** How many releases (any state) show the image (`id`, `src`): as their main image or in the text of a translation. */
const releasesShowing = (id: SQL | string, src: SQL | string) =>
  sql`(select count(*)::int from articles a where a.hero_media_id = ${id}::uuid
        or exists (select 1 from article_translations t where t.article_id = a.id and ${bodyShows(sql`t.body`, src)}))`;
/** How many profile pages show it in the text of a translation. */
const pagesShowing = (src: SQL | string) =>
  sql`(select count(distinct pt.page_id)::int from page_translations pt where ${bodyShows(sql`pt.body`, src)})`;

export interface MediaItem {
  id: string;
  src: string;
  width: number;
  height: number;
  mimeType: string;
  fileName: string | null;
  byteSize: number | null;
  credit: string | null;
  createdAt: Date;
  version: string;
  /** Alternative text by language (absent: none written for it). */
  alts: Partial<Record<Locale, string>>;
  /** Releases (in any state) showing it: as their main image or in their text. */
  articles: number;
  /** Profile pages showing it in their text. */
  pages: number;
}

const itemColumns = {
  id: media.id,
  src: media.src,
  width: media.width,
  height: media.height,
  mimeType: media.mimeType,
  fileName: media.fileName,
  byteSize: media.byteSize,
  credit: media.credit,
  createdAt: media.createdAt,
  version: versionOf,
};

async function withTextsAndUses(tx: Executor, rows: Omit<MediaItem, 'alts' | 'articles' | 'pages'>[]): Promise<MediaItem[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [texts, uses] = await readAll(tx, [
    tx.select().from(mediaTranslations).where(inArray(mediaTranslations.mediaId, ids)),
    tx
      .select({ id: media.id, articles: sql<number>`${releasesShowing(sql`${media.id}`, sql`${media.src}`)}`, pages: sql<number>`${pagesShowing(sql`${media.src}`)}` })
      .from(media)
      .where(inArray(media.id, ids)),
  ]);
  const used = new Map(uses.map((u) => [u.id, u]));
  return rows.map((r) => ({
    ...r,
    alts: Object.fromEntries(texts.filter((t) => t.mediaId === r.id && t.alt !== '').map((t) => [t.locale, t.alt])),
    articles: used.get(r.id)?.articles ?? 0,
    pages: used.get(r.id)?.pages ?? 0,
  }));
}

export const MEDIA_PAGE_SIZE = 24;
export const MEDIA_USAGES = ['used', 'unused'] as const;

export interface MediaFilter {
  /** Found in an alternative text (any language), the file's name or the credit. */
  q?: string;
  /** Shown by a release or not (finding what can be cleared away). */
  usage?: (typeof MEDIA_USAGES)[number];
  page: number;
}

/** One page of the library, newest first, with how many images match in all. */
export async function listMedia(filter: MediaFilter = { page: 1 }, tx: Executor = db): Promise<{ items: MediaItem[]; total: number; pageCount: number }> {
  const conditions: SQL[] = [];
  if (filter.q?.trim()) {
    const like = foldedContainsPattern(filter.q);
    conditions.push(
      sql`(${foldedContains(sql`${media.fileName}`, like)} or ${foldedContains(sql`${media.credit}`, like)}
        or exists (select 1 from media_translations mt where mt.media_id = ${media.id} and ${foldedContains(sql`mt.alt`, like)}))`,
    );
  }
  // Shown anywhere: each test stops at its first match (the counts above are for the page's rows only).
  const used = sql`(exists (select 1 from articles a where a.hero_media_id = ${media.id})
    or exists (select 1 from article_translations t where ${bodyShows(sql`t.body`, sql`${media.src}`)})
    or exists (select 1 from page_translations pt where ${bodyShows(sql`pt.body`, sql`${media.src}`)}))`;
  if (filter.usage === 'used') conditions.push(used);
  if (filter.usage === 'unused') conditions.push(sql`not ${used}`);
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [totals]] = await readAll(tx, [
    tx
      .select(itemColumns)
      .from(media)
      .where(where)
      .orderBy(desc(media.createdAt), media.id)
      .limit(MEDIA_PAGE_SIZE)
      .offset((filter.page - 1) * MEDIA_PAGE_SIZE),
    tx.select({ total: count() }).from(media).where(where),
  ]);
  const total = totals?.total ?? 0;
  return { items: await withTextsAndUses(tx, rows), total, pageCount: Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE)) };
}

/** A media id as the database stores it: anything else (a mistyped or cut address) names no image. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One image with its texts and uses, or null (no such image, or an id that cannot be one). */
export async function getMedia(id: string, tx: Executor = db): Promise<MediaItem | null> {
  if (!UUID.test(id)) return null;
  const [row] = await tx.select(itemColumns).from(media).where(eq(media.id, id));
  return row ? ((await withTextsAndUses(tx, [row]))[0] ?? null) : null;
}

export type UploadResult =
  | { status: 'created'; id: string }
  /**
   * `completed`: texts it lacked were taken from this upload; `articleIds`: the releases showing
   * it; `withheld`: the texts it lacked that this upload gave but that were not taken, as the
   * audit log names them ("alt.en", "credit"), because a live release shows it as its main image
   * and the uploader may not change a live release (empty otherwise).
   */
  | { status: 'existing'; id: string; completed: boolean; articleIds: string[]; withheld: string[] };

/**
 * How long `actorId` must wait before their next upload: 0 while they made fewer than `limit`
 * in the last `windowMinutes` (audited uploads, whether the image was new or found again: each
 * was read and re-encoded), else the milliseconds until the oldest of those leaves the window.
 */
export async function uploadWait(tx: Executor, actorId: string, limit: number, windowMinutes = 60): Promise<number> {
  const rows = await tx
    .select({ at: auditLog.at, now: sql<Date>`now()`.mapWith(auditLog.at) })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, 'media.upload'), eq(auditLog.outcome, 'ok'), sql`${auditLog.at} > now() - make_interval(mins => ${windowMinutes})`))
    .orderBy(desc(auditLog.at))
    .limit(limit);
  const oldest = rows.length < limit ? undefined : rows[rows.length - 1];
  return oldest ? Math.max(0, oldest.at.getTime() + windowMinutes * 60_000 - oldest.now.getTime()) : 0;
}

/**
 * A processed upload into the library, with the texts given beside it. The same bytes uploaded
 * again are not stored twice: the answer names the image already there, and the texts typed
 * this time fill the languages (and the credit) it had none for; texts it has stay as they are.
 * Those readers see under a live release's main image are not filled by someone who may not
 * change a live release (a writer), as updateMediaTexts refuses them: the upload is answered
 * with the image, and what was withheld.
 */
export async function createUploadedMedia(
  tx: Executor,
  actor: Pick<PublicUser, 'id' | 'role'>,
  image: ProcessedImage,
  input: MediaTextsInput & { fileName: string },
): Promise<UploadResult> {
  // Two uploads of the same bytes at once: the second waits here for the first to commit, then
  // finds its image (the unique hash below would otherwise fail it with no useful answer).
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`media:${image.sha256}`}))`);
  const [existing] = await tx.select({ id: mediaFiles.mediaId }).from(mediaFiles).where(eq(mediaFiles.sha256, image.sha256));
  if (existing) {
    const { completed, articleIds, withheld } = await completeTexts(tx, actor, existing.id, input);
    return { status: 'existing', id: existing.id, completed, articleIds, withheld };
  }
  const [row] = await tx
    .insert(media)
    .values({
      src: mediaPath(image),
      width: image.width,
      height: image.height,
      mimeType: image.mimeType,
      byteSize: image.bytes.length,
      fileName: input.fileName,
      credit: input.credit || null,
      uploadedById: actor.id,
    })
    .returning({ id: media.id });
  const id = row!.id;
  await tx.insert(mediaFiles).values({ mediaId: id, sha256: image.sha256, data: image.bytes });
  await writeAlts(tx, id, input.alts);
  return { status: 'created', id };
}

/**
 * The texts `input` gives that the image lacks (a language with none, no credit), written, unless
 * `actor` may not change them (liveTexts: a live release shows it as its main image, and they
 * may not change a live release): none is written then, and they are answered as `withheld`,
 * with the `lock` that kept them out. The row is locked first, as by updateMediaTexts.
 */
async function completeTexts(
  tx: Executor,
  actor: Pick<PublicUser, 'role'>,
  id: string,
  input: MediaTextsInput,
): Promise<{ completed: boolean; articleIds: string[]; withheld: string[]; lock: LiveLock | null }> {
  const [row] = await tx.select({ credit: media.credit }).from(media).where(eq(media.id, id)).for('update');
  const have = new Set((await tx.select({ locale: mediaTranslations.locale }).from(mediaTranslations).where(eq(mediaTranslations.mediaId, id))).map((t) => t.locale));
  const missing = LOCALES.filter((l) => input.alts[l] !== '' && !have.has(l)).map((l) => ({ mediaId: id, locale: l, alt: input.alts[l] }));
  const credit = !row?.credit && input.credit !== '';
  if (missing.length === 0 && !credit) return { completed: false, articleIds: [], withheld: [], lock: null };
  const { lock } = await liveTexts(tx, actor, id);
  if (lock) return { completed: false, articleIds: [], withheld: [...missing.map((m) => `alt.${m.locale}`), ...(credit ? ['credit'] : [])], lock };
  if (missing.length > 0) await tx.insert(mediaTranslations).values(missing);
  await textsWritten(tx, id, credit ? { credit: input.credit } : {});
  const users = await tx.select({ id: articles.id }).from(articles).where(eq(articles.heroMediaId, id));
  return { completed: true, articleIds: users.map((a) => a.id), withheld: [], lock: null };
}

async function writeAlts(tx: Executor, id: string, alts: Record<Locale, string>): Promise<void> {
  await tx.delete(mediaTranslations).where(eq(mediaTranslations.mediaId, id));
  const rows = LOCALES.filter((l) => alts[l] !== '').map((l) => ({ mediaId: id, locale: l, alt: alts[l] }));
  if (rows.length > 0) await tx.insert(mediaTranslations).values(rows);
}

export type MediaSaveResult =
  | { status: 'saved'; articleIds: string[]; changes: Changes }
  | { status: 'missing' }
  /** Someone else wrote its texts since the form was opened: the version now stored, and its texts. */
  | { status: 'conflict'; version: string; texts: MediaTextsInput }
  /** Texts left empty in languages where a release showing it as its main image is published or scheduled. */
  | { status: 'describedWhereLive'; locales: Locale[] }
  /**
   * A change to texts readers see (it is the main image of a release published or scheduled in
   * `locales`) by someone who may not change what readers see: a writer.
   */
  | { status: 'live'; locales: Locale[]; articleIds: string[] };

/**
 * The languages in which a release shows the image as its main one to readers (published, or
 * scheduled): a reader of each must get its description. A release being saved with it as its
 * main image waits for this row's lock (it takes a share lock: checkHeroDescribedWhereLive in
 * ./article-writes), so what it changes is seen here.
 */
async function heroLiveLocales(tx: Executor, id: string): Promise<Locale[]> {
  const rows = await tx
    .selectDistinct({ locale: articleTranslations.locale })
    .from(articleTranslations)
    .innerJoin(articles, eq(articles.id, articleTranslations.articleId))
    .where(and(eq(articles.heroMediaId, id), eq(articleTranslations.status, 'published')));
  return rows.map((r) => r.locale);
}

/** What keeps someone from changing an image's texts: the languages and the releases in which readers see them. */
export interface LiveLock {
  locales: Locale[];
  articleIds: string[];
}

/**
 * The one rule for every write of an image's texts — its own form (updateMediaTexts), a second
 * upload of it (createUploadedMedia), its description typed in a text (describeWhereUndescribed):
 * while a release published or scheduled shows it as its main image, its readers see them, so
 * only those who may change a live release change them (a writer would change that release's
 * page unreviewed). `live`: the languages in which it is shown so; `lock`: set when `actor`
 * may not change them, naming those languages and releases (the refusal's audit entry). The
 * caller has locked the image's row (for update): a release being published with it meanwhile
 * (a share lock) is either seen here or publishes after the write.
 */
async function liveTexts(tx: Executor, actor: Pick<PublicUser, 'role'>, id: string): Promise<{ live: Locale[]; lock: LiveLock | null }> {
  const live = await heroLiveLocales(tx, id);
  if (live.length === 0 || can(actor.role, 'article.editPublished')) return { live, lock: null };
  return { live, lock: { locales: live, articleIds: (await listLiveReleases(id, DEFAULT_LOCALE, tx)).map((r) => r.id) } };
}

/** The texts of `id` as stored, '' for none. */
async function storedTexts(tx: Executor, id: string, credit: string | null): Promise<MediaTextsInput> {
  const rows = await tx.select({ locale: mediaTranslations.locale, alt: mediaTranslations.alt }).from(mediaTranslations).where(eq(mediaTranslations.mediaId, id));
  const alts = Object.fromEntries(LOCALES.map((l) => [l, rows.find((r) => r.locale === l)?.alt ?? ''])) as Record<Locale, string>;
  return { credit: credit ?? '', alts };
}

/** The texts that differ between two versions, in the audit log's format (lib/audit-detail.ts: "alt.fr", "credit"). */
export function mediaTextChanges(before: MediaTextsInput, after: MediaTextsInput): Changes {
  const alts = (texts: MediaTextsInput) => Object.fromEntries(LOCALES.map((l) => [l, { alt: texts.alts[l] }]));
  return { ...textChanges(alts(before), alts(after), ['alt']), ...fieldChanges(before, after, ['credit']) };
}

/**
 * Who wrote an image's texts last, and when, for a save that met theirs: its own form or an
 * upload of it (entries on the image, as is a description typed for it in a text), or its
 * description typed as a release's main image, which that release's save records (its entry
 * names the image: detail.heroMediaId, app/[locale]/(dashboard)/dashboard/articles/actions.ts).
 */
export function mediaSavedStamp(tx: Executor, id: string) {
  return savedStamp(
    tx,
    'media',
    id,
    ['media.upload', 'media.update'],
    and(inArray(auditLog.action, ['article.save', 'article.create']), sql`${auditLog.detail}->>'heroMediaId' = ${id}`),
  );
}

/**
 * Its alternative texts and credit; the releases showing it are named so their pages are
 * expired. A text cannot be emptied in a language a release shows it in as its main image.
 * Readers see these texts under the main image of the releases published or scheduled with it:
 * those who may not change a live release (a writer) may not change them either, as they would
 * change its page unreviewed. The row is locked first, so a release being published with the
 * image meanwhile (it takes a share lock on it) is either seen here or publishes after this save.
 */
export async function updateMediaTexts(tx: Executor, actor: Pick<PublicUser, 'role'>, id: string, version: string, input: MediaTextsInput): Promise<MediaSaveResult> {
  const [current] = await tx.select({ version: versionOf, credit: media.credit }).from(media).where(eq(media.id, id)).for('update');
  if (!current) return { status: 'missing' };
  if (current.version !== version) return { status: 'conflict', version: current.version, texts: await storedTexts(tx, id, current.credit) };
  const changes = mediaTextChanges(await storedTexts(tx, id, current.credit), input);
  const { live, lock } = await liveTexts(tx, actor, id);
  if (lock && Object.keys(changes).length > 0) return { status: 'live', ...lock };
  const undescribed = LOCALES.filter((l) => live.includes(l) && input.alts[l] === '');
  if (undescribed.length > 0) return { status: 'describedWhereLive', locales: undescribed };
  await textsWritten(tx, id, { credit: input.credit || null });
  await writeAlts(tx, id, input.alts);
  const users = await tx.select({ id: articles.id }).from(articles).where(eq(articles.heroMediaId, id));
  return { status: 'saved', articleIds: users.map((a) => a.id), changes };
}

/** Deleted with its file and texts, unless a release or a page shows it. */
export async function deleteMedia(
  tx: Executor,
  id: string,
): Promise<{ status: 'deleted'; src: string } | { status: 'missing' } | { status: 'inUse'; articles: number; pages: number }> {
  const [row] = await tx.select({ src: media.src }).from(media).where(eq(media.id, id)).for('update');
  if (!row) return { status: 'missing' };
  // A release being saved with this image as its main one at the same moment waits for this
  // lock on the media row (its foreign key check takes a share lock), then fails rather than
  // point at nothing; a text being saved with it inside takes the same share lock
  // (lockLibraryImages in ./body-images), so the count below sees it.
  const [uses] = await tx
    .select({ articles: sql<number>`${releasesShowing(id, row.src)}`, pages: sql<number>`${pagesShowing(row.src)}` })
    .from(media)
    .where(eq(media.id, id));
  if (uses && uses.articles + uses.pages > 0) return { status: 'inUse', articles: uses.articles, pages: uses.pages };
  await tx.delete(media).where(eq(media.id, id));
  return { status: 'deleted', src: row.src };
}

export interface MediaChoice {
  id: string;
  src: string;
  width: number;
  height: number;
  /** Its text in the interface language and its file's name (an upload's address is a hash). */
  label: string;
  /** Its alternative text in the language being edited ('' when none yet). */
  alt: string;
}

/** The library as the editors offer it (main image, images in the text), newest first. */
export async function listMediaChoices(uiLocale: Locale, contentLocale: Locale, tx: Executor = db): Promise<MediaChoice[]> {
  return mediaChoices(uiLocale, contentLocale, tx);
}

/** One image as the editors offer it (an image just pasted into a text), or null. */
export async function getMediaChoice(id: string, uiLocale: Locale, contentLocale: Locale, tx: Executor = db): Promise<MediaChoice | null> {
  return (await mediaChoices(uiLocale, contentLocale, tx, eq(media.id, id)))[0] ?? null;
}

async function mediaChoices(uiLocale: Locale, contentLocale: Locale, tx: Executor, where?: SQL): Promise<MediaChoice[]> {
  const altIn = (l: Locale) => sql<string | null>`(select mt.alt from media_translations mt where mt.media_id = ${media.id} and mt.locale = ${l})`;
  const rows = await tx
    .select({ id: media.id, src: media.src, width: media.width, height: media.height, fileName: media.fileName, alt: altIn(uiLocale), contentAlt: altIn(contentLocale) })
    .from(media)
    .where(where)
    .orderBy(desc(media.createdAt), media.id);
  return rows.map((m) => {
    const file = m.fileName ?? m.src;
    return { id: m.id, src: m.src, width: m.width, height: m.height, label: m.alt ? `${m.alt} (${file})` : file, alt: m.contentAlt ?? '' };
  });
}

/**
 * The description typed for a library image as it was put in a text, kept by the library in
 * that language if it had none there (as a second upload of the image completes it: a text
 * it has stays). `articleIds`: the releases showing it as their main image, when it was kept.
 * `live`: not kept, because `actor` may not change the texts of an image a live release shows
 * as its main image (liveTexts), even in a language that release is not published in; the text
 * keeps its own description all the same.
 */
export async function describeWhereUndescribed(
  tx: Executor,
  actor: Pick<PublicUser, 'role'>,
  src: string,
  locale: Locale,
  alt: string,
): Promise<{ status: 'missing' } | { status: 'done'; id: string; completed: boolean; articleIds: string[] } | ({ status: 'live'; id: string } & LiveLock)> {
  const [row] = await tx.select({ id: media.id }).from(media).where(eq(media.src, src));
  if (!row) return { status: 'missing' };
  const alts = Object.fromEntries(LOCALES.map((l) => [l, l === locale ? alt : ''])) as Record<Locale, string>;
  const { completed, articleIds, lock } = await completeTexts(tx, actor, row.id, { credit: '', alts });
  if (lock) return { status: 'live', id: row.id, ...lock };
  return { status: 'done', id: row.id, completed, articleIds };
}

/**
 * The description of a release's main image in the release's language, typed in its editor:
 * the library's own text, which every release showing the image says. Its version moves as
 * with every write of its texts, so a media form opened before reports a conflict rather than
 * saving over it. The caller has locked the image's row and decided who may write it
 * (saveArticleTranslation in ./article-writes).
 */
export async function writeHeroAlt(tx: Executor, id: string, locale: Locale, alt: string): Promise<void> {
  await tx
    .insert(mediaTranslations)
    .values({ mediaId: id, locale, alt })
    .onConflictDoUpdate({ target: [mediaTranslations.mediaId, mediaTranslations.locale], set: { alt } });
  await textsWritten(tx, id);
}

/** The bytes readers load at `src` (`/media/<hash>.<ext>`), or null. */
export async function getMediaFile(src: string, tx: Executor = db): Promise<{ data: Buffer; mimeType: string; sha256: string } | null> {
  const [row] = await tx
    .select({ data: mediaFiles.data, mimeType: media.mimeType, sha256: mediaFiles.sha256 })
    .from(media)
    .innerJoin(mediaFiles, eq(mediaFiles.mediaId, media.id))
    .where(eq(media.src, src))
    .limit(1);
  return row ?? null;
}

/** A release or profile page showing an image, named by one of its translations. */
export interface MediaUse {
  kind: 'article' | 'page';
  /** The article's or the page's id. */
  id: string;
  /** The translation named: one showing the image in its text if any, else `uiLocale`'s, else the first. */
  locale: Locale;
  title: string;
}

/**
 * Every release (any state) and profile page showing the image, in one query: the releases
 * first, each newest first; the same tests as the counts of {@link MediaItem}.
 */
export async function listMediaUses(id: string, src: string, uiLocale: Locale, tx: Executor = db): Promise<MediaUse[]> {
  const order = sql.raw(`array_position(array[${LOCALES.map((l) => `'${l}'`).join(', ')}]::locale[], t.locale)`);
  const rows = await tx.execute<{ kind: 'article' | 'page'; id: string; locale: Locale; title: string }>(sql`
    select kind, id, locale, title, rank, created from (
      select distinct on (a.id) 'article' as kind, a.id, t.locale, t.title, 0 as rank, a.created_at as created
      from articles a join article_translations t on t.article_id = a.id
      where a.hero_media_id = ${id}::uuid
         or exists (select 1 from article_translations s where s.article_id = a.id and ${bodyShows(sql`s.body`, src)})
      order by a.id, ${bodyShows(sql`t.body`, src)} desc, t.locale = ${uiLocale} desc, ${order}
    ) r
    union all
    select kind, id, locale, title, rank, created from (
      select distinct on (p.id) 'page' as kind, p.id, t.locale, t.title, 1 as rank, p.created_at as created
      from pages p join page_translations t on t.page_id = p.id
      where exists (select 1 from page_translations s where s.page_id = p.id and ${bodyShows(sql`s.body`, src)})
      order by p.id, ${bodyShows(sql`t.body`, src)} desc, t.locale = ${uiLocale} desc, ${order}
    ) g
    order by rank, created desc, id`);
  return rows.rows.map((r) => ({ kind: r.kind, id: r.id, locale: r.locale, title: r.title }));
}

/** A release readers see (or will at its time) with the image as its main one, named by a translation published or scheduled. */
export interface LiveRelease {
  id: string;
  /** `uiLocale`'s translation if it is live, else the first live one in the site's order. */
  locale: Locale;
  title: string;
}

/**
 * The releases on whose pages readers see the image's texts: those with it as their main image
 * (its description in the reader's language, its credit under it) and a translation published
 * or scheduled. An image inside a text is described by that text itself (components/site/rich-text.tsx
 * reads the block's own alt, and shows no credit), and organization pages show library images
 * only inside their texts: nowhere else do the library's texts reach readers. Newest first.
 */
export async function listLiveReleases(id: string, uiLocale: Locale, tx: Executor = db): Promise<LiveRelease[]> {
  const order = sql.raw(`array_position(array[${LOCALES.map((l) => `'${l}'`).join(', ')}]::locale[], t.locale)`);
  const rows = await tx.execute<{ id: string; locale: Locale; title: string }>(sql`
    select id, locale, title from (
      select distinct on (a.id) a.id, t.locale, t.title, a.created_at as created
      from articles a join article_translations t on t.article_id = a.id and t.status = 'published'
      where a.hero_media_id = ${id}::uuid
      order by a.id, t.locale = ${uiLocale} desc, ${order}
    ) r
    order by created desc, id`);
  return rows.rows.map((r) => ({ id: r.id, locale: r.locale, title: r.title }));
}
