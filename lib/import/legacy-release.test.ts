import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstSentence, paragraphsFromWrappedLines, parseLegacyPage, type LegacyIssue } from './legacy-release';

const FIXTURE = readFileSync(new URL('../../db/seed/fixtures/legacy-oim-fr.txt', import.meta.url), 'utf8');

/** The release as the seed words it, one string per paragraph (typographic apostrophes kept). */
const SEED_PARAGRAPHS = [
  'Le Directeur général de l’OIM, Brunson McKinley, assistera cette semaine au XVIème Sommet ibéro-américain qui se tiendra dans la capitale uruguayenne, Montevideo.',
  'Ce sommet annuel réunit les dirigeants de pays hispanophones et lusophones en vue de discuter des questions régionales et internationales d’intérêt général et de renforcer la coopération.',
  '« Le thème de cette année, migration et développement, est essentiel pour l’OIM et pour son action dans ce domaine. Par conséquent, il est important que l’OIM participe à ce sommet qui permettra à ces dirigeants d’aborder, entre autres, les thèmes de l’impact de la migration sur les pays d’origine et d’accueil, ainsi que les questions relatives aux droits des migrants, à la migration des personnes qualifiées et au rôle que jouent les remises de fonds » explique Brunson McKinley.',
  'A l’issue de ce sommet, les dirigeants signeront l’Engagement de Montevideo sur la migration et le développement qui définira la position de la communauté ibéro-américaine sur cette question.',
  'Lundi, en vue de préparer ce sommet, l’OIM et le gouvernement uruguayen ont réuni un groupe d’experts internationaux, de législateurs et de représentants gouvernementaux, en vue de discuter de l’exploitation et des formes d’esclavage à des fins de travail forcé et d’exploitation sexuelle.',
  'Les participants ont pu échanger des idées et passer en revue les meilleures pratiques en matière de lutte contre la traite, et ont discuté des méthodes de lutte contre la traite en Uruguay. Les conclusions de ce forum, qui s’est tenu hier, seront présentées en fin de semaine à l’occasion de ce sommet.',
  'Après l’Uruguay, Brunson McKinley se rendra en Argentine dans le cadre d’une visite officielle de deux jours, les 6 et 7 novembre.',
];

const codes = (issues: LegacyIssue[]) => issues.map((i) => i.code);

describe('parseLegacyPage on the seed page', () => {
  const page = parseLegacyPage(FIXTURE, { officeCountry: 'UY' });

  it('skips the menu and finds the title', () => {
    expect(page.title).toBe('Le Directeur général de l’OIM assistera au Sommet ibéro-américain');
  });

  it('rebuilds the seven paragraphs exactly as the seed words them', () => {
    expect(page.paragraphs).toEqual(SEED_PARAGRAPHS);
  });

  it('makes the quotation, attribution included, a blockquote and the rest paragraphs', () => {
    expect(page.body.content.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'blockquote',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(page.body.content[2]).toEqual({
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: SEED_PARAGRAPHS[2] }] }],
    });
  });

  it('keeps the profile introductions glued to their menu headings', () => {
    expect(page.profileIntros).toEqual([
      {
        heading: 'Qui sommes nous',
        text: "L'Organisation internationale pour les migrations (OIM) fait partie du système des Nations Unies et est la première organisation intergouvernementale à promouvoir depuis 1951 une migration humaine et ordonnée qui profite à tous, composée de 175 Etats membres et présente dans 171 pays.",
      },
      {
        heading: 'Notre travail',
        text: "En tant que principale organisation intergouvernementale qui promeut depuis 1951 une migration humaine et ordonnée, l'OIM joue un rôle clé pour soutenir la réalisation du Programme 2030 à travers différents domaines d'intervention qui relient à la fois l'aide humanitaire et le développement durable.",
      },
    ]);
  });

  it('lists the menu labels once each, in order', () => {
    expect(page.menu).toEqual([
      'Qui sommes nous',
      'Structure',
      'Structure organisationnelle',
      'Directrice générale',
      'Directrice générale adjointe chargée de la gestion et des réformes',
      'Directrice générale adjointe chargée des opérations',
      'Bureau du Chef de Cabinet',
      'Bureau des partenariats, de la sensibilisation et de la communication',
      'Bureau de la stratégie et de la performance institutionnelle',
      'Notre travail',
      'Ce que nous faisons',
      'Partenariats',
      'Où travaillons-nous',
      'Agir',
      'Travailler avec nous',
      'Engagez-vous',
      'Données et recherche',
      '2030 AGENDA',
    ]);
  });

  it('reads the contact block: office label, two phones, the repaired e-mail', () => {
    expect(page.contact).toMatchObject({
      heading: 'Pour plus d’informations, veuillez contacter:',
      officeLabel: 'Le bureau de l’OIM à Montevideo',
      otherLines: [],
      email: 'iommontevideo@iom.int',
    });
    expect(page.contact?.phones.map((p) => [p.label, p.raw, p.analysis.kind])).toEqual([
      ['switchboard', '+592 2 9168043', 'wrong-calling-code'],
      ['switchboard', '+592 2 9168058', 'wrong-calling-code'],
    ]);
  });

  it('reports the dirt: Guyana calling codes with their fix, the completed tail, the broken anchor', () => {
    expect(page.issues).toEqual([
      {
        code: 'phone-calling-code',
        severity: 'warning',
        raw: '+592 2 9168043',
        country: 'GY',
        callingCode: '592',
        officeCountry: 'UY',
        suggestion: '+59829168043',
      },
      { code: 'phone-prefix-completed', severity: 'info', raw: '9168058', completed: '+592 2 9168058' },
      {
        code: 'phone-calling-code',
        severity: 'warning',
        raw: '+592 2 9168058',
        country: 'GY',
        callingCode: '592',
        officeCountry: 'UY',
        suggestion: '+59829168058',
      },
      {
        code: 'broken-mailto',
        severity: 'warning',
        raw: '"mailto:iommontevideo@iom.int">iommontevideo@iom.int',
        repaired: 'iommontevideo@iom.int',
      },
    ]);
  });

  it('does not flag the phones when the office is in Guyana (they are then plainly invalid)', () => {
    const guyana = parseLegacyPage(FIXTURE, { officeCountry: 'GY' });
    expect(codes(guyana.issues)).toEqual(['phone-invalid', 'phone-prefix-completed', 'phone-invalid', 'broken-mailto']);
  });
});

