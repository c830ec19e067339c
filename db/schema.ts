/**
 * The whole content model of Communiqué in one place (PRODUCT.md, "Content model").
 *
 * Conventions: camelCase here, snake_case in SQL (drizzle `casing: 'snake_case'`), every
 * timestamp with time zone, translations in `<entity>_translations` with a unique
 * (entity, locale), and foreign keys that make a dangling reference impossible: anything that
 * is cited elsewhere (an office, a medium, a user) is `restrict`, so it can only be archived
 * or disabled, never deleted from under its citations.
 */
import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { LOCALES } from '../lib/locales';
import type { RichTextDoc } from '../lib/rich-text/types';

export { LOCALES, type Locale } from '../lib/locales';

export const localeEnum = pgEnum('locale', LOCALES);
export const roleEnum = pgEnum('role', ['writer', 'editor', 'admin']);
export const userStatusEnum = pgEnum('user_status', ['active', 'disabled']);
export const articleTypeEnum = pgEnum('article_type', ['press_release', 'news', 'statement']);
/**
 * Stored workflow state of one translation. "Scheduled" is not stored: it is a published
 * translation whose publish time is still ahead, so visibility is decided when content is read
 * and no background job can be missed.
 */
export const translationStatusEnum = pgEnum('translation_status', [
  'draft',
  'in_review',
  'published',
  'archived',
]);
export const pageStatusEnum = pgEnum('page_status', ['draft', 'published']);
export const officeStatusEnum = pgEnum('office_status', ['active', 'archived']);
export const phoneLabelEnum = pgEnum('phone_label', ['switchboard', 'press', 'mobile', 'fax']);
export const auditOutcomeEnum = pgEnum('audit_outcome', ['ok', 'denied', 'failed']);
export const tokenPurposeEnum = pgEnum('token_purpose', ['setup', 'set_password']);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/**
 * Text-search configuration per locale (lib/search.ts, SEARCH_CONFIG). Each language's Snowball
 * stemmer after `unaccent`, so a reader who types without accents ("refugies") finds the
 * accented text ("réfugiés"); the configurations are made by migrations 0005 (French, English,
 * Spanish) and 0006 (Arabic: the stemmer drops the article and diacritics, so "هجرة" finds
 * "الهجرة"; arabic_search_text, migration 0007, first drops the conjunction و or ف before the
 * article, which the stemmer keeps). Any other locale falls back to 'simple', which only lower-cases.
 */
function searchVector(locale: AnyPgColumn, ...parts: SQL[]): SQL {
  const doc = sql.join(
    parts.map((p) => sql`coalesce(${p}, '')`),
    sql` || ' ' || `,
  );
  // Each branch names its configuration as a constant: a cast from text would not be
  // immutable, and PostgreSQL only accepts immutable expressions in a generated column.
  return sql`(case ${locale}
      when 'fr' then to_tsvector('fr_unaccent'::regconfig, ${doc})
      when 'en' then to_tsvector('en_unaccent'::regconfig, ${doc})
      when 'es' then to_tsvector('es_unaccent'::regconfig, ${doc})
      when 'ar' then to_tsvector('ar_unaccent'::regconfig, arabic_search_text(${doc}))
      else to_tsvector('simple'::regconfig, ${doc}) end)`;
}

