import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_START as S,
  HIGHLIGHT_STOP as E,
  normalizeQuery,
  queryFromSegment,
  searchHref,
  searchPageNumber,
  searchPagePath,
  splitHighlight,
  websearchQuery,
  withCuts,
} from './search';

describe('splitHighlight', () => {
  it('turns ts_headline marks into parts, and keeps markup as text', () => {
    expect(splitHighlight(`La ${S}migration${E} et le <b>${S}développement${E}</b>`)).toEqual([
      { text: 'La ', match: false },
      { text: 'migration', match: true },
      { text: ' et le <b>', match: false },
      { text: 'développement', match: true },
      { text: '</b>', match: false },
    ]);
  });

  it('marks a hyphenated word whole when both its parts matched', () => {
    expect(splitHighlight(`Le bureau ${S}Asie${E}-${S}Pacifique${E} et la ${S}porte${E}\u2011${S}parole${E}`)).toEqual([
      { text: 'Le bureau ', match: false },
      { text: 'Asie-Pacifique', match: true },
      { text: ' et la ', match: false },
      { text: 'porte\u2011parole', match: true },
    ]);
    // A hyphen between matches that are not one word's parts stays unmarked.
    expect(splitHighlight(`${S}Genève${E} - ${S}Montevideo${E}`).map((p) => p.match)).toEqual([true, false, true]);
    expect(splitHighlight(`${S}COVID${E}-${S}19${E}`).map((p) => p.match)).toEqual([true, false, true]);
    expect(splitHighlight(`${S}migration${E}-ajuda`).map((p) => p.match)).toEqual([true, false]);
  });

  it('survives stray or missing marks', () => {
    expect(splitHighlight(`a${E}b ${S}c`)).toEqual([{ text: 'ab c', match: false }]);
    expect(splitHighlight('')).toEqual([]);
  });
});

describe('withCuts: a snippet says where it was cut', () => {
  const text = '« Nous devons agir vite », a déclaré le Directeur général. Brunson McKinley assistera au Sommet ibéro-américain de Montevideo.';
  const ends = (t: string) => [t.slice(0, 300), t.slice(-300)] as const;

  it('marks a passage taken from the middle at both ends', () => {
    expect(withCuts(`le Directeur général. ${S}Brunson${E} McKinley assistera`, ...ends(text))).toBe(`… le Directeur général. ${S}Brunson${E} McKinley assistera …`);
  });

  it('marks nothing where the passage starts or ends the text, signs and marks aside', () => {
    expect(withCuts(`Nous devons agir vite », a déclaré le ${S}Directeur${E}`, ...ends(text))).toBe(`Nous devons agir vite », a déclaré le ${S}Directeur${E} …`);
    expect(withCuts(`assistera au ${S}Sommet${E} ibéro-américain de Montevideo`, ...ends(text))).toBe(`… assistera au ${S}Sommet${E} ibéro-américain de Montevideo`);
    expect(withCuts(text, ...ends(text))).toBe(text);
  });

  it('looks at the first passage for the start and the last for the end', () => {
    const two = `Nous devons agir ${S}vite${E} … ${S}Brunson${E} McKinley assistera`;
    expect(withCuts(two, ...ends(text))).toBe(`${two} …`);
  });

  it('leaves an empty snippet alone', () => {
    expect(withCuts('', ...ends(text))).toBe('');
  });
});

describe('search addresses', () => {
  it('normalizes a query: spaces collapsed, trimmed, cut at 200 characters', () => {
    expect(normalizeQuery('  migration   Montevideo \n')).toBe('migration Montevideo');
    expect(normalizeQuery(['a', 'b'])).toBe('a');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery('réfugiés\u0000Genève\u007f')).toBe('réfugiés Genève');
    expect(normalizeQuery('x'.repeat(300))).toHaveLength(200);
  });

  it('carries any query in a path segment and back, one segment per query', () => {
    for (const q of ['migration', '"sommet ibéro-américain" -Montevideo', 'الهجرة', 'a/b?c=d&e.f%20']) {
      const path = searchPagePath('fr', q, 2);
      const segment = path.split('/')[4]!;
      expect(path).toMatch(/^\/fr\/news\/search\/[\w-]+\/2$/);
      expect(queryFromSegment(segment)).toBe(q);
    }
    expect(searchPagePath('ar', '', 1)).toBe('/ar/news/search/-/1');
    expect(queryFromSegment('-')).toBe('');
    // Not what searchPagePath writes: another spelling of the same query, or garbage.
    expect(queryFromSegment(Buffer.from(' migration').toString('base64url'))).toBeNull();
    expect(queryFromSegment('bWlncmF0aW9u=')).toBeNull();
    expect(queryFromSegment('_')).toBeNull();
  });

  it('reads the page number, and writes the public address', () => {
    expect(searchPageNumber('3')).toBe(3);
    expect(['0', '-1', 'x', '', null, '99999'].map(searchPageNumber)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(searchHref('droits des migrants')).toBe('/news/search?q=droits+des+migrants');
    expect(searchHref('x', 2)).toBe('/news/search?q=x&page=2');
  });
});