describe('parseLegacyPage on dirty variants', () => {
  it('reads the same page with CRLF line ends, a BOM and trailing spaces', () => {
    const dirty = '\uFEFF' + FIXTURE.split('\n').map((l) => `${l}  \t`).join('\r\n');
    const page = parseLegacyPage(dirty, { officeCountry: 'UY' });
    expect(page.title).toBe('Le Directeur général de l’OIM assistera au Sommet ibéro-américain');
    expect(page.paragraphs).toEqual(SEED_PARAGRAPHS);
    expect(page.contact?.email).toBe('iommontevideo@iom.int');
  });

  it('reads a page without menu whose paragraphs are separated by blank lines', () => {
    const page = parseLegacyPage(
      [
        '',
        'Un titre sans menu',
        'Première ligne',
        'sans point final',
        '',
        'Deuxième paragraphe. Il continue',
        'ici.',
        '',
        'Pour plus d’informations, veuillez contacter :',
        'Bureau de l’OIM à Montevideo',
        'Tél. : 2916 8043',
        'E-mail : iommontevideo@iom.int',
      ].join('\n'),
      { officeCountry: 'UY' },
    );
    expect(page.menu).toEqual([]);
    expect(page.title).toBe('Un titre sans menu');
    expect(page.paragraphs).toEqual(['Première ligne sans point final', 'Deuxième paragraphe. Il continue ici.']);
    expect(page.contact?.phones.map((p) => p.analysis)).toMatchObject([{ kind: 'valid', e164: '+59829168043' }]);
    expect(page.contact?.email).toBe('iommontevideo@iom.int');
    expect(page.issues).toEqual([]);
  });

  it('keeps a quotation whole when the line breaks right after the closing quote', () => {
    const page = parseLegacyPage(
      ['Titre', '« Nous y serons.', 'C’est essentiel. »', 'explique la porte-parole.', 'Fin du communiqué.'].join('\n'),
      { officeCountry: 'UY' },
    );
    expect(page.paragraphs).toEqual(['« Nous y serons. C’est essentiel. » explique la porte-parole.', 'Fin du communiqué.']);
    expect(page.body.content.map((b) => b.type)).toEqual(['blockquote', 'paragraph']);
  });

  it('joins a compound word broken after its hyphen without adding a space', () => {
    expect(paragraphsFromWrappedLines(['Le sommet ibéro-', 'américain a lieu à Montevideo.'])).toEqual([
      'Le sommet ibéro-américain a lieu à Montevideo.',
    ]);
    // A dash between spaces is punctuation, not a broken word.
    expect(paragraphsFromWrappedLines(['Deux jours -', 'les 6 et 7 novembre.'])).toEqual(['Deux jours - les 6 et 7 novembre.']);
  });

  it('ends a paragraph on ?, ! and … too, with closing quotes and non-breaking spaces after them', () => {
    expect(
      paragraphsFromWrappedLines(['Pourquoi ?', 'Parce que !', '« Oui\u00a0! »', 'Ensuite…', '“Done.”', 'Fin']),
    ).toEqual(['Pourquoi ?', 'Parce que !', '« Oui\u00a0! »', 'Ensuite…', '“Done.”', 'Fin']);
  });

  it('reports a missing contact block and a body that stops mid-sentence', () => {
    const page = parseLegacyPage('Titre\nUn texte coupé\nau milieu', { officeCountry: 'UY' });
    expect(page.contact).toBeNull();
    expect(page.issues).toEqual([
      { code: 'unterminated-paragraph', severity: 'warning', text: 'Un texte coupé au milieu' },
      { code: 'no-contact-block', severity: 'warning' },
    ]);
  });

  it('reports a page with no title and one with no body', () => {
    expect(codes(parseLegacyPage('-\n- Menu\n\n', { officeCountry: 'UY' }).issues)).toEqual(['no-title']);
    expect(codes(parseLegacyPage('Titre seul', { officeCountry: 'UY' }).issues)).toEqual(['no-body', 'no-contact-block']);
  });

  it('repairs a whole HTML anchor and keeps the link target when its text disagrees', () => {
    const page = parseLegacyPage(
      [
        'Titre',
        'Texte.',
        'For more information, please contact:',
        'IOM Montevideo',
        'Jane Roe',
        'Fax: +598 2916 8058',
        'Mobile : +598 99 123 456',
        'E-mail: <a href="mailto:press@iom.int">info@iom.int</a>',
      ].join('\n'),
      { officeCountry: 'UY' },
    );
    expect(page.contact).toMatchObject({ officeLabel: 'IOM Montevideo', otherLines: ['Jane Roe'], email: 'press@iom.int' });
    expect(page.contact?.phones.map((p) => [p.label, p.analysis.kind])).toEqual([
      ['fax', 'valid'],
      ['mobile', 'valid'],
    ]);
    expect(page.issues).toEqual([
      {
        code: 'html-markup',
        severity: 'warning',
        raw: '<a href="mailto:press@iom.int">info@iom.int</a>',
        repaired: 'press@iom.int',
      },
      {
        code: 'mailto-mismatch',
        severity: 'warning',
        raw: '<a href="mailto:press@iom.int">info@iom.int</a>',
        href: 'press@iom.int',
        text: 'info@iom.int',
      },
    ]);
  });

  it('flags numbers of another country and numbers that are no number at all', () => {
    const page = parseLegacyPage(
      ['Titre', 'Texte.', 'Para más información, contactar:', 'Oficina', 'Tel.: +33 1 23 45 67 89 / 12', 'Correo: nadie@'].join('\n'),
      { officeCountry: 'UY' },
    );
    expect(page.contact?.email).toBeNull();
    expect(page.issues).toEqual([
      {
        code: 'phone-other-country',
        severity: 'warning',
        raw: '+33 1 23 45 67 89',
        e164: '+33123456789',
        country: 'FR',
        officeCountry: 'UY',
      },
      { code: 'phone-prefix-completed', severity: 'info', raw: '12', completed: '+33 1 23 45 67 12' },
      {
        code: 'phone-other-country',
        severity: 'warning',
        raw: '+33 1 23 45 67 12',
        e164: '+33123456712',
        country: 'FR',
        officeCountry: 'UY',
      },
      { code: 'invalid-email', severity: 'error', raw: 'nadie@' },
    ]);
  });
});

describe('firstSentence', () => {
  it('gives the whole first paragraph of the seed release, which is one sentence', () => {
    expect(firstSentence(SEED_PARAGRAPHS[0] ?? '')).toBe(SEED_PARAGRAPHS[0]);
  });

  it('stops at the first full stop followed by a capital or an opening quote', () => {
    expect(firstSentence(SEED_PARAGRAPHS[5] ?? '')).toBe(
      'Les participants ont pu échanger des idées et passer en revue les meilleures pratiques en matière de lutte contre la traite, et ont discuté des méthodes de lutte contre la traite en Uruguay.',
    );
    expect(firstSentence('« Oui. » Puis non.')).toBe('« Oui. »');
    expect(firstSentence('Version 2.0 est sortie. Bravo.')).toBe('Version 2.0 est sortie.');
  });
});