// ---------------------------------------------------------------- people

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    status: userStatusEnum().notNull().default('active'),
    /** Argon2id; null until the person has set a password through a one-time link. */
    passwordHash: text(),
    /** Sessions issued before this instant are refused on their next request. */
    sessionsValidAfter: timestamp({ withTimezone: true }).notNull().defaultNow(),
    preferredLocale: localeEnum(),
    lastSignInAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`)],
);

export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    purpose: tokenPurposeEnum().notNull(),
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.purpose, t.usedAt)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    /** Snapshot: the e-mail typed at a failed sign-in, or the actor's e-mail at the time. */
    actorEmail: text(),
    action: text().notNull(),
    entityType: text(),
    entityId: text(),
    locale: localeEnum(),
    outcome: auditOutcomeEnum().notNull().default('ok'),
    ip: text(),
    detail: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index().on(t.at),
    index().on(t.actorId, t.at),
    index().on(t.entityType, t.entityId),
    // The list's "item identifier" filter matches the start of the id (LIKE 'prefix%'): only an
    // index in pattern order serves that whatever the database's collation, with or without a type.
    index('audit_log_entity_id_prefix_index').on(t.entityId.op('text_pattern_ops')),
    index().on(t.action, t.actorEmail, t.at),
  ],
);

// ---------------------------------------------------------------- taxonomies

export const countries = pgTable('countries', {
  /** ISO 3166-1 alpha-2, upper case. */
  code: char({ length: 2 }).primaryKey(),
  /** UN M49 region code ("002" Africa, "019" Americas, "142" Asia, "150" Europe, "009" Oceania); lib/m49.ts. */
  region: text(),
  /** UN M49 code of its finest grouping below the region (e.g. "011" Western Africa, "005" South America). */
  subregion: text(),
});

export const countryTranslations = pgTable(
  'country_translations',
  {
    countryCode: char({ length: 2 })
      .notNull()
      .references(() => countries.code, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    name: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.countryCode, t.locale] })],
);

export const topics = pgTable('topics', {
  id: uuid().primaryKey().defaultRandom(),
  key: text().notNull().unique(),
  createdAt: createdAt(),
  /** Set on every save (clock_timestamp()): the version a topic form was opened on. */
  updatedAt: updatedAt(),
});

export const topicTranslations = pgTable(
  'topic_translations',
  {
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    name: text().notNull(),
    slug: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.topicId, t.locale] }), unique().on(t.locale, t.slug)],
);

/**
 * A topic's former list addresses: the old slug answers with a permanent redirect to the
 * topic's current list in the same language (public-news.ts movedTopicSlug), as pages and
 * articles keep theirs. A topic that takes the slug again, or another topic, releases it.
 */
export const topicSlugRedirects = pgTable(
  'topic_slug_redirects',
  {
    locale: localeEnum().notNull(),
    slug: text().notNull(),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.locale, t.slug] })],
);

// ---------------------------------------------------------------- media

export const media = pgTable(
  'media',
  {
    id: uuid().primaryKey().defaultRandom(),
    /**
     * Where readers load it: `/media/<hash>.<ext>` for an image uploaded to the media library
     * (its bytes are in media_files; the address changes with the bytes, so it is cached for
     * good), or, for an image recorded before the library existed, a path under /public.
     */
    src: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    mimeType: text().notNull(),
    credit: text(),
    /** The uploaded file's name, as the person's computer called it (the library shows it). */
    fileName: text(),
    /** Bytes as served, after lib/media/process.ts (metadata stripped, at most 2,400 px). */
    byteSize: integer(),
    uploadedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    /** Set on every save of its texts (clock_timestamp()): the version a media form was opened on. */
    updatedAt: updatedAt(),
  },
  // /media/<file> finds its image by address.
  (t) => [index().on(t.src)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * The bytes of an uploaded image, apart from its record so that lists never read them. The
 * SHA-256 of the bytes names the file (`media.src`) and finds a second upload of the same image.
 */
export const mediaFiles = pgTable('media_files', {
  mediaId: uuid()
    .primaryKey()
    .references(() => media.id, { onDelete: 'cascade' }),
  sha256: text().notNull().unique(),
  data: bytea().notNull(),
});

export const mediaTranslations = pgTable(
  'media_translations',
  {
    mediaId: uuid()
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    alt: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.locale] })],
);

// ---------------------------------------------------------------- offices

export const offices = pgTable(
  'offices',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stable key used by imports and the seed, e.g. "montevideo". */
    key: text().notNull().unique(),
    countryCode: char({ length: 2 })
      .notNull()
      .references(() => countries.code, { onDelete: 'restrict' }),
    email: text(),
    status: officeStatusEnum().notNull().default('active'),
    isSample: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.countryCode), check('offices_email_shape', sql`${t.email} is null or ${t.email} ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'`)],
);

export const officeTranslations = pgTable(
  'office_translations',
  {
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    name: text().notNull(),
    city: text().notNull(),
    address: text(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.locale] })],
);

