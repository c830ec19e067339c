/**
 * The dashboard article list's search box as a newsroom types in it: a word without its accents
 * (a Spanish or French writer in a hurry, a keyboard without them), an Arabic word without its
 * hamza or vowel marks, still finds the release whose title or lede has them; and the reverse.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { insertArticleIfMissing, type ArticleTranslationContent } from '@/db/seed/articles';
import { emptySummary } from '@/db/seed/context';
import type { Locale } from '@/lib/locales';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { listArticlesForDashboard } from './dashboard-articles';

const actor = { id: '00000000-0000-0000-0000-000000000000', role: 'editor' as const };

const tr = (locale: Locale, title: string, lede: string, slug?: string): ArticleTranslationContent => ({
  locale,
  title,
  lede,
  ...(slug ? { slug } : {}),
  body: docFromParagraphs(['Texte.']),
  dateline: '',
  status: 'draft',
  publishAt: null,
});

async function article(key: string, translations: [ArticleTranslationContent, ...ArticleTranslationContent[]]): Promise<string> {
  return (await db.transaction((tx) => insertArticleIfMissing({ tx, summary: emptySummary() }, { key, type: 'press_release', isSample: false, contactOfficeId: null, topicIds: [], countryCodes: [], translations })))!;
}

const ids: Record<string, string> = {};
const found = async (q: string) => {
  const { items } = await listArticlesForDashboard(actor, { page: 1, q });
  return items.map((r) => Object.keys(ids).find((k) => ids[k] === r.id) ?? r.id).sort();
};

beforeAll(async () => {
  // The accented words are in the lede: the slug (unaccented) cannot be what finds them.
  ids.geneve = await article('search-geneve', [tr('fr', 'Réunion annuelle', 'La Directrice générale arrive à Genève pour la conférence.', 'reunion-annuelle')]);
  ids.declaracion = await article('search-declaracion', [tr('es', 'Nota breve', 'Declaración conjunta sobre la migración en Bogotá.', 'nota-breve')]);
  ids.umam = await article('search-umam', [tr('ar', 'الأمم المتحدة تُرحِّب بالاتفاق', 'إعلانٌ مشترك في عمّان.', 'al-umam')]);
});

describe('the dashboard list’s search', () => {
  it('finds a French or Spanish word typed without its accents, in the title or the lede', async () => {
    expect(await found('geneve')).toEqual(['geneve']);
    expect(await found('GENERALE')).toEqual(['geneve']);
    expect(await found('declaracion conjunta')).toEqual(['declaracion']);
    expect(await found('migracion en bogota')).toEqual(['declaracion']);
    expect(await found('reunion')).toEqual(['geneve']);
  });

  it('finds the accented word typed with its accents, and an unaccented text typed with some', async () => {
    expect(await found('Genève')).toEqual(['geneve']);
    expect(await found('Nóta')).toEqual(['declaracion']);
  });

  it('finds an Arabic word typed without its hamza, vowel marks or shadda, and typed with them', async () => {
    expect(await found('الامم')).toEqual(['umam']);
    expect(await found('ترحب بالاتفاق')).toEqual(['umam']);
    expect(await found('اعلان مشترك')).toEqual(['umam']);
    expect(await found('عمان')).toEqual(['umam']);
    expect(await found('الأُمَم')).toEqual(['umam']);
  });

  it('still takes % and _ literally', async () => {
    expect(await found('%')).toEqual([]);
    expect(await found('r_union')).toEqual([]);
  });
});
