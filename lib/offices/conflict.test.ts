import { describe, expect, it } from 'vitest';
import { mergeOfficeConflict } from './conflict';

/** The form as the page opens it (lib/offices/form-values.ts shapes). */
const base = {
  countryCode: 'UY',
  email: 'montevideo@example.org',
  'phones.0.label': 'switchboard',
  'phones.0.number': '+598 2916 8043',
  'phones.0.confirm': '+59829168043',
  'texts.fr.name': 'Bureau de Montevideo',
  'texts.fr.city': 'Montevideo',
  'texts.fr.address': 'Calle 1',
  'texts.ar.name': 'مكتب مونتيفيديو',
  'texts.ar.city': 'مونتيفيديو',
  'texts.ar.address': '',
};

describe('an office edit merged with a colleague’s save', () => {
  it('takes what only they changed, keeps what only I changed, and lists what we both changed differently', () => {
    const theirs = { ...base, 'phones.0.number': '+598 2916 8099', 'phones.0.confirm': '+59829168099', 'texts.fr.city': 'Ciudad Vieja', 'texts.ar.address': 'شارع ١' };
    const mine = { ...base, 'texts.fr.address': 'Plaza Independencia 831', 'texts.fr.city': 'Montevideo Centro', 'texts.ar.address': 'شارع ١ ', locale: 'fr' };
    const { values, changes } = mergeOfficeConflict(base, mine, theirs);
    expect(changes).toEqual([
      { field: 'phones', kind: 'taken' },
      { field: 'texts.fr.city', kind: 'both' },
    ]);
    expect(values).toMatchObject({
      'phones.0.number': '+598 2916 8099',
      'phones.0.confirm': '+59829168099',
      'texts.fr.address': 'Plaza Independencia 831',
      'texts.fr.city': 'Montevideo Centro',
      email: 'montevideo@example.org',
    });
  });

  it('replaces my phone rows with theirs as a whole, and sees a number typed with other spacing as unchanged', () => {
    const theirs = { ...base, 'phones.1.label': 'press', 'phones.1.number': '+598 2916 8058', 'phones.1.confirm': '+59829168058' };
    const mine = { ...base, 'phones.0.number': '+59829168043', 'phones.0.confirm': '' };
    const { values, changes } = mergeOfficeConflict(base, mine, theirs);
    expect(changes).toEqual([{ field: 'phones', kind: 'taken' }]);
    expect(Object.entries(values).filter(([k]) => k.startsWith('phones.'))).toEqual(Object.entries(theirs).filter(([k]) => k.startsWith('phones.')));
  });

  it('sees no conflict where we both made the same change, nor where they changed nothing', () => {
    const theirs = { ...base, email: 'uy@example.org' };
    expect(mergeOfficeConflict(base, { ...base, email: ' UY@example.org' }, theirs).changes).toEqual([]);
    expect(mergeOfficeConflict(base, { ...base, countryCode: 'AR' }, base)).toEqual({ values: { ...base, countryCode: 'AR' }, changes: [] });
  });
});
