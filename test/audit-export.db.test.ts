/**
 * The CSV export of the audit log, called as a route handler (test/action-harness.ts chooses
 * who asks): the item id filter works by the start of the id as on the page, and a database
 * that fails on the first read gives an error status, not a 200 with a header row cut short and
 * an export logged as done. The reader is the real one, wrapped so a test can make it fail or
 * read in small batches.
 */
import { and, count, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('server-only', () => ({}));
vi.mock('@/db/queries/audit-log', async (original) => {
  const actual = await original<typeof import('@/db/queries/audit-log')>();
  return { ...actual, eachAuditEntry: vi.fn(actual.eachAuditEntry) };
});

import { GET } from '@/app/[locale]/(dashboard)/dashboard/audit/export/route';
import { db } from '@/db';
import { eachAuditEntry } from '@/db/queries/audit-log';
import { randomUUID } from 'node:crypto';
import { articles, articleTranslations, auditLog, topics, topicTranslations } from '@/db/schema';
import { formatDate } from '@/lib/format';
import { acting } from './action-harness';
import { insertCountries, insertOffice, insertUser } from './admin-fixtures';
import { typeset } from '@/lib/typography';

const ACTION = 'test.export';
const ID = '5d1c3e9a-2b7f-4c1d-8e6a-9f0b1c2d3e4f';
const reader = vi.mocked(eachAuditEntry);
const actual = reader.getMockImplementation()!;

const exportCsv = (query: string, locale = 'fr') =>
  GET(new Request(`http://localhost/${locale}/dashboard/audit/export?${query}`), { params: Promise.resolve({ locale }) });

const exports = async (outcome: 'ok' | 'denied' | 'failed') =>
  (await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, 'audit.export'), eq(auditLog.outcome, outcome))))[0]!.n;

beforeAll(async () => {
  acting.user = await insertUser('admin');
  await db.insert(auditLog).values([
    { action: ACTION, entityType: 'office', entityId: ID },
    ...Array.from({ length: 4 }, (_, i) => ({ action: ACTION, entityType: 'office', entityId: `other-${i}` })),
  ]);
});

afterEach(() => {
  reader.mockImplementation(actual);
});