export const officePhones = pgTable(
  'office_phones',
  {
    id: uuid().primaryKey().defaultRandom(),
    officeId: uuid()
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    position: integer().notNull().default(0),
    label: phoneLabelEnum().notNull().default('switchboard'),
    /** Always E.164 ("+59829168043"); validated with libphonenumber-js before it gets here. */
    e164: text().notNull(),
  },
  (t) => [
    unique().on(t.officeId, t.e164),
    check('office_phones_e164', sql`${t.e164} ~ '^\\+[1-9][0-9]{6,14}$'`),
  ],
);

// ---------------------------------------------------------------- organization profile

export const pages = pgTable(
  'pages',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stable key, e.g. "who-we-are"; some pages carry extra blocks by key (structure, offices). */
    key: text().notNull().unique(),
    parentId: uuid().references((): AnyPgColumn => pages.id, { onDelete: 'restrict' }),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.parentId, t.position)],
);

export const pageTranslations = pgTable(
  'page_translations',
  {
    id: uuid().primaryKey().defaultRandom(),
    pageId: uuid()
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    slug: text().notNull(),
    title: text().notNull(),
    summary: text(),
    body: jsonb().$type<RichTextDoc>().notNull(),
    bodyText: text().notNull().default(''),
    status: pageStatusEnum().notNull().default('draft'),
    publishAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    /**
     * Where a translation came from, as articles': the source locale and the source revision its
     * text is up to date with (made from, or marked since). Set null if that revision goes.
     */
    sourceLocale: localeEnum(),
    sourceRevisionId: uuid().references((): AnyPgColumn => pageRevisions.id, { onDelete: 'set null' }),
    updatedById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique().on(t.pageId, t.locale),
    unique().on(t.locale, t.slug),
    check('page_translations_slug_shape', sql`${t.slug} ~ '^[\\w-]+$'`),
  ],
);

export const pageRevisions = pgTable(
  'page_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    translationId: uuid()
      .notNull()
      .references((): AnyPgColumn => pageTranslations.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    slug: text().notNull(),
    title: text().notNull(),
    summary: text(),
    body: jsonb().$type<RichTextDoc>().notNull(),
    authorId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    note: text(),
    /** For a translation: the source revision this text was up to date with (as articleRevisions'). */
    sourceRevisionId: uuid().references((): AnyPgColumn => pageRevisions.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.translationId, t.version)],
);

/** Old slugs of published organization pages keep answering with a permanent redirect (as articles'). */
export const pageSlugRedirects = pgTable(
  'page_slug_redirects',
  {
    locale: localeEnum().notNull(),
    slug: text().notNull(),
    translationId: uuid()
      .notNull()
      .references(() => pageTranslations.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.locale, t.slug] })],
);

export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid().primaryKey().defaultRandom(),
    key: text().notNull().unique(),
    parentId: uuid().references((): AnyPgColumn => orgUnits.id, { onDelete: 'restrict' }),
    position: integer().notNull().default(0),
    /** The person heading the unit; null where the source does not name one. */
    headName: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.parentId, t.position)],
);

export const orgUnitTranslations = pgTable(
  'org_unit_translations',
  {
    unitId: uuid()
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    name: text().notNull(),
    /** The head's title, e.g. "Directrice générale". */
    headTitle: text(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.locale] })],
);

// ---------------------------------------------------------------- articles

export const articles = pgTable(
  'articles',
  {
    id: uuid().primaryKey().defaultRandom(),
    /**
     * Stable identity of an article that came from the seed or an importer (e.g.
     * "legacy-oim-fr/dg-ibero-american-summit-2006"), so that running them again finds it instead
     * of creating a copy; null for articles written in the dashboard. Slugs cannot play this part:
     * editors change them.
     */
    key: text().unique(),
    type: articleTypeEnum().notNull().default('press_release'),
    contactOfficeId: uuid().references(() => offices.id, { onDelete: 'restrict' }),
    heroMediaId: uuid().references(() => media.id, { onDelete: 'restrict' }),
    isSample: boolean().notNull().default(false),
    /**
     * Version of the fields every translation shares (type, contact office, topics, countries,
     * hero image): a save that changes them is refused when it was based on an older one.
     */
    version: integer().notNull().default(1),
    /** Who made that version; null for the seed or an importer. */
    updatedById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    createdById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.contactOfficeId)],
);

export const articleTopics = pgTable(
  'article_topics',
  {
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.topicId] }), index().on(t.topicId)],
);

