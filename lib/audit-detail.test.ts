import { describe, expect, it } from 'vitest';
import { changesIn, fieldChanges, namesOf, pickName, textChanges } from './audit-detail';

describe('audit detail', () => {
  it('records each changed field with both values, an emptied or new one as null', () => {
    expect(fieldChanges({ position: 3, headName: '', parentId: 'a' }, { position: 3, headName: 'Ada', parentId: null }, ['position', 'headName', 'parentId'])).toEqual({
      headName: { before: null, after: 'Ada' },
      parentId: { before: 'a', after: null },
    });
  });

  it('records translated fields language by language', () => {
    const before = { fr: { name: 'Division des essais QA', slug: 'x' } };
    const after = { fr: { name: 'Division des tests QA', slug: 'x' }, es: { name: 'División de pruebas QA', slug: 'y' } };
    expect(textChanges(before, after, ['name'])).toEqual({
      'name.fr': { before: 'Division des essais QA', after: 'Division des tests QA' },
      'name.es': { before: null, after: 'División de pruebas QA' },
    });
  });

  it('names an item in the reader’s language, French standing in, then the first it has', () => {
    const names = namesOf({ fr: { name: 'Climat' }, es: { name: ' ' }, ar: { name: 'المناخ' } });
    expect(names).toEqual({ fr: 'Climat', ar: 'المناخ' });
    expect(pickName(names, 'ar')).toEqual({ name: 'المناخ', locale: 'ar' });
    expect(pickName(names, 'es')).toEqual({ name: 'Climat', locale: 'fr' });
    expect(pickName({ en: 'Climate' }, 'es')).toEqual({ name: 'Climate', locale: 'en' });
    expect(pickName({}, 'fr')).toBeNull();
  });

  it('reads only changes in that format from an entry', () => {
    expect(changesIn({ changed: { role: { before: 'writer', after: 'editor' }, odd: 'x' } })).toEqual([['role', { before: 'writer', after: 'editor' }]]);
    expect(changesIn({ before: 'writer', after: 'editor' })).toEqual([]);
    expect(changesIn(null)).toEqual([]);
  });
});