describe('CSV export of the audit log', () => {
  it('finds an item by the first 8 characters of its id, as the list shows them', async () => {
    const response = await exportCsv(`action=${ACTION}&entityId=${ID.slice(0, 8)}`);
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,${ID},`);
  });

  it('names the release an entry is about by its title, in a column of its own, as the list does', async () => {
    const [article] = await db.insert(articles).values({}).returning({ id: articles.id });
    const [translation] = await db
      .insert(articleTranslations)
      .values({ articleId: article!.id, locale: 'fr', title: 'Sommet, à Montevideo', slug: `sommet-${article!.id.slice(0, 8)}`, body: { type: 'doc', content: [] } })
      .returning({ id: articleTranslations.id });
    await db.insert(auditLog).values({ action: 'test.export_title', entityType: 'article_translation', entityId: translation!.id, locale: 'fr', detail: { articleId: article!.id } });
    const response = await exportCsv(`entityId=${article!.id.slice(0, 8)}`);
    const [header, row, ...rest] = (await response.text()).trim().split('\r\n');
    expect(rest).toEqual([]);
    expect(header!.split(',').slice(5, 9)).toEqual(['Type d’élément', 'Identifiant de l’élément', 'Titre', 'Langue']);
    expect(row).toContain(`,article_translation,${translation!.id},"Sommet, à Montevideo",fr,ok,`);
  });

  it('writes semicolons when asked, for a spreadsheet in French or Spanish, a comma inside a field left unquoted', async () => {
    const [article] = await db.insert(articles).values({}).returning({ id: articles.id });
    const [translation] = await db
      .insert(articleTranslations)
      .values({ articleId: article!.id, locale: 'fr', title: 'Sommet, à Montevideo; 2006', slug: `sommet-sc-${article!.id.slice(0, 8)}`, body: { type: 'doc', content: [] } })
      .returning({ id: articleTranslations.id });
    await db.insert(auditLog).values({ action: 'test.export_semicolon', entityType: 'article_translation', entityId: translation!.id, locale: 'fr', detail: { articleId: article!.id } });
    const response = await exportCsv(`entityId=${article!.id.slice(0, 8)}&sep=semicolon`);
    // The byte order mark stays first (a spreadsheet then reads UTF-8); text() would drop it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = text.trim().split('\r\n');
    expect(header!.split(';').slice(5, 9)).toEqual(['Type d’élément', 'Identifiant de l’élément', 'Titre', 'Langue']);
    expect(row).toContain(`;article_translation;${translation!.id};"Sommet, à Montevideo; 2006";fr;ok;`);
  });

  it('refuses too short an id with a 400 saying so at that field, and logs no export', async () => {
    const before = await exports('ok');
    const response = await exportCsv(`entityId=${ID.slice(0, 3)}`, 'en');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-disposition')).toBeNull();
    const text = await response.text();
    expect(text.startsWith('Cannot export: a field of the filter is not valid.')).toBe(true);
    expect(text).toContain('Item identifier: Enter at least 4 characters');
    expect(await exports('ok')).toBe(before);
  });

  it('answers a 500 with no CSV and logs no export when the first read of the log fails', async () => {
    reader.mockImplementation(async function* () {
      throw new Error('connection terminated unexpectedly');
    });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = await exports('ok');
    const response = await exportCsv(`action=${ACTION}`);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(await response.text()).toBe(typeset('L’export a échoué : le journal d’audit n’a pas pu être lu. Réessayez dans un instant.\n', 'fr'));
    expect(await exports('ok')).toBe(before);
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  it('still streams every batch after the first, each row once, newest first, logged once', async () => {
    reader.mockImplementation((filter) => actual(filter, 2));
    const before = await exports('ok');
    const response = await exportCsv(`action=${ACTION}`);
    expect(response.status).toBe(200);
    expect(await exports('ok')).toBe(before + 1);
    const rows = (await response.text()).trim().split('\r\n').slice(1);
    expect(rows.map((r) => r.split(',')[6])).toEqual(['other-3', 'other-2', 'other-1', 'other-0', ID]);
  });

  it('says a save’s change of the shared settings in words in a last column, as the page and the release’s history do; the recorded ids stay in the detail', async () => {
    await insertCountries();
    const office = await insertOffice({ name: 'Bureau de Genève' });
    const [health] = await db.insert(topics).values({ key: `sante-${Date.now()}` }).returning({ id: topics.id });
    await db.insert(topicTranslations).values({ topicId: health!.id, locale: 'fr', name: 'Santé', slug: `sante-${health!.id.slice(0, 8)}` });
    // A topic deleted since: its deletion's entry kept its names. An image deleted since: nothing kept.
    const gone = randomUUID();
    const image = randomUUID();
    await db.insert(auditLog).values({ action: 'topic.delete', entityType: 'topic', entityId: gone, detail: { key: 'migrations', names: { fr: 'Migrations', en: 'Migration' } } });
    const shared = {
      type: { before: 'press_release', after: 'news' },
      contactOfficeId: { before: null, after: office },
      topicIds: { before: [gone], after: [health!.id] },
      heroMediaId: { before: image, after: null },
    };
    const entity = randomUUID();
    await db.insert(auditLog).values({
      action: 'article.save',
      entityType: 'article_translation',
      entityId: entity,
      locale: 'fr',
      detail: { articleId: randomUUID(), sharedChanged: Object.keys(shared), shared, changed: { 'heroAlt.fr': { before: null, after: 'Une tente' } } },
    });
    const response = await exportCsv(`entityId=${entity}`);
    const [header, ...row] = (await response.text()).trim().split('\r\n');
    expect(header!.split(',').at(-1)).toBe('Modifications en clair');
    const [lastCell] = row.join('\r\n').match(/"[^"]*"$/)!;
    expect(lastCell.slice(1, -1).split('\n')).toEqual([
      typeset('Texte de remplacement de l’image principale (français) : (vide) → Une tente', 'fr'),
      typeset('Type : Actualité (auparavant : Communiqué de presse)', 'fr'),
      typeset('Bureau à contacter : Bureau de Genève (auparavant : Aucun)', 'fr'),
      typeset('Thèmes — ajout : Santé', 'fr'),
      typeset('Thèmes — retrait : Migrations (supprimé depuis)', 'fr'),
      typeset('Image principale : Aucune image (auparavant : (supprimée depuis))', 'fr'),
    ]);
    // The detail keeps what was recorded: ids.
    expect(row.join('')).toContain(health!.id);

    // In English, by the names in English where they have one.
    const english = await (await exportCsv(`entityId=${entity}`, 'en')).text();
    expect(english).toContain('Topics — removed: Migration (deleted since)');
  });

  it('says a workflow step\'s states and publication time in words, at the site\'s time, a schedule moved with the time it had', async () => {
    const entity = randomUUID();
    const [at, was] = ['2026-12-03T08:00:00.000Z', '2026-12-01T15:30:00.000Z'];
    await db.insert(auditLog).values({
      action: 'article.schedule',
      entityType: 'article_translation',
      entityId: entity,
      locale: 'fr',
      detail: { articleId: randomUUID(), from: 'scheduled', to: 'scheduled', publishAt: at, previousPublishAt: was },
    });
    const [, ...row] = (await (await exportCsv(`entityId=${entity}`)).text()).trim().split('\r\n');
    const [lastCell] = row.join('\r\n').match(/"[^"]*"$/)!;
    const time = (iso: string) => formatDate('fr', iso, { month: 'short', hour: '2-digit', minute: '2-digit' });
    expect(lastCell.slice(1, -1).split('\n')).toEqual([typeset('État : Programmé → Programmé', 'fr'), typeset(`Mise en ligne : ${time(was)} → ${time(at)}`, 'fr')]);
    expect(time(at)).toMatch(/^3 déc\. 2026/);
    // The detail keeps what was recorded: the instant, in UTC.
    expect(row.join('')).toContain(at);
  });

  it('says why a sign-in failed or was refused in words, in the language of the export, a reason it does not know left as recorded', async () => {
    const ip = '192.0.2.77';
    await db.insert(auditLog).values([
      { action: 'auth.sign_in', actorEmail: 'nobody@example.org', outcome: 'failed', ip, detail: { reason: 'unknown_email' } },
      { action: 'auth.sign_in', actorEmail: 'nobody@example.org', outcome: 'denied', ip, detail: { reason: 'throttled' } },
      { action: 'auth.sign_in', actorEmail: 'nobody@example.org', outcome: 'failed', ip, detail: { reason: 'something_new' } },
    ]);
    const lastCells = async (locale: string) =>
      (await (await exportCsv('action=auth.sign_in&actor=none', locale)).text())
        .trim()
        .split('\r\n')
        .slice(1)
        .filter((line) => line.includes(ip))
        .map((line) => line.split(',').at(-1));
    expect(await lastCells('fr')).toEqual(['', typeset('Raison : Trop de tentatives : connexion bloquée', 'fr'), typeset('Raison : Adresse e-mail inconnue', 'fr')]);
    expect(await lastCells('ar')).toEqual(['', 'السبب: محاولات كثيرة جدًا: الدخول محظور', 'السبب: عنوان بريد إلكتروني غير معروف']);
  });

  it('says why an upload was refused: too many in an hour from that person (app/…/media/actions.ts)', async () => {
    const ip = '192.0.2.78';
    await db.insert(auditLog).values({ action: 'media.upload', actorEmail: 'flood@example.org', outcome: 'denied', ip, detail: { role: 'writer', reason: 'uploadLimit', limit: 100 } });
    const lastCell = async (locale: string) =>
      (await (await exportCsv('action=media.upload&actor=none', locale)).text())
        .trim()
        .split('\r\n')
        .find((line) => line.includes(ip))
        ?.split(',')
        .at(-1);
    expect(await lastCell('fr')).toBe(typeset('Raison : Trop d’images envoyées en une heure', 'fr'));
    expect(await lastCell('en')).toBe('Reason: Too many images uploaded in an hour');
  });
});
