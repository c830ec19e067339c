import { describe, expect, it } from 'vitest';
import { foldName, nameMatches } from './match-name';

describe('nameMatches', () => {
  it('ignores case, accents and punctuation, and matches the start of any word', () => {
    expect(nameMatches('Côte d’Ivoire', 'cote')).toBe(true);
    expect(nameMatches('Côte d’Ivoire', 'IVOIRE')).toBe(true);
    expect(nameMatches('Côte d’Ivoire', 'd ivoire')).toBe(true);
    expect(nameMatches('Guinée-Bissau', 'bissau')).toBe(true);
    expect(nameMatches('Perú', 'peru')).toBe(true);
    // Inside a word is not a match: "ru" does not find Peru.
    expect(nameMatches('Pérou', 'rou')).toBe(false);
    expect(nameMatches('Uruguay', '')).toBe(false);
    expect(nameMatches('Uruguay', '   ')).toBe(false);
  });

  it('finds Arabic names with or without their diacritics', () => {
    expect(nameMatches('الأوروغواي', 'الأورو')).toBe(true);
    expect(nameMatches('مِصر', 'مصر')).toBe(true);
    expect(foldName('كوت ديفوار')).toBe('كوت ديفوار');
  });

  it('finds Arabic names typed with a bare alef, without tatweel or alef wasla, as the list searches do', () => {
    expect(nameMatches('الأوروغواي', 'الاوروغواي')).toBe(true);
    expect(nameMatches('إسبانيا', 'اسبانيا')).toBe(true);
    expect(nameMatches('الإمـارات', 'الامارات')).toBe(true); // tatweel in the name
    expect(nameMatches('الإمارات', 'الامــارات')).toBe(true); // tatweel in what was typed
    expect(nameMatches('ٱلمغرب', 'المغرب')).toBe(true);
  });
});
