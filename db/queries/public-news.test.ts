/**
 * The public news search and filters on a real database (the demo content plus a few articles
 * written for these tests): what each locale's text-search configuration really matches, that
 * only visible content of the reader's language is found, highlighted snippets, and the filter
 * lists (topic, country, year in the organization's time zone).
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import type { ArticleTranslationContent } from '@/db/seed/articles';
import { seedDemoContent } from '@/db/seed';
import { insertNewsArticle } from '@/test/admin-fixtures';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { HIGHLIGHT_START, HIGHLIGHT_STOP, SEARCH_CONFIG } from '@/lib/search';
import { listEditorOptions } from './dashboard-articles';
import { getPublishedArticle } from './public-articles';
import { listFilteredArticles, listNewsFilterOptions, searchArticles } from './public-news';

const at = (iso: string) => new Date(iso);
const published = (locale: ArticleTranslationContent['locale'], title: string, body: string, publishAt: Date): ArticleTranslationContent => ({
  locale,
  title,
  lede: '',
  body: docFromParagraphs([body]),
  dateline: '',
  status: 'published',
  publishAt,
});

const titles = async (...args: Parameters<typeof searchArticles>) => (await searchArticles(...args)).items.map((i) => i.title);

beforeAll(async () => {
  await seedDemoContent(db);
  await insertNewsArticle(
    'test/mediterranee',
    [
      published('fr', 'Les migrants de la Méditerranée centrale', 'Les réfugiés et les migrants traversent la mer au péril de leur vie.', at('2024-03-10T08:00:00Z')),
      published('es', 'Los migrantes del Mediterráneo central', 'La migración irregular por mar sigue cobrando vidas.', at('2024-03-10T08:00:00Z')),
      published('ar', 'المهاجرون في وسط البحر المتوسط', 'تستمر الهجرة غير النظامية عبر البحر في حصد الأرواح.', at('2024-03-10T08:00:00Z')),
    ],
    { topicKeys: ['counter-trafficking'], countries: ['IT'] },
  );
  await insertNewsArticle('test/or', [published('fr', 'Orpailleurs : la ruée vers l’or au Sahel', 'Des mines d’or artisanales attirent des travailleurs de toute la région.', at('2025-02-01T08:00:00Z'))]);
  await insertNewsArticle('test/main-d-oeuvre', [published('fr', 'Un programme de migration de main-d’œuvre', 'La migration circulaire entre deux pays.', at('2025-05-02T08:00:00Z'))], {
    countries: ['SN'],
  });
  // 23:30 UTC on 31 December 2023 is already 2024 in Geneva.
  await insertNewsArticle('test/asie', [published('fr', 'Le bureau régional Asie Pacifique', 'Une porte parole du bureau a présenté le rapport.', at('2025-03-01T08:00:00Z'))]);
  await insertNewsArticle('test/nouvel-an', [published('fr', 'Vœux de nouvel an', 'Un message de vœux aux partenaires.', at('2023-12-31T23:30:00Z'))]);
  await insertNewsArticle('test/programme', [published('fr', 'Migration programmée', 'Une migration annoncée pour plus tard.', new Date(Date.now() + 3_600_000))], {
    countries: ['NE'],
  });
  await insertNewsArticle('test/brouillon', [{ ...published('fr', 'Migration en brouillon', 'Un brouillon sur la migration.', at('2024-01-01T00:00:00Z')), status: 'draft', publishAt: null }]);
});

describe('searchArticles: French (fr_unaccent: unaccent, then the French stemmer)', () => {
  it('finds plurals and other forms of the same stem: "migrants" finds "migrant(s)", "migrations" finds "migration"', async () => {
    expect(await titles('fr', 'migrants', 1)).toContain('Les migrants de la Méditerranée centrale');
    expect(await titles('fr', 'migrations', 1)).toContain('Un programme de migration de main-d’œuvre');
  });

  it('does not take "migrants" for "migration": the Snowball stems differ (migr / migrat)', async () => {
    const [{ stems }] = (await db.execute<{ stems: string }>(sql`select to_tsvector('fr_unaccent', 'migrants migration')::text as stems`)).rows as [{ stems: string }];
    expect(stems).toBe(`'migr':1 'migrat':2`);
    expect(await titles('fr', 'migrants', 1)).not.toContain('Un programme de migration de main-d’œuvre');
  });

  it('ignores accents on both sides: "refugies", "réfugiés" and "RÉFUGIES" find "réfugiés"', async () => {
    for (const q of ['réfugié', 'refugies', 'RÉFUGIES', 'refugiés']) {
      expect(await titles('fr', q, 1), q).toContain('Les migrants de la Méditerranée centrale');
    }
    expect(await titles('fr', 'mediterranee', 1)).toContain('Les migrants de la Méditerranée centrale');
  });

  it('does not show the lede twice when the text starts with it (a lede is often its first sentence)', async () => {
    const [hit] = (await searchArticles('fr', 'McKinley', 1)).items;
    expect(hit?.title).toBe('Le Directeur général de l’OIM assistera au Sommet ibéro-américain');
    expect(hit?.snippet.split('assistera cette semaine')).toHaveLength(2);
  });

  it('says where a passage was cut: "…" before one from the middle of the text, none before its start', async () => {
    const [middle] = (await searchArticles('fr', 'McKinley', 1)).items;
    expect(middle?.snippet.startsWith('… ')).toBe(true);
    // Found by its title only: the passage is the text's beginning, whole.
    const [start] = (await searchArticles('fr', 'mediterranee', 1)).items;
    expect(start?.snippet).toBe('Les réfugiés et les migrants traversent la mer au péril de leur vie.');
  });

  it('marks the accented words a query without accents found', async () => {
    const [hit] = (await searchArticles('fr', 'mediterranee', 1)).items;
    expect(hit?.titleHighlight).toBe(`Les migrants de la ${HIGHLIGHT_START}Méditerranée${HIGHLIGHT_STOP} centrale`);
  });

  it('understands the web search syntax: a quoted phrase, an excluded word, or', async () => {
    expect(await titles('fr', '"sommet ibéro-américain"', 1)).toEqual(['Le Directeur général de l’OIM assistera au Sommet ibéro-américain']);
    expect(await titles('fr', 'migrants -Méditerranée', 1)).toEqual(['Le Directeur général de l’OIM assistera au Sommet ibéro-américain']);
    expect((await titles('fr', 'vœux OR circulaire', 1)).sort()).toEqual(['Un programme de migration de main-d’œuvre', 'Vœux de nouvel an']);
  });

  it('finds a hyphenated word written with its hyphen or without', async () => {
    expect(await titles('fr', 'Asie-Pacifique', 1)).toEqual(['Le bureau régional Asie Pacifique']);
    expect(await titles('fr', 'porte-parole rapport', 1)).toEqual(['Le bureau régional Asie Pacifique']);
    expect(await titles('fr', 'ibéro-américain', 1)).toEqual(['Le Directeur général de l’OIM assistera au Sommet ibéro-américain']);
    expect(await titles('fr', 'sommet ibero americain', 1)).toEqual(['Le Directeur général de l’OIM assistera au Sommet ibéro-américain']);
    expect(await titles('fr', 'main-d’œuvre', 1)).toEqual(['Un programme de migration de main-d’œuvre']);
    expect(await titles('fr', 'bureau -Asie-Pacifique', 1)).not.toContain('Le bureau régional Asie Pacifique');
  });

  it('finds a quoted phrase that starts or ends inside a hyphenated word', async () => {
    const summit = ['Le Directeur général de l’OIM assistera au Sommet ibéro-américain'];
    expect(await titles('fr', '"sommet ibéro"', 1)).toEqual(summit);
    expect(await titles('fr', '"assistera au sommet ibéro"', 1)).toEqual(summit);
    expect(await titles('fr', '"américain"', 1)).toEqual(summit);
    expect(await titles('fr', '"régional Asie-Pacifique"', 1)).toEqual(['Le bureau régional Asie Pacifique']);
    expect(await titles('en', '"attend Ibero"', 1)).toHaveLength(1);
    // The marks fall on the words the phrase matched, as written.
    const [hit] = (await searchArticles('fr', '"sommet ibéro"', 1)).items;
    expect(hit?.titleHighlight).toContain(`${HIGHLIGHT_START}Sommet${HIGHLIGHT_STOP} ${HIGHLIGHT_START}ibéro${HIGHLIGHT_STOP}-américain`);
  });

  it('reads "or" in the reader\'s words: "ou" is the operator, and "or" is the French word (gold)', async () => {
    expect((await titles('fr', 'vœux ou circulaire', 1)).sort()).toEqual(['Un programme de migration de main-d’œuvre', 'Vœux de nouvel an']);
    expect(await titles('fr', 'or', 1)).toEqual(['Orpailleurs : la ruée vers l’or au Sahel']);
    expect(await titles('fr', 'mines or', 1)).toEqual(['Orpailleurs : la ruée vers l’or au Sahel']);
    expect(await titles('es', 'migracion o cumbre', 1)).toEqual(expect.arrayContaining(['Los migrantes del Mediterráneo central']));
    expect(await titles('ar', 'الهجرة أو زمرد', 1)).toEqual(['المهاجرون في وسط البحر المتوسط']);
    // A last "ou" joins nothing: the word (ignored), not the operator, which PostgreSQL would read as "or" (gold).
    expect(await titles('fr', 'circulaire ou', 1)).toEqual(['Un programme de migration de main-d’œuvre']);
    expect(await titles('fr', 'ou circulaire', 1)).toEqual(['Un programme de migration de main-d’œuvre']);
  });

  it('finds only what readers may see: never a draft, nor a release scheduled for later', async () => {
    const found = await titles('fr', 'migration', 1);
    expect(found).not.toContain('Migration programmée');
    expect(found).not.toContain('Migration en brouillon');
  });

  it('finds nothing for words the configuration ignores, says the query searched nothing, and counts what it finds', async () => {
    expect(await searchArticles('fr', 'de la et', 1)).toEqual({ items: [], total: 0, pageCount: 1, searchable: false });
    for (const signs of ['-', '"', '« »', '!?', '- ou']) expect((await searchArticles('fr', signs, 1)).searchable, signs).toBe(false);
    expect((await searchArticles('en', 'the of and', 1)).searchable).toBe(false);
    // Common words written with an accent are ignored too (migration 0017), and so is French "a".
    for (const common of ['à', 'été', 'ÉTÉ', 'où', 'même', 'a', 'à où']) expect((await searchArticles('fr', common, 1)).searchable, common).toBe(false);
    const [{ vector }] = (await db.execute<{ vector: string }>(sql`select to_tsvector('fr_unaccent', 'Il a été reçu à Genève où même les réfugiés étaient là')::text as vector`)).rows as [{ vector: string }];
    expect(vector).toBe(`'a':2 'genev':6 'le':9 'recu':4 'refug':10`);
    for (const common of ['él', 'más', 'está']) expect((await searchArticles('es', common, 1)).searchable, common).toBe(false);
    // (The Arabic comma alone is a word to PostgreSQL 18's parser, not to 15's: signs that are signs to both.)
    expect((await searchArticles('ar', '- "', 1)).searchable).toBe(false);
    // A word the language does search, even one no release has, or one excluded, is a search.
    expect(await searchArticles('fr', 'xylophone', 1)).toEqual({ items: [], total: 0, pageCount: 1, searchable: true });
    expect((await searchArticles('fr', 'de la -migration', 1)).searchable).toBe(true);
    expect((await searchArticles('ar', 'في', 1)).searchable).toBe(true);
    const result = await searchArticles('fr', 'migration', 1);
    expect(result.searchable).toBe(true);
    expect(result.total).toBe(result.items.length);
    expect(result.total).toBeGreaterThanOrEqual(2);
  });

  it('takes a phrase in the quotation marks readers type, « » or “ ”, for a phrase', async () => {
    const summit = ['Le Directeur général de l’OIM assistera au Sommet ibéro-américain'];
    expect(await titles('fr', '« sommet ibéro-américain »', 1)).toEqual(summit);
    expect(await titles('fr', '“assistera au sommet”', 1)).toEqual(summit);
    // The words in another order are not the phrase.
    expect(await titles('fr', '« américain sommet »', 1)).toEqual([]);
    expect(await titles('fr', 'migrants -« sommet ibéro »', 1)).not.toEqual(expect.arrayContaining(summit));
  });

  it('marks the matched words in the title and in a passage of the text, as plain text', async () => {
    const [hit] = (await searchArticles('fr', 'traversent', 1)).items;
    expect(hit?.titleHighlight).toBe('Les migrants de la Méditerranée centrale');
    expect(hit?.snippet).toContain(`${HIGHLIGHT_START}traversent${HIGHLIGHT_STOP}`);
    const [title] = (await searchArticles('fr', 'Méditerranée', 1)).items;
    expect(title?.titleHighlight).toBe(`Les migrants de la ${HIGHLIGHT_START}Méditerranée${HIGHLIGHT_STOP} centrale`);
  });
});

describe('searchArticles: other languages', () => {
  it('searches the reader’s language only', async () => {
    expect(await titles('en', 'Méditerranée', 1)).toEqual([]);
    expect(await titles('es', 'traversent', 1)).toEqual([]);
    expect(await titles('en', 'summit', 1)).toEqual(['IOM Director General to attend Ibero-American Summit']);
  });

  it('Spanish and English ignore accents too: "migracion" finds "migración", "mediterraneo" finds "Mediterráneo"', async () => {
    expect(await titles('es', 'migracion', 1)).toContain('Los migrantes del Mediterráneo central');
    expect(await titles('es', 'mediterraneo', 1)).toContain('Los migrantes del Mediterráneo central');
    expect(await titles('en', 'Ibéro-American', 1)).toEqual(['IOM Director General to attend Ibero-American Summit']);
  });

  it('Arabic is stemmed: the article, prefixes, plural endings and diacritics do not count', async () => {
    const title = 'المهاجرون في وسط البحر المتوسط';
    // The lede says "الهجرة"; a reader may type the bare word, another prefix, or vowel marks.
    expect(await titles('ar', 'هجرة', 1)).toEqual([title]);
    expect(await titles('ar', 'للهجرة', 1)).toEqual([title]);
    expect(await titles('ar', 'الهِجْرَة', 1)).toEqual([title]);
    // The title says "المهاجرون"; the oblique plural and the singular find it.
    expect(await titles('ar', 'المهاجرين', 1)).toEqual([title]);
    expect(await titles('ar', 'مهاجر', 1)).toEqual([title]);
    expect(await titles('ar', 'لاجئون', 1)).toEqual([]);
  });

  it('Arabic: the conjunction و or ف on a word with the article does not count, in the text or the query', async () => {
    // The sample release's lede: "بالفرنسية والإنجليزية والإسبانية والعربية".
    const sample = 'مثال على خبر: مقال بأربع لغات';
    expect(await titles('ar', 'الإسبانية', 1)).toEqual([sample]);
    expect(await titles('ar', 'العربية', 1)).toEqual([sample]);
    expect(await titles('ar', 'والمهاجرون', 1)).toEqual(['المهاجرون في وسط البحر المتوسط']);
    expect(await titles('ar', 'فالهجرة', 1)).toEqual(['المهاجرون في وسط البحر المتوسط']);
    const [{ prepared }] = (await db.execute<{ prepared: string }>(sql`select arabic_search_text('والعربية «والمقال» وَالهجرة وزير بالمقال') as prepared`)).rows as [{ prepared: string }];
    expect(prepared).toBe('العربية «المقال» الهجرة وزير بالمقال');
  });

  it('Arabic marks the words as written', async () => {
    const [hit] = (await searchArticles('ar', 'مهاجر', 1)).items;
    expect(hit?.titleHighlight).toBe(`${HIGHLIGHT_START}المهاجرون${HIGHLIGHT_STOP} في وسط البحر المتوسط`);
    const [lede] = (await searchArticles('ar', 'هجرة', 1)).items;
    expect(lede?.snippet).toContain(`${HIGHLIGHT_START}الهجرة${HIGHLIGHT_STOP}`);
  });

  it('parses queries with the configuration the stored vectors were built with, in every locale', async () => {
    const { rows } = await db.execute<{ locale: keyof typeof SEARCH_CONFIG; same: boolean }>(
      sql`select locale, search = to_tsvector(case locale when 'fr' then 'fr_unaccent' when 'en' then 'en_unaccent' when 'es' then 'es_unaccent' when 'ar' then 'ar_unaccent' end::regconfig,
            case locale when 'ar' then arabic_search_text(title || ' ' || lede || ' ' || dateline || ' ' || body_text)
              else title || ' ' || lede || ' ' || dateline || ' ' || body_text end) as same from article_translations`,
    );
    expect(new Set(rows.map((r) => r.locale))).toEqual(new Set(['fr', 'en', 'es', 'ar']));
    expect(rows.every((r) => r.same)).toBe(true);
    expect(SEARCH_CONFIG).toEqual({ fr: 'fr_unaccent', en: 'en_unaccent', es: 'es_unaccent', ar: 'ar_unaccent' });
  });
});

describe('news filters', () => {
  it('offers the topics, countries and years that have visible releases in the reader’s language', async () => {
    const fr = await listNewsFilterOptions('fr');
    expect(fr.countries.map((c) => c.code)).toEqual(['AR', 'IT', 'SN', 'UY']);
    expect(fr.countries.map((c) => c.name)).toEqual(['Argentine', 'Italie', 'Sénégal', 'Uruguay']);
    expect(fr.topics.find((t) => t.slug === 'lutte-contre-la-traite')).toMatchObject({ name: 'Lutte contre la traite', count: 2 });
    expect(fr.years.map((y) => y.year)).toEqual([2025, 2024, 2006]);
    const ar = await listNewsFilterOptions('ar');
    expect(ar.countries.map((c) => c.code)).toEqual(['IT']);
    expect(ar.topics.map((t) => t.name)).toEqual(['مكافحة الاتجار بالبشر']);
    // The same topic in both languages, under its slug in each (the sitemap pairs them).
    expect(ar.topics[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ar.topics[0]?.id).toBe(fr.topics.find((t) => t.slug === 'lutte-contre-la-traite')?.id);
    expect(ar.topics[0]?.slug).toBe('counter-trafficking');
  });

  it('lists a topic’s, a country’s, a year’s releases, with the same list’s address in each language', async () => {
    const topic = await listFilteredArticles('fr', { kind: 'topic', slug: 'lutte-contre-la-traite' }, 1);
    expect(topic?.label).toBe('Lutte contre la traite');
    expect(topic?.items.map((i) => i.title)).toEqual(['Les migrants de la Méditerranée centrale', 'Le Directeur général de l’OIM assistera au Sommet ibéro-américain']);
    expect(topic?.paths).toEqual({
      fr: '/news/topic/lutte-contre-la-traite',
      en: '/news/topic/counter-trafficking',
      es: '/news/topic/lucha-contra-la-trata',
      ar: '/news/topic/counter-trafficking',
    });
    const country = await listFilteredArticles('fr', { kind: 'country', code: 'SN' }, 1);
    expect(country).toMatchObject({ label: 'Sénégal', total: 1, paths: { en: '/news/country/sn' } });
    const year = await listFilteredArticles('fr', { kind: 'year', year: 2024 }, 1);
    expect(year?.items.map((i) => i.title)).toContain('Vœux de nouvel an');
    expect((await listFilteredArticles('fr', { kind: 'year', year: 2023 }, 1))?.total).toBe(0);
  });

  it('never lists a scheduled release, and knows no unknown topic or country', async () => {
    expect(await listFilteredArticles('fr', { kind: 'country', code: 'NE' }, 1)).toMatchObject({ label: 'Niger', total: 0, items: [] });
    expect(await listFilteredArticles('fr', { kind: 'topic', slug: 'nope' }, 1)).toBeNull();
    expect(await listFilteredArticles('fr', { kind: 'country', code: 'ZZ' }, 1)).toBeNull();
  });
});

describe('names in alphabetical order, accents included', () => {
  it('the editor’s country and topic lists and a release’s links follow the language’s order, not the database’s', async () => {
    const options = await listEditorOptions(null as never, 'fr');
    const names = options.countries.map((c) => c.name);
    expect(names.indexOf('Égypte')).toBeGreaterThan(names.indexOf('Danemark'));
    expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Finlande'));
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
    expect(options.topics.map((t) => t.name)).toEqual(options.topics.map((t) => t.name).sort(new Intl.Collator('fr').compare));
    const lookup = await getPublishedArticle('fr', 'le-directeur-general-de-loim-assistera-au-sommet-ibero-americain');
    expect(lookup.kind === 'found' && lookup.article.countries).toEqual([
      { name: 'Argentine', href: '/news/country/ar' },
      { name: 'Uruguay', href: '/news/country/uy' },
    ]);
  });
});

