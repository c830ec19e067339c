import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTitleSlug, RESERVED_SLUGS, SLUG_MAX_LENGTH, slugify, uniqueSlug } from './slug';

describe('slugify', () => {
  it('gives the seed release its legacy-style slug', () => {
    expect(slugify('Le Directeur général de l’OIM assistera au Sommet ibéro-américain', 'fr')).toBe(
      'le-directeur-general-de-loim-assistera-au-sommet-ibero-americain',
    );
  });

  it('drops French accents, ligatures and both kinds of apostrophes', () => {
    expect(slugify('Où travaillons-nous', 'fr')).toBe('ou-travaillons-nous');
    expect(slugify('Données et recherche', 'fr')).toBe('donnees-et-recherche');
    expect(slugify('L\'Œuvre d’aujourd’hui', 'fr')).toBe('loeuvre-daujourdhui');
    expect(slugify('Ça, c’est « réglé » !', 'fr')).toBe('ca-cest-regle');
  });

  it('handles Spanish ñ, accents and inverted marks', () => {
    expect(slugify('¿Quiénes somos? Año de la niñez', 'es')).toBe('quienes-somos-ano-de-la-ninez');
  });

  it('transliterates Arabic letters, ignoring short vowels and tatweel', () => {
    expect(slugify('من نحن', 'ar')).toBe('mn-nhn');
    expect(slugify('مُنَظَّمَة', 'ar')).toBe('mnzma');
    expect(slugify('مـونـتـيـفـيـديـو', 'ar')).toBe('mwntyfydyw');
    expect(slugify('خطة عام ٢٠٣٠', 'ar')).toBe('khta-am-2030');
  });

  it('reads "&" in the locale\'s language', () => {
    expect(slugify('Migration & développement', 'fr')).toBe('migration-et-developpement');
    expect(slugify('Migration & development', 'en')).toBe('migration-and-development');
    expect(slugify('Migración & desarrollo', 'es')).toBe('migracion-y-desarrollo');
  });

  it('keeps only lower-case ASCII letters, digits and single hyphens, as the database requires', () => {
    const slug = slugify('  --Hello___World!!  2030 — AGENDA--  ', 'en');
    expect(slug).toBe('hello-world-2030-agenda');
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('cuts long titles at a word boundary within the limit', () => {
    const title = 'Les participants ont pu échanger des idées et passer en revue les meilleures pratiques en matière de lutte contre la traite';
    const slug = slugify(title, 'fr');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toBe('les-participants-ont-pu-echanger-des-idees-et-passer-en-revue-les-meilleures');
    expect(slugify('a'.repeat(200), 'fr')).toHaveLength(SLUG_MAX_LENGTH);
  });

  it('steers clear of reserved route names', () => {
    expect(slugify('News', 'en')).toBe('news-2');
    expect(slugify('Sign in', 'en')).toBe('sign-in-2');
    for (const word of RESERVED_SLUGS) expect(RESERVED_SLUGS.has(slugify(word, 'en'))).toBe(false);
  });

  it('reserves every route segment a page or a release slug could collide with', () => {
    // The folders of the app directory, route groups "(…)" looked through, private "_…" and
    // dynamic "[…]" ones left out: what a slug would meet after /fr/ and after /fr/news/.
    const segments = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        if (!entry.isDirectory() || /^[_[]/.test(entry.name)) return [];
        if (/^\(.*\)$/.test(entry.name)) return segments(path.join(dir, entry.name));
        return [entry.name];
      });
    const app = path.resolve(import.meta.dirname, '../app/[locale]');
    const routes = [...segments(app), ...segments(path.join(app, '(site)/news'))].filter((s) => !s.includes('.'));
    expect(routes).toEqual(expect.arrayContaining(['news', 'offices', 'dashboard', 'set-password', 'preview', 'page', 'topic']));
    expect(routes.filter((s) => !RESERVED_SLUGS.has(s))).toEqual([]);
  });

  it('returns an empty string when nothing can be transliterated', () => {
    expect(slugify('🙂 ✨', 'fr')).toBe('');
    expect(slugify('', 'fr')).toBe('');
  });
});

describe('uniqueSlug', () => {
  it('adds the first free number', () => {
    const taken = new Set(['structure', 'structure-2']);
    expect(uniqueSlug('structure', (s) => taken.has(s))).toBe('structure-3');
    expect(uniqueSlug('partenariats', (s) => taken.has(s))).toBe('partenariats');
  });

  it('treats reserved words as taken and stays within the limit', () => {
    expect(uniqueSlug('feed', () => false)).toBe('feed-2');
    const long = 'a'.repeat(SLUG_MAX_LENGTH);
    expect(uniqueSlug(long, (s) => s === long)).toBe(`${'a'.repeat(SLUG_MAX_LENGTH - 2)}-2`);
  });
});

describe('isTitleSlug', () => {
  const title = 'Article robustesse session';
  it('knows the title’s own slug and the numbered ones uniqueSlug makes of it', () => {
    expect(isTitleSlug('article-robustesse-session', title, 'fr')).toBe(true);
    expect(isTitleSlug('article-robustesse-session-2', title, 'fr')).toBe(true);
    expect(isTitleSlug('article-robustesse-session-12', title, 'fr')).toBe(true);
    const long = 'Un titre très long '.repeat(8);
    const taken = new Set([slugify(long, 'fr')]);
    expect(isTitleSlug(uniqueSlug(slugify(long, 'fr'), (s) => taken.has(s)), long, 'fr')).toBe(true);
  });

  it('does not take a slug typed by hand, or numbered otherwise, for the title’s', () => {
    expect(isTitleSlug('robustesse', title, 'fr')).toBe(false);
    expect(isTitleSlug('article-robustesse-session-1', title, 'fr')).toBe(false);
    expect(isTitleSlug('article-robustesse-session-02', title, 'fr')).toBe(false);
    expect(isTitleSlug('article-robustesse-session-2', 'Autre titre', 'fr')).toBe(false);
  });
});
