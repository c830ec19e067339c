import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { auditFilterMessages, auditQuery, readAuditFilter } from './filter';

const read = (query: string) => readAuditFilter(new URLSearchParams(query));

describe('readAuditFilter (the page and its CSV export)', () => {
  it('keeps real days, an inclusive range, and the other filters', () => {
    const { filter, errors, values } = read('from=2026-01-01&to=2026-01-01&action=user.update&outcome=ok');
    expect(errors).toEqual({});
    expect(filter).toEqual({ ...values, from: '2026-01-01', to: '2026-01-01' });
    expect(auditQuery(filter!)).toBe('?action=user.update&outcome=ok&from=2026-01-01&to=2026-01-01');
  });

  it('reads a search params object (the page) the same as URLSearchParams (the export)', () => {
    expect(readAuditFilter({ from: '2026-02-31', to: ['2026-01-01'] })).toEqual({
      values: { from: '2026-02-31' },
      filter: null,
      errors: { from: 'notADay' },
    });
  });

  it('refuses the whole filter for an impossible or out-of-range date, keeping what was typed', () => {
    for (const [query, errors] of [
      ['from=2026-02-31', { from: 'notADay' }],
      ['to=2026-13-01', { to: 'notADay' }],
      ['from=0000-01-01', { from: 'notADay' }],
      ['from=hier&to=0202-01-01', { from: 'notADay', to: 'outOfRange' }],
    ] as const) {
      const read_ = read(`${query}&actor=none`);
      expect(read_.filter, query).toBeNull();
      expect(read_.errors, query).toEqual(errors);
      expect(read_.values, query).toMatchObject({ actor: 'none', ...Object.fromEntries(new URLSearchParams(query)) });
    }
  });

  it('refuses "to" before "from" at the "to" field', () => {
    const { filter, errors, values } = read('from=2026-12-01&to=2026-01-01');
    expect(filter).toBeNull();
    expect(errors).toEqual({ to: 'toBeforeFrom' });
    expect(values).toMatchObject({ from: '2026-12-01', to: '2026-01-01' });
  });

  it('leaves an empty date out, as before', () => {
    expect(read('from=&to=%20').filter).toEqual({});
  });
});

describe('auditFilterMessages', () => {
  const say = (messages: typeof fr, locale: 'fr' | 'en' | 'ar', query: string) =>
    auditFilterMessages(read(query).errors, locale, createTranslator({ locale, messages, namespace: 'AuditLog' }));

  it('says why, in the language of the page', () => {
    expect(say(fr, 'fr', 'from=2026-02-31&to=1999-01-01')).toEqual({
      from: 'Cette date n’existe pas : saisissez un jour du calendrier, au format AAAA-MM-JJ.',
      to: 'Choisissez une date entre les années 2000 et 9999.',
    });
    expect(say(fr, 'fr', 'from=2026-12-01&to=2026-01-01')).toEqual({ to: 'Cette date précède celle du champ « Du » : choisissez le même jour ou un jour suivant.' });
    expect(say(en, 'en', 'from=2026-12-01&to=2026-01-01').to).toBe('This date is before the “From” date: choose the same day or a later one.');
    // Years in Western digits and without a group separator, in Arabic too.
    expect(say(ar, 'ar', 'from=1999-01-01').from).toContain('2000');
    expect(say(ar, 'ar', 'from=1999-01-01').from).toContain('9999');
  });
});