export const articleCountries = pgTable(
  'article_countries',
  {
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    countryCode: char({ length: 2 })
      .notNull()
      .references(() => countries.code, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.countryCode] }), index().on(t.countryCode)],
);

export const articleTranslations = pgTable(
  'article_translations',
  {
    id: uuid().primaryKey().defaultRandom(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    locale: localeEnum().notNull(),
    slug: text().notNull(),
    title: text().notNull(),
    lede: text().notNull().default(''),
    body: jsonb().$type<RichTextDoc>().notNull(),
    /** Plain text of the body, kept with it for search and diffs. */
    bodyText: text().notNull().default(''),
    dateline: text().notNull().default(''),
    status: translationStatusEnum().notNull().default('draft'),
    /** When a published translation becomes visible; in the future it is "scheduled". */
    publishAt: timestamp({ withTimezone: true }),
    /** First time it became visible; kept across later edits for feeds and "updated" marks. */
    firstPublishedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    /** Where a translation came from: the source locale and the source revision it was made from. */
    sourceLocale: localeEnum(),
    sourceRevisionId: uuid().references((): AnyPgColumn => articleRevisions.id, {
      onDelete: 'restrict',
    }),
    authorId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    submittedById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    submittedAt: timestamp({ withTimezone: true }),
    reviewedById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    /**
     * Why an editor sent the translation back to draft, for its writer: set by "return", cleared
     * when it is submitted or published again.
     */
    returnNote: text(),
    returnedById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    returnedAt: timestamp({ withTimezone: true }),
    updatedById: uuid().references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    search: tsvector().generatedAlwaysAs(
      (): SQL =>
        searchVector(
          articleTranslations.locale,
          sql`${articleTranslations.title}`,
          sql`${articleTranslations.lede}`,
          sql`${articleTranslations.dateline}`,
          sql`${articleTranslations.bodyText}`,
        ),
    ),
  },
  (t) => [
    unique().on(t.articleId, t.locale),
    unique().on(t.locale, t.slug),
    index('article_translations_visible_idx').on(t.locale, t.status, t.publishAt),
    index('article_translations_search_idx').using('gin', t.search),
    check('article_translations_slug_shape', sql`${t.slug} ~ '^[\\w-]+$'`),
    check(
      'article_translations_published_has_time',
      sql`${t.status} <> 'published' or ${t.publishAt} is not null`,
    ),
  ],
);

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    translationId: uuid()
      .notNull()
      .references((): AnyPgColumn => articleTranslations.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    slug: text().notNull(),
    title: text().notNull(),
    lede: text().notNull(),
    body: jsonb().$type<RichTextDoc>().notNull(),
    dateline: text().notNull(),
    authorId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    /** e.g. "restored from version 3". */
    note: text(),
    /**
     * For a translation: the source revision this text was up to date with (the translation's
     * sourceRevisionId when the revision was written, or marked since). Restoring the revision
     * restores it, so an old text shows as outdated again. Null when not known (older rows).
     */
    sourceRevisionId: uuid().references((): AnyPgColumn => articleRevisions.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.translationId, t.version)],
);

/** Old slugs of published translations keep answering with a permanent redirect. */
export const articleSlugRedirects = pgTable(
  'article_slug_redirects',
  {
    locale: localeEnum().notNull(),
    slug: text().notNull(),
    translationId: uuid()
      .notNull()
      .references(() => articleTranslations.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.locale, t.slug] })],
);

// ---------------------------------------------------------------- types

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Role = (typeof roleEnum.enumValues)[number];
export type Office = typeof offices.$inferSelect;
export type NewOffice = typeof offices.$inferInsert;
export type OfficeTranslation = typeof officeTranslations.$inferSelect;
export type OfficePhone = typeof officePhones.$inferSelect;
export type PhoneLabel = (typeof phoneLabelEnum.enumValues)[number];
export type Page = typeof pages.$inferSelect;
export type PageTranslation = typeof pageTranslations.$inferSelect;
export type OrgUnit = typeof orgUnits.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type ArticleType = (typeof articleTypeEnum.enumValues)[number];
export type ArticleTranslation = typeof articleTranslations.$inferSelect;
export type NewArticleTranslation = typeof articleTranslations.$inferInsert;
export type TranslationStatus = (typeof translationStatusEnum.enumValues)[number];
export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
