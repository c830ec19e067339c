import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatNumber, formatYear, initialSound, siteDay, timeZoneName } from './format';

describe('format', () => {
  it('names the day in the organization’s time zone, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Geneva (UTC+1 in winter).
    expect(siteDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(siteDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(siteDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('tells a name French elides before (a vowel or a silent h, accents aside) from one it does not', () => {
    expect(['Edgar Éditeur', 'Élise', ' Ida', 'Hélène', 'Yves', 'Ursula', 'Ôscar'].map(initialSound)).toEqual(Array(7).fill('vowel'));
    expect(['Marie', 'Bruno', 'Wanda', '', '  ', '42 Admin'].map(initialSound)).toEqual(Array(6).fill('other'));
  });

  it('names a time zone in the reader’s language, not by its IANA id, with Western digits', () => {
    expect(timeZoneName('fr', 'Europe/Zurich')).toBe('heure d’Europe centrale');
    expect(timeZoneName('en', 'Europe/Zurich')).toBe('Central European Time');
    expect(timeZoneName('es', 'Europe/Zurich')).toBe('hora de Europa central');
    expect(timeZoneName('ar', 'Europe/Zurich')).toBe('توقيت وسط أوروبا');
    expect(timeZoneName('fr', 'America/Montevideo')).toMatch(/Uruguay/);
    // A zone with no name of its own reads as its offset, in Western digits in Arabic too.
    expect(timeZoneName('ar', 'UTC')).toMatch(/^\S+\+00:00$/);
  });

  it('writes the seed release date in each language', () => {
    const iso = '2006-10-31T09:00:00Z';
    expect(formatDate('fr', iso)).toBe('31 octobre 2006');
    expect(formatDate('en', iso)).toBe('31 October 2006');
    expect(formatDate('es', iso)).toBe('31 de octubre de 2006');
  });

  it('writes the first of the month as French does, "1er", and only there', () => {
    expect(formatDate('fr', '2024-02-01T09:00:00Z')).toBe('1er février 2024');
    expect(formatDate('fr', '2024-02-01T09:00:00Z', { month: 'short' })).toBe('1er févr. 2024');
    expect(formatDate('fr', '2024-02-11T09:00:00Z')).toBe('11 février 2024');
    expect(formatDate('fr', '2024-02-01T09:00:00Z', { month: '2-digit', day: '2-digit' })).toBe('01/02/2024');
    expect(formatDate('en', '2024-02-01T09:00:00Z')).toBe('1 February 2024');
  });

  it('writes a span of time once where both ends share it, and a single time when they read the same', () => {
    const minute = { month: 'short', hour: '2-digit', minute: '2-digit' } as const;
    // Zurich is UTC+1 in December.
    expect(formatDateRange('fr', '2026-12-01T10:38:05Z', '2026-12-01T10:38:50Z', minute)).toBe('1er déc. 2026, 11:38');
    expect(formatDateRange('fr', '2026-12-01T10:38:05Z', '2026-12-01T10:40:00Z', minute)).toMatch(/^1er déc\. 2026, 11:38\s*–\s*11:40$/);
    expect(formatDateRange('en', '2026-11-30T23:58:00Z', '2026-12-01T00:02:00Z', minute)).toMatch(/^1 Dec 2026, 00:58\s*–\s*01:02$/);
    expect(formatDateRange('ar', '2026-12-01T10:38:05Z', '2026-12-01T10:38:50Z', minute)).toMatch(/11:38/);
    expect(formatDateRange('ar', '2026-12-01T10:38:05Z', '2026-12-01T10:38:50Z', minute)).toMatch(/2026/);
  });

  it('uses Western digits in Arabic, everywhere', () => {
    expect(formatDate('ar', '2006-10-31T09:00:00Z')).toMatch(/31/);
    expect(formatDate('ar', '2006-10-31T09:00:00Z')).toMatch(/2006/);
    expect(formatNumber('ar', 175)).toBe('175');
    expect(formatYear('ar', 1951)).toBe('1951');
    expect(formatYear('fr', 1951)).toBe('1951');
  });
});
