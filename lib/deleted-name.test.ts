import { describe, expect, it } from 'vitest';
import { DELETED_NAME_MAX, deletedName, deletedNameIn, deletedNotice, deletedQuery } from './deleted-name';

describe('deletedQuery / deletedName', () => {
  it('carries a name through the address and back', () => {
    const query = new URLSearchParams(deletedQuery('Migration & climat « 2026 » ?'));
    expect(deletedName(query.get('deleted') ?? undefined)).toBe('Migration & climat « 2026 » ?');
    expect(deletedName(new URLSearchParams(deletedQuery('الهجرة')).get('deleted') ?? undefined)).toBe('الهجرة');
  });

  it('says nothing was deleted without the parameter, and names nothing when the name is missing or unusable', () => {
    expect(deletedName(undefined)).toBeUndefined();
    expect(deletedName('1')).toBeNull();
    expect(deletedName('')).toBeNull();
    expect(deletedName(['a', 'b'])).toBeNull();
    expect(deletedName('\u202e\u0000 \u2066')).toBeNull();
  });

  it('drops control and bidirectional formatting characters, and caps the length', () => {
    expect(deletedName('Mig\u202eration\u0007\n  x')).toBe('Migration x');
    const long = deletedName('é'.repeat(5000))!;
    expect(Array.from(long)).toHaveLength(DELETED_NAME_MAX);
    expect(long.endsWith('…')).toBe(true);
    expect(Array.from(new URLSearchParams(deletedQuery('x'.repeat(5000))).get('deleted')!)).toHaveLength(DELETED_NAME_MAX);
  });

  it('isolates a name written in the other direction than the interface', () => {
    expect(deletedNameIn('Migration', 'fr')).toBe('Migration');
    expect(deletedNameIn('الهجرة', 'ar')).toBe('الهجرة');
    expect(deletedNameIn('الهجرة', 'fr')).toBe('\u2067الهجرة\u2069');
    expect(deletedNameIn('2026 Migration', 'ar')).toBe('\u20662026 Migration\u2069');
  });
});

describe('deletedNotice', () => {
  const sentences = { named: (name: string) => `Le thème « ${name} » est supprimé.`, unnamed: 'Le thème est supprimé.' };
  it('says nothing when nothing was deleted, names what the address names, and falls back to the unnamed sentence', () => {
    expect(deletedNotice(undefined, 'fr', sentences)).toBeNull();
    expect(deletedNotice('Migration', 'fr', sentences)).toBe('Le thème « Migration » est supprimé.');
    expect(deletedNotice('1', 'fr', sentences)).toBe('Le thème est supprimé.');
    expect(deletedNotice(['a', 'b'], 'fr', sentences)).toBe('Le thème est supprimé.');
    // A name written the other way round is isolated in the sentence.
    expect(deletedNotice('الهجرة', 'fr', sentences)).toBe(`Le thème « ${deletedNameIn('الهجرة', 'fr')} » est supprimé.`);
    expect(deletedNameIn('الهجرة', 'fr')).not.toBe('الهجرة');
  });
});
