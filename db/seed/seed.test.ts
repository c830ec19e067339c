/**
 * The demo content on a real database (a fresh migrated one per test file, see vitest.config.ts):
 * what it creates, that a second run changes nothing, and that it leaves editors' work alone.
 */
import { readFileSync } from 'node:fs';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listArticleAlternatesForSitemap } from '@/db/queries/public-articles';
import {
  articleCountries,
  articleRevisions,
  articles,
  articleTopics,
  articleTranslations,
  countryTranslations,
  officePhones,
  offices,
  officeTranslations,
  orgUnits,
  orgUnitTranslations,
  pageRevisions,
  pages,
  pageTranslations,
  topics,
} from '@/db/schema';
import { parseLegacyPage } from '@/lib/import/legacy-release';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { RESERVED_SLUGS } from '@/lib/slug';
import { formatSeedSummary, isDatabaseEmpty, seedDemoContent, type SeedSummary } from './index';
import { RELEASE_KEY } from './release-ibero-american-summit';

const legacy = parseLegacyPage(readFileSync(new URL('./fixtures/legacy-oim-fr.txt', import.meta.url), 'utf8'), {
  officeCountry: 'UY',
});

/** Every row of every table of the app, as text, in a stable order. */
async function snapshot(): Promise<Record<string, string[]>> {
  const { rows: tables } = await db.execute<{ name: string }>(
    sql`select table_name as name from information_schema.tables
         where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const { rows } = await db.execute<{ row: string }>(
      sql`select to_jsonb(t)::text as row from ${sql.identifier(name)} t order by 1`,
    );
    out[name] = rows.map((r) => r.row);
  }
  return out;
}

async function releaseTranslations() {
  return db
    .select({
      id: articleTranslations.id,
      locale: articleTranslations.locale,
      title: articleTranslations.title,
      lede: articleTranslations.lede,
      body: articleTranslations.body,
      bodyText: articleTranslations.bodyText,
      dateline: articleTranslations.dateline,
      status: articleTranslations.status,
      publishAt: articleTranslations.publishAt,
      firstPublishedAt: articleTranslations.firstPublishedAt,
      createdAt: articleTranslations.createdAt,
      updatedAt: articleTranslations.updatedAt,
      sourceLocale: articleTranslations.sourceLocale,
      sourceRevisionId: articleTranslations.sourceRevisionId,
    })
    .from(articleTranslations)
    .innerJoin(articles, eq(articles.id, articleTranslations.articleId))
    .where(eq(articles.key, RELEASE_KEY))
    .orderBy(asc(articleTranslations.locale));
}

let emptyBefore: boolean;
let first: SeedSummary;

beforeAll(async () => {
  emptyBefore = await isDatabaseEmpty(db);
  first = await seedDemoContent(db);
});

describe('seedDemoContent on an empty database', () => {
  it('was called on an empty database, which is no longer empty', async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it('reports what it created and what it corrected', () => {
    expect(first.created).toMatchObject({ topics: 5, pages: 11, pageTranslations: 44, orgUnits: 6, offices: 1, officePhones: 2, articles: 3 });
    expect(first.created.countries).toBeGreaterThanOrEqual(249);
    expect(first.findings.map((f) => [f.subject, f.issue.code, f.action])).toEqual([
      ['office:montevideo', 'phone-calling-code', 'applied-suggestion'],
      ['office:montevideo', 'phone-prefix-completed', 'repaired'],
      ['office:montevideo', 'phone-calling-code', 'applied-suggestion'],
      ['office:montevideo', 'broken-mailto', 'repaired'],
    ]);
    expect(formatSeedSummary(first).join('\n')).toContain('"suggestion":"+59829168043"');
  });
});

describe('the press release', () => {
  it('exists in French, English and Spanish, and not in Arabic', async () => {
    expect((await releaseTranslations()).map((t) => t.locale)).toEqual(['fr', 'en', 'es']);
  });

  it('is in French exactly as the legacy page words it, the quotation a blockquote', async () => {
    const fr = (await releaseTranslations()).find((t) => t.locale === 'fr');
    expect(fr?.title).toBe('Le Directeur général de l’OIM assistera au Sommet ibéro-américain');
    expect(fr?.body).toEqual(legacy.body);
    expect(fr?.body.content).toHaveLength(7);
    expect(fr?.body.content.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'blockquote',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(fr?.bodyText).toBe(legacy.paragraphs.join('\n\n'));
    expect(fr?.lede).toBe(legacy.paragraphs[0]);
  });

  it('has complete translations with the same shape, recorded as made from the French revision', async () => {
    const rows = await releaseTranslations();
    const fr = rows.find((t) => t.locale === 'fr');
    const [frRevision] = await db
      .select({ id: articleRevisions.id, version: articleRevisions.version })
      .from(articleRevisions)
      .where(eq(articleRevisions.translationId, fr?.id ?? ''));
    expect(frRevision?.version).toBe(1);
    expect(fr?.sourceLocale).toBeNull();
    for (const t of rows.filter((r) => r.locale !== 'fr')) {
      expect(t.sourceLocale).toBe('fr');
      expect(t.sourceRevisionId).toBe(frRevision?.id);
      expect(t.body.content.map((b) => b.type)).toEqual(fr?.body.content.map((b) => b.type));
      expect(t.bodyText).toBe(toPlainText(t.body));
      expect(t.bodyText).toContain('Brunson McKinley');
      const revisions = await db.select({ version: articleRevisions.version }).from(articleRevisions).where(eq(articleRevisions.translationId, t.id));
      expect(revisions).toEqual([{ version: 1 }]);
    }
  });

  it('is published on Tuesday 31 October 2006 with the Montevideo dateline', async () => {
    for (const t of await releaseTranslations()) {
      expect(t.status).toBe('published');
      expect(t.publishAt?.toISOString()).toBe('2006-10-31T09:00:00.000Z');
      expect(t.firstPublishedAt?.toISOString()).toBe('2006-10-31T09:00:00.000Z');
      expect(t.dateline).toBe('Montevideo');
    }
  });

  it('was last changed when it came out, not when it was imported: rows, first revisions, what readers are told', async () => {
    const translations = await releaseTranslations();
    for (const t of translations) {
      expect([t.createdAt.toISOString(), t.updatedAt.toISOString()]).toEqual(['2006-10-31T09:00:00.000Z', '2006-10-31T09:00:00.000Z']);
    }
    const revisions = await db.select({ createdAt: articleRevisions.createdAt }).from(articleRevisions).where(inArray(articleRevisions.translationId, translations.map((t) => t.id)));
    expect(revisions.map((r) => r.createdAt.toISOString())).toEqual(translations.map(() => '2006-10-31T09:00:00.000Z'));
    // The sitemap's lastmod and the feeds' <updated> (lib/articles/modified.ts).
    const alternates = await listArticleAlternatesForSitemap();
    const [release] = await db.select({ id: articles.id }).from(articles).where(eq(articles.key, RELEASE_KEY));
    expect(alternates.filter((a) => a.articleId === release?.id).map((a) => a.modifiedAt)).toEqual(['2006-10-31T09:00:00.000Z', '2006-10-31T09:00:00.000Z', '2006-10-31T09:00:00.000Z']);
  });

  it('a draft the seed makes is dated by the seed', async () => {
    const drafts = await db.select({ updatedAt: articleTranslations.updatedAt }).from(articleTranslations).where(eq(articleTranslations.status, 'draft'));
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(Date.now() - d.updatedAt.getTime()).toBeLessThan(10 * 60_000);
  });

  it('cites the Montevideo office, its topics and Uruguay and Argentina, and is no sample', async () => {
    const [article] = await db
      .select({ id: articles.id, type: articles.type, isSample: articles.isSample, office: offices.key })
      .from(articles)
      .innerJoin(offices, eq(offices.id, articles.contactOfficeId))
      .where(eq(articles.key, RELEASE_KEY));
    expect(article).toMatchObject({ type: 'press_release', isSample: false, office: 'montevideo' });
    const countries = await db.select({ code: articleCountries.countryCode }).from(articleCountries).where(eq(articleCountries.articleId, article?.id ?? ''));
    expect(countries.map((c) => c.code).sort()).toEqual(['AR', 'UY']);
    const topicKeys = await db
      .select({ key: topics.key })
      .from(articleTopics)
      .innerJoin(topics, eq(topics.id, articleTopics.topicId))
      .where(eq(articleTopics.articleId, article?.id ?? ''));
    expect(topicKeys.map((t) => t.key)).toContain('migration-and-development');
  });

  it('is the only real article: the others are flagged as samples', async () => {
    const rows = await db.select({ key: articles.key, isSample: articles.isSample }).from(articles).orderBy(asc(articles.key));
    expect(rows.filter((r) => !r.isSample).map((r) => r.key)).toEqual([RELEASE_KEY]);
    expect(rows.filter((r) => r.isSample).length).toBeGreaterThan(0);
  });
});

describe('the Montevideo office', () => {
  it('has its phones corrected to Uruguay (+598) in E.164 and its e-mail repaired', async () => {
    const office = await db.query.offices.findFirst({ where: eq(offices.key, 'montevideo') });
    expect(office).toMatchObject({ countryCode: 'UY', email: 'iommontevideo@iom.int', isSample: false, status: 'active' });
    const phones = await db
      .select({ e164: officePhones.e164, label: officePhones.label })
      .from(officePhones)
      .where(eq(officePhones.officeId, office?.id ?? ''))
      .orderBy(asc(officePhones.position));
    expect(phones).toEqual([
      { e164: '+59829168043', label: 'switchboard' },
      { e164: '+59829168058', label: 'switchboard' },
    ]);
  });

  it('is named in the four locales', async () => {
    const names = await db
      .select({ locale: officeTranslations.locale, name: officeTranslations.name, city: officeTranslations.city })
      .from(officeTranslations)
      .innerJoin(offices, eq(offices.id, officeTranslations.officeId))
      .where(eq(offices.key, 'montevideo'))
      .orderBy(asc(officeTranslations.locale));
    expect(names).toEqual([
      { locale: 'fr', name: 'Bureau de l’OIM à Montevideo', city: 'Montevideo' },
      { locale: 'en', name: 'IOM Office in Montevideo', city: 'Montevideo' },
      { locale: 'es', name: 'Oficina de la OIM en Montevideo', city: 'Montevideo' },
      { locale: 'ar', name: 'مكتب المنظمة الدولية للهجرة في مونتيفيديو', city: 'مونتيفيديو' },
    ]);
  });
});

describe('the organization profile', () => {
  it('builds the page tree of the legacy menu, published in four locales', async () => {
    const rows = await db
      .select({ key: pages.key, parentId: pages.parentId, id: pages.id })
      .from(pages);
    const keyOf = new Map(rows.map((r) => [r.id, r.key]));
    const tree = Object.fromEntries(rows.map((r) => [r.key, r.parentId ? keyOf.get(r.parentId) : null]));
    expect(tree).toEqual({
      'who-we-are': null,
      structure: 'who-we-are',
      'our-work': null,
      'what-we-do': 'our-work',
      partnerships: 'our-work',
      'where-we-work': 'our-work',
      'take-action': null,
      'work-with-us': 'take-action',
      'get-involved': 'take-action',
      'data-and-research': null,
      'agenda-2030': null,
    });
    const translations = await db.select().from(pageTranslations);
    expect(translations).toHaveLength(44);
    for (const t of translations) {
      expect(t.status).toBe('published');
      expect(t.publishAt?.getTime()).toBeLessThan(Date.now());
      // Unchanged since it came out: the sitemap's lastmod says its publication day.
      expect([t.createdAt, t.updatedAt]).toEqual([t.publishAt, t.publishAt]);
      expect(t.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(RESERVED_SLUGS.has(t.slug)).toBe(false);
      expect(t.bodyText).toBe(toPlainText(t.body));
      expect(t.bodyText.length).toBeGreaterThan(0);
    }
    // Every other language is made from its page's French revision, and up to date with it.
    const revisions = await db.select().from(pageRevisions);
    const frenchRevisionOf = new Map(translations.filter((t) => t.locale === 'fr').map((t) => [t.pageId, revisions.find((r) => r.translationId === t.id)!.id]));
    for (const t of translations) {
      const source = t.locale === 'fr' ? null : frenchRevisionOf.get(t.pageId);
      expect(t).toMatchObject({ sourceLocale: t.locale === 'fr' ? null : 'fr', sourceRevisionId: source });
      expect(revisions.find((r) => r.translationId === t.id)?.sourceRevisionId).toBe(source);
    }
  });

  it('uses the legacy sentences verbatim for "Qui sommes nous" and "Notre travail"', async () => {
    const bodies = await db
      .select({ key: pages.key, title: pageTranslations.title, bodyText: pageTranslations.bodyText })
      .from(pageTranslations)
      .innerJoin(pages, eq(pages.id, pageTranslations.pageId))
      .where(eq(pageTranslations.locale, 'fr'));
    // The legacy menu writes "Qui sommes nous"; the page title has its hyphen.
    const byTitle = new Map(bodies.map((b) => [b.title.replaceAll('-', ' '), b.bodyText]));
    expect(legacy.profileIntros).toHaveLength(2);
    for (const intro of legacy.profileIntros) expect(byTitle.get(intro.heading)).toBe(intro.text);
  });

  it('has the structure of the legacy menu, heads unnamed, in four locales', async () => {
    const units = await db.select({ id: orgUnits.id, key: orgUnits.key, headName: orgUnits.headName }).from(orgUnits);
    expect(units).toHaveLength(6);
    expect(units.every((u) => u.headName === null)).toBe(true);
    const [dg] = await db
      .select({ headTitle: orgUnitTranslations.headTitle })
      .from(orgUnitTranslations)
      .innerJoin(orgUnits, eq(orgUnits.id, orgUnitTranslations.unitId))
      .where(and(eq(orgUnits.key, 'director-general'), eq(orgUnitTranslations.locale, 'fr')));
    expect(dg?.headTitle).toBe('Directrice générale');
    const [labels] = await db.select({ n: sql<number>`count(*)::int` }).from(orgUnitTranslations);
    expect(labels?.n).toBe(24);
  });

  it('names every country in the four locales', async () => {
    const uy = await db
      .select({ locale: countryTranslations.locale, name: countryTranslations.name })
      .from(countryTranslations)
      .where(eq(countryTranslations.countryCode, 'UY'))
      .orderBy(asc(countryTranslations.locale));
    expect(uy.map((r) => r.locale)).toEqual(['fr', 'en', 'es', 'ar']);
    expect(uy.find((r) => r.locale === 'fr')?.name).toBe('Uruguay');
  });
});

describe('running the seed again', () => {
  it('creates nothing and leaves every row as it was', async () => {
    const before = await snapshot();
    expect(before.articles).toHaveLength(3);
    expect(before.office_phones).toHaveLength(2);
    const again = await seedDemoContent(db);
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true);
    expect(again.findings).toEqual([]);
    expect(formatSeedSummary(again)).toEqual(['nothing to create: the demo content is already there']);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps what editors changed, and only brings back what they deleted', async () => {
    const [who] = await db.select({ id: pages.id }).from(pages).where(eq(pages.key, 'who-we-are'));
    await db
      .update(pageTranslations)
      .set({ title: 'Qui sommes-nous ?' })
      .where(and(eq(pageTranslations.pageId, who?.id ?? ''), eq(pageTranslations.locale, 'fr')));
    const [montevideo] = await db.update(offices).set({ email: 'press@iom.int' }).where(eq(offices.key, 'montevideo')).returning({ id: offices.id });
    await db.delete(officePhones).where(and(eq(officePhones.officeId, montevideo?.id ?? ''), eq(officePhones.e164, '+59829168058')));
    await db.delete(pages).where(eq(pages.key, 'agenda-2030'));

    const summary = await seedDemoContent(db);
    expect(summary.created).toMatchObject({ pages: 1, pageTranslations: 4, offices: 0, officePhones: 0, articles: 0 });

    const [title] = await db
      .select({ title: pageTranslations.title })
      .from(pageTranslations)
      .where(and(eq(pageTranslations.pageId, who?.id ?? ''), eq(pageTranslations.locale, 'fr')));
    expect(title?.title).toBe('Qui sommes-nous ?');
    const office = await db.query.offices.findFirst({ where: eq(offices.key, 'montevideo') });
    expect(office?.email).toBe('press@iom.int');
    const phones = await db.select({ e164: officePhones.e164 }).from(officePhones).where(eq(officePhones.officeId, montevideo?.id ?? ''));
    expect(phones).toEqual([{ e164: '+59829168043' }]);
  });
});
