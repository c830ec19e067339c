import { describe, expect, it } from 'vitest';
import { FONT_SUBSETS } from './font-subsets';
import { typeset } from './typography';

const NB = '\u00a0';

describe('typeset', () => {
  it('glues « : ; ! ? » to the word before, and « to the word after, in French', () => {
    expect(typeset('Exemple de déclaration : un texte publié en français seulement', 'fr')).toBe(
      `Exemple de déclaration${NB}: un texte publié en français seulement`,
    );
    expect(typeset('Vraiment ? Oui ! Enfin ; bon', 'fr')).toBe(`Vraiment${NB}? Oui${NB}! Enfin${NB}; bon`);
    expect(typeset('Il a dit « bonjour » hier', 'fr')).toBe(`Il a dit «${NB}bonjour${NB}» hier`);
  });

  it('turns a run of spaces into one no-break space', () => {
    expect(typeset('Titre   : suite', 'fr')).toBe(`Titre${NB}: suite`);
    expect(typeset('«  citation  »', 'fr')).toBe(`«${NB}citation${NB}»`);
  });

  it('glues a leading space (a run of text after a bold word) to the mark', () => {
    expect(typeset(' : la suite', 'fr')).toBe(`${NB}: la suite`);
  });

  it('leaves other languages untouched', () => {
    for (const locale of ['en', 'es', 'ar']) {
      expect(typeset('Sample statement : a title « quoted » ?', locale)).toBe('Sample statement : a title « quoted » ?');
    }
  });

  it('does not convert twice, nor a space already no-break or narrow', () => {
    const once = typeset('Quoi ? « Oui » : non !', 'fr');
    expect(typeset(once, 'fr')).toBe(once);
    expect(typeset(`Déjà${NB}: fait`, 'fr')).toBe(`Déjà${NB}: fait`);
    expect(typeset('Fine\u202f: fait', 'fr')).toBe('Fine\u202f: fait');
  });

  it('leaves a colon with no space before it, addresses and times alone', () => {
    expect(typeset('Voir http://x et https://exemple.org/a?b=c', 'fr')).toBe('Voir http://x et https://exemple.org/a?b=c');
    expect(typeset('Note: rien', 'fr')).toBe('Note: rien');
    expect(typeset('à 10:30', 'fr')).toBe('à 10:30');
  });

  it('passes empty and missing text through', () => {
    expect(typeset('', 'fr')).toBe('');
    expect(typeset(null, 'fr')).toBe(null);
  });

  it('draws a space the self-hosted Latin font has (lib/font-subsets.ts)', () => {
    const space = typeset('Oui :', 'fr').at(3)!;
    expect(space).toBe(NB);
    expect(FONT_SUBSETS.latin.text).toContain(space);
  });
});
