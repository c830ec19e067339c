/**
 * The one real press release of the seed: the Director General at the XVIth Ibero-American
 * Summit in Montevideo (3–5 November 2006).
 *
 * French is the original, taken from the legacy page through the importer (title, paragraphs,
 * the quotation as a blockquote), so it stays word for word what the seed says. English and
 * Spanish are complete translations of it, quotation included. There is no Arabic translation:
 * the reader who asks for one is told which languages exist.
 *
 * Publication: Tuesday 31 October 2006. The release says the summit is "this week", the experts
 * met "Monday" (30 October) and the forum was held "yesterday" (30 October).
 */
import { auditLog } from '@/db/schema';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { firstSentence, type LegacyPage } from '@/lib/import/legacy-release';
import { insertArticleIfMissing, type ArticleTranslationContent } from './articles';
import type { SeedContext } from './context';
import { isContactIssue, LEGACY_SOURCE, recordFindings } from './legacy';

export const RELEASE_KEY = 'legacy-oim-fr/dg-ibero-american-summit-2006';
export const RELEASE_PUBLISHED_AT = new Date('2006-10-31T09:00:00Z');
export const RELEASE_TOPICS = [
  'migration-and-development',
  'migrant-rights',
  'labour-migration',
  'remittances',
  'counter-trafficking',
] as const;

const EN_TITLE = 'IOM Director General to attend Ibero-American Summit';
const EN_PARAGRAPHS = [
  'IOM Director General Brunson McKinley will attend the 16th Ibero-American Summit this week, to be held in the Uruguayan capital, Montevideo.',
  'This annual summit brings together the leaders of Spanish- and Portuguese-speaking countries to discuss regional and international issues of general interest and to strengthen cooperation.',
  '“This year’s theme, migration and development, is essential for IOM and for its work in this field. It is therefore important that IOM take part in this summit, which will allow these leaders to address, among other things, the impact of migration on countries of origin and destination, as well as issues relating to the rights of migrants, the migration of skilled persons and the role played by remittances,” says Brunson McKinley.',
  'At the close of the summit, the leaders will sign the Montevideo Commitment on Migration and Development, which will set out the position of the Ibero-American community on this issue.',
  'On Monday, in preparation for the summit, IOM and the Uruguayan government brought together a group of international experts, legislators and government representatives to discuss exploitation and forms of slavery for the purposes of forced labour and sexual exploitation.',
  'Participants were able to exchange ideas and review best practices in counter-trafficking, and discussed methods of combating trafficking in Uruguay. The conclusions of the forum, which was held yesterday, will be presented at the summit at the end of the week.',
  'After Uruguay, Brunson McKinley will travel to Argentina for a two-day official visit on 6 and 7 November.',
];

const ES_TITLE = 'El Director General de la OIM asistirá a la Cumbre Iberoamericana';
const ES_PARAGRAPHS = [
  'El Director General de la OIM, Brunson McKinley, asistirá esta semana a la XVI Cumbre Iberoamericana, que se celebrará en la capital uruguaya, Montevideo.',
  'Esta cumbre anual reúne a los dirigentes de los países de habla hispana y portuguesa con el fin de debatir cuestiones regionales e internacionales de interés general y de reforzar la cooperación.',
  '«El tema de este año, migración y desarrollo, es esencial para la OIM y para su labor en este ámbito. Por consiguiente, es importante que la OIM participe en esta cumbre, que permitirá a estos dirigentes abordar, entre otros, los temas del impacto de la migración en los países de origen y de acogida, así como las cuestiones relativas a los derechos de los migrantes, a la migración de personas calificadas y al papel que desempeñan las remesas», explica Brunson McKinley.',
  'Al término de esta cumbre, los dirigentes firmarán el Compromiso de Montevideo sobre Migraciones y Desarrollo, que definirá la posición de la comunidad iberoamericana sobre esta cuestión.',
  'El lunes, con miras a preparar esta cumbre, la OIM y el Gobierno uruguayo reunieron a un grupo de expertos internacionales, legisladores y representantes gubernamentales para debatir sobre la explotación y las formas de esclavitud con fines de trabajo forzoso y de explotación sexual.',
  'Los participantes pudieron intercambiar ideas y examinar las mejores prácticas en materia de lucha contra la trata, y debatieron sobre los métodos de lucha contra la trata en el Uruguay. Las conclusiones de este foro, que se celebró ayer, se presentarán a finales de semana con ocasión de la cumbre.',
  'Después del Uruguay, Brunson McKinley viajará a la Argentina para realizar una visita oficial de dos días, el 6 y el 7 de noviembre.',
];

/** A published translation of the release: the lede is the first sentence of its first paragraph. */
function translation(locale: 'fr' | 'en' | 'es', title: string, paragraphs: string[]): ArticleTranslationContent {
  return {
    locale,
    title,
    lede: firstSentence(paragraphs[0] ?? ''),
    body: docFromParagraphs(paragraphs),
    dateline: 'Montevideo',
    status: 'published',
    publishAt: RELEASE_PUBLISHED_AT,
  };
}

export async function seedRelease(
  ctx: SeedContext,
  legacy: LegacyPage,
  refs: { montevideoId: string; topicIds: Map<string, string> },
): Promise<void> {
  if (!legacy.title) throw new Error('The legacy release has no title.');
  const topicIds = RELEASE_TOPICS.map((key) => {
    const id = refs.topicIds.get(key);
    if (!id) throw new Error(`Seed topic "${key}" is missing.`);
    return id;
  });

  // The importer's own document, so the French body is exactly what it read.
  const fr = { ...translation('fr', legacy.title, legacy.paragraphs), body: legacy.body };
  const articleId = await insertArticleIfMissing(ctx, {
    key: RELEASE_KEY,
    type: 'press_release',
    isSample: false,
    contactOfficeId: refs.montevideoId,
    topicIds,
    countryCodes: ['UY', 'AR'],
    translations: [fr, translation('en', EN_TITLE, EN_PARAGRAPHS), translation('es', ES_TITLE, ES_PARAGRAPHS)],
  });
  if (articleId === null) return;

  const issues = legacy.issues.filter((i) => !isContactIssue(i));
  recordFindings(ctx, `article:${RELEASE_KEY}`, issues);
  await ctx.tx.insert(auditLog).values({
    action: 'article.import',
    entityType: 'article',
    entityId: articleId,
    detail: { source: LEGACY_SOURCE, locales: ['fr', 'en', 'es'], issues },
  });
}
