import { createTranslator } from 'next-intl';
import { typeset } from '@/lib/typography';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import fr from '@/messages/fr.json';
import { ENTITY_ID_PREFIX_MIN } from '@/db/queries/audit-log';
import { actionKey, articleHref, auditFilterMessages, auditQuery, entryActionKey, readAuditFilter, unnamedActor } from './filter';

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

  it('takes the start of an item id as the list shows it, or the whole id', () => {
    for (const id of ['0b54f0a1', '0b54', '0b54f0a1-6c1e-4a5e-9d8f-0123456789ab', '%_\\x']) {
      const { filter, errors } = read(`entityId=${encodeURIComponent(` ${id} `)}`);
      expect(errors, id).toEqual({});
      expect(filter, id).toEqual({ entityId: id });
    }
  });

  it(`refuses an item id shorter than ${ENTITY_ID_PREFIX_MIN} characters at its field, keeping what was typed`, () => {
    const { filter, errors, values } = read('entityId=0b5&outcome=ok');
    expect(filter).toBeNull();
    expect(errors).toEqual({ entityId: 'idTooShort' });
    expect(values).toMatchObject({ entityId: '0b5', outcome: 'ok' });
    // An empty field is no filter, not a refused one.
    expect(read('entityId=%20').filter).toEqual({});
  });
});

describe('auditFilterMessages', () => {
  const say = (messages: typeof fr, locale: 'fr' | 'en' | 'es' | 'ar', query: string) =>
    auditFilterMessages(read(query).errors, locale, createTranslator({ locale, messages, namespace: 'AuditLog' }));

  it('says why, in the language of the page', () => {
    expect(say(fr, 'fr', 'from=2026-02-31&to=1999-01-01')).toEqual({
      from: typeset('Cette date n’existe pas : saisissez un jour du calendrier, au format AAAA-MM-JJ.', 'fr'),
      to: 'Choisissez une date entre les années 2000 et 9999.',
    });
    expect(say(fr, 'fr', 'from=2026-12-01&to=2026-01-01')).toEqual({ to: typeset('Cette date précède celle du champ « Du » : choisissez le même jour ou un jour suivant.', 'fr') });
    expect(say(en, 'en', 'from=2026-12-01&to=2026-01-01').to).toBe('This date is before the “From” date: choose the same day or a later one.');
    // Years in Western digits and without a group separator, in Arabic too.
    expect(say(ar, 'ar', 'from=1999-01-01').from).toContain('2000');
    expect(say(ar, 'ar', 'from=1999-01-01').from).toContain('9999');
  });

  it('says how much of an item id to type, in every language', () => {
    expect(say(fr, 'fr', 'entityId=0b5')).toEqual({ entityId: typeset('Saisissez au moins 4 caractères : le début de l’identifiant suffit, tel que la liste l’affiche.', 'fr') });
    expect(say(en, 'en', 'entityId=0b5').entityId).toBe('Enter at least 4 characters: the start of the identifier is enough, as the list shows it.');
    expect(say(es, 'es', 'entityId=0b5').entityId).toContain('al menos 4 caracteres');
    expect(say(ar, 'ar', 'entityId=0b5').entityId).toContain('أدخل');
  });
});

describe('unnamedActor (the list and the export)', () => {
  const entry = (o: Partial<Parameters<typeof unnamedActor>[0]> = {}) => ({ actorId: null, actorEmail: null, ip: null, detail: null, ...o });

  it('calls a refusal without a session anonymous, older ones (no address kept) included, and an entry from no request the system', () => {
    expect(unnamedActor(entry({ ip: '198.51.100.23', detail: { permission: 'article.edit', role: 'anonymous', session: 'none' } }))).toBe('anonymous');
    expect(unnamedActor(entry({ detail: { permission: 'office.manage', role: 'anonymous' } }))).toBe('anonymous');
    expect(unnamedActor(entry())).toBe('system');
    expect(unnamedActor(entry({ detail: { via: 'cli', role: 'writer' } }))).toBe('system');
  });

  it('names no one instead of a person or an e-mail typed at a failed sign-in', () => {
    expect(unnamedActor(entry({ actorId: '5d1c3e9a-2b7f-4c1d-8e6a-9f0b1c2d3e4f', actorEmail: 'a@example.org' }))).toBeNull();
    expect(unnamedActor(entry({ actorEmail: 'unknown@example.org', ip: '198.51.100.23' }))).toBeNull();
  });

  it('has its words in every language', () => {
    for (const messages of [fr, en, es, ar]) expect(messages.AuditLog.anonymous).not.toBe(messages.AuditLog.system);
    expect(fr.AuditLog.anonymous).toBe('Anonyme (sans session)');
  });
});

describe('entryActionKey', () => {
  const catalogs = { fr, en, es, ar };
  it('words a publication that scheduled the release as a schedule, in every language', () => {
    const scheduled = { action: 'article.publish', detail: { from: 'in_review', to: 'scheduled', publishAt: '2026-12-01T08:00:00.000Z' } };
    const now = { action: 'article.publish', detail: { from: 'in_review', to: 'published' } };
    expect(entryActionKey(scheduled)).toBe('article_schedule');
    expect(entryActionKey(now)).toBe('article_publish');
    expect(entryActionKey({ action: 'office.update', detail: null })).toBe(actionKey('office.update'));
    const said = Object.fromEntries(
      Object.entries(catalogs).map(([locale, messages]) => [locale, createTranslator({ locale, messages, namespace: 'AuditLog' })(`actions.${entryActionKey(scheduled)}` as 'actions.article_schedule')]),
    );
    expect(said).toEqual({ fr: 'Programmation d’un article', en: 'Article scheduled', es: 'Programación de un artículo', ar: 'جدولة نشر مقال' });
  });
});

describe('articleHref', () => {
  const articleId = '329ad0b4-38aa-4113-b869-6811cae50c04';
  it('opens the editor of the translation in the language of the page, only while it exists', () => {
    expect(articleHref('ar', { articleId, locale: 'fr', title: 'Sommet', exists: true })).toBe(`/ar/dashboard/articles/${articleId}/fr`);
    expect(articleHref('fr', { articleId, locale: 'es', title: 'Cumbre', exists: false })).toBeNull();
    expect(articleHref('fr', null)).toBeNull();
  });
});