describe('websearchQuery: "or" in the reader\'s words', () => {
  it('takes each language\'s own word for "or" as the operator, and "OR" in capitals everywhere', () => {
    expect(websearchQuery('fr', 'réfugiés ou migrants')).toBe('réfugiés OR migrants');
    expect(websearchQuery('fr', 'réfugiés OU migrants')).toBe('réfugiés OR migrants');
    expect(websearchQuery('es', 'refugiados o migrantes')).toBe('refugiados OR migrantes');
    expect(websearchQuery('es', 'siete u ocho')).toBe('siete OR ocho');
    expect(websearchQuery('ar', 'الهجرة أو اللاجئين')).toBe('الهجرة OR اللاجئين');
    expect(websearchQuery('ar', 'الهجرة او اللاجئين')).toBe('الهجرة OR اللاجئين');
    expect(websearchQuery('fr', 'vœux OR circulaire')).toBe('vœux OR circulaire');
  });

  it('leaves the reader\'s "or" a word where it joins nothing: first or last in the query', () => {
    expect(websearchQuery('fr', 'réfugiés ou')).toBe('réfugiés ou');
    expect(websearchQuery('fr', 'ou réfugiés')).toBe('ou réfugiés');
    expect(websearchQuery('fr', '- ou')).toBe('- ou');
    expect(websearchQuery('es', 'refugiados o')).toBe('refugiados o');
    expect(websearchQuery('ar', 'الهجرة أو')).toBe('الهجرة أو');
    // Before or after a quoted phrase it still joins two things.
    expect(websearchQuery('fr', 'réfugiés ou "droits des migrants"')).toBe('réfugiés OR "droits des migrants"');
    expect(websearchQuery('fr', '« vœux » ou circulaire')).toBe('" vœux " OR circulaire');
  });

  it('leaves out French "a" outside a phrase, before placing "or" (PostgreSQL keeps it as a word)', () => {
    expect(websearchQuery('fr', 'a')).toBe('');
    expect(websearchQuery('fr', 'A')).toBe('');
    expect(websearchQuery('fr', 'zzz ou a')).toBe('zzz ou');
    expect(websearchQuery('fr', 'il a "il a dit"')).toBe('il "il a dit"');
    expect(websearchQuery('es', 'a Ginebra')).toBe('a Ginebra');
  });

  it('outside English, a lower-case "or" is a word; quoted phrases stay as typed', () => {
    expect(websearchQuery('fr', 'l’or noir or')).toBe('l’or noir "or"');
    expect(websearchQuery('es', 'Or')).toBe('"or"');
    expect(websearchQuery('fr', '"vivre ou mourir" ou survivre')).toBe('"vivre ou mourir" OR survivre');
    expect(websearchQuery('fr', 'migrants ou "unterminated or')).toBe('migrants OR "unterminated or');
    expect(websearchQuery('en', 'gold or silver')).toBe('gold or silver');
    expect(websearchQuery('fr', 'outre oui')).toBe('outre oui');
  });
});

describe('websearchQuery: quotation marks', () => {
  it('takes the quotation marks readers type (« », “ ”, „ “) for a phrase, as straight quotes', () => {
    expect(websearchQuery('fr', '« pollution de l’air » Genève')).toBe('" pollution de l’air " Genève');
    expect(websearchQuery('fr', '«sommet ibéro» ou “vœux”')).toBe('"sommet ibéro" OR "vœux"');
    expect(websearchQuery('en', '„air quality“ -”smog”')).toBe('"air quality" -"smog"');
    expect(websearchQuery('ar', '«الهجرة غير النظامية»')).toBe('"الهجرة غير النظامية"');
    // Apostrophes are not quotation marks.
    expect(websearchQuery('fr', 'l’or d\'Afrique')).toBe('l’or d\'Afrique');
  });
});

describe('websearchQuery: hyphenated words', () => {
  it('searches a hyphenated word as the phrase of its parts, excluded too; a quoted phrase as typed', () => {
    expect(websearchQuery('fr', 'bureau Asie-Pacifique')).toBe('bureau "Asie Pacifique"');
    expect(websearchQuery('fr', 'migrants -Asie-Pacifique')).toBe('migrants -"Asie Pacifique"');
    expect(websearchQuery('fr', '"le porte-parole a dit"')).toBe('"le porte-parole a dit"');
    expect(websearchQuery('en', 'Asia-Pacific or Africa')).toBe('"Asia Pacific" or Africa');
    expect(websearchQuery('fr', 'main-d’œuvre ou emploi')).toBe('"main d’œuvre" OR emploi');
  });

  it('keeps a minus before a word, and a hyphen before digits', () => {
    expect(websearchQuery('fr', 'migrants -Méditerranée')).toBe('migrants -Méditerranée');
    expect(websearchQuery('fr', 'COVID-19')).toBe('COVID-19');
    expect(websearchQuery('es', 'sur - norte')).toBe('sur - norte');
  });
});
