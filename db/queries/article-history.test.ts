/**
 * A translation's history beyond its versions, read from the audit log on a real database:
 * entries as the actions write them now, and older ones that recorded less (no texts before and
 * after for the image's description, no previous time for a schedule moved or withdrawn).
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog } from '@/db/schema';
import { listHeroAltChanges, listScheduleChanges, scheduleChanges } from './article-history';

const actor = { id: '00000000-0000-4000-8000-000000000000', role: 'editor' as const };
const ARTICLE = '7b0c2a1e-0000-4000-8000-000000000001';
const TRANSLATION = '7b0c2a1e-0000-4000-8000-000000000002';
const at = (iso: string) => new Date(iso);

describe('listHeroAltChanges', () => {
  it('gives the texts before and after where the entry recorded them, says only that it changed in older entries, in its language only', async () => {
    await db.insert(auditLog).values([
      // Older: the fact, not the texts.
      { action: 'article.save', entityType: 'article_translation', entityId: TRANSLATION, locale: 'fr', at: at('2026-01-02T10:00:00Z'), detail: { articleId: ARTICLE, heroAltChanged: true } },
      {
        action: 'article.save',
        entityType: 'article_translation',
        entityId: TRANSLATION,
        locale: 'fr',
        at: at('2026-01-03T10:00:00Z'),
        detail: { articleId: ARTICLE, heroAltChanged: true, heroMediaId: 'm', changed: { 'heroAlt.fr': { before: 'Une tente', after: 'Une tente bleue' } } },
      },
      // Another language's, a save that did not change it, a refusal, one before the translation began.
      { action: 'article.save', entityType: 'article_translation', entityId: 'other', locale: 'en', at: at('2026-01-03T11:00:00Z'), detail: { articleId: ARTICLE, heroAltChanged: true } },
      { action: 'article.save', entityType: 'article_translation', entityId: TRANSLATION, locale: 'fr', at: at('2026-01-03T12:00:00Z'), detail: { articleId: ARTICLE, contentChanged: true } },
      { action: 'article.save', outcome: 'denied', entityType: 'article_translation', entityId: TRANSLATION, locale: 'fr', at: at('2026-01-03T13:00:00Z'), detail: { articleId: ARTICLE, heroAltChanged: true } },
      { action: 'article.save', entityType: 'article_translation', entityId: TRANSLATION, locale: 'fr', at: at('2025-12-31T10:00:00Z'), detail: { articleId: ARTICLE, heroAltChanged: true } },
    ]);
    const changes = await listHeroAltChanges(actor, ARTICLE, 'fr', at('2026-01-01T00:00:00Z'));
    expect(changes).toEqual([
      { at: '2026-01-03T10:00:00.000Z', byName: null, text: { before: 'Une tente', after: 'Une tente bleue' } },
      { at: '2026-01-02T10:00:00.000Z', byName: null, text: null },
    ]);
  });
});

describe('listScheduleChanges', () => {
  it('tells a schedule, a move, a withdrawal and a publication made early apart; an older entry’s previous time is the schedule’s before it', async () => {
    const T2 = '7b0c2a1e-0000-4000-8000-000000000003';
    const step = (action: string, when: string, detail: Record<string, unknown>) => ({ action, entityType: 'article_translation', entityId: T2, locale: 'fr' as const, at: at(when), detail });
    await db.insert(auditLog).values([
      // Older entries: a schedule logged as a publication, then moved and withdrawn without the time they left.
      step('article.publish', '2026-02-01T09:00:00Z', { from: 'draft', to: 'scheduled', publishAt: '2026-03-01T08:00:00.000Z' }),
      step('article.publish', '2026-02-02T09:00:00Z', { from: 'scheduled', to: 'scheduled', publishAt: '2026-03-05T08:00:00.000Z' }),
      step('article.archive', '2026-02-03T09:00:00Z', { from: 'scheduled', to: 'archived', publishAt: '2026-03-05T08:00:00.000Z' }),
      // Steps that are not about a schedule.
      step('article.unpublish', '2026-02-04T09:00:00Z', { from: 'archived', to: 'draft' }),
      step('article.submit', '2026-02-04T10:00:00Z', { from: 'draft', to: 'in_review' }),
      // Scheduled again, then published at once: this entry says which time it cut short.
      step('article.schedule', '2026-02-05T09:00:00Z', { from: 'in_review', to: 'scheduled', publishAt: '2026-04-01T08:00:00.000Z' }),
      step('article.publish', '2026-02-06T09:00:00Z', { from: 'scheduled', to: 'published', publishAt: '2026-02-06T09:00:00.000Z', previousPublishAt: '2026-04-01T08:00:00.000Z' }),
    ]);
    const changes = await listScheduleChanges(actor, T2);
    expect(changes.map(({ at, kind, publishAt, previousPublishAt, to }) => ({ at, kind, publishAt, previousPublishAt, to }))).toEqual([
      { at: '2026-02-06T09:00:00.000Z', kind: 'publishedEarly', publishAt: null, previousPublishAt: '2026-04-01T08:00:00.000Z', to: 'published' },
      { at: '2026-02-05T09:00:00.000Z', kind: 'scheduled', publishAt: '2026-04-01T08:00:00.000Z', previousPublishAt: null, to: 'scheduled' },
      { at: '2026-02-03T09:00:00.000Z', kind: 'cancelled', publishAt: null, previousPublishAt: '2026-03-05T08:00:00.000Z', to: 'archived' },
      { at: '2026-02-02T09:00:00.000Z', kind: 'rescheduled', publishAt: '2026-03-05T08:00:00.000Z', previousPublishAt: '2026-03-01T08:00:00.000Z', to: 'scheduled' },
      { at: '2026-02-01T09:00:00.000Z', kind: 'scheduled', publishAt: '2026-03-01T08:00:00.000Z', previousPublishAt: null, to: 'scheduled' },
    ]);
  });

  it('does not take for the previous time a schedule that had come out before the step', () => {
    // Scheduled for 1 March, out then; a step on 10 March from "scheduled" (logged without its
    // time) did not move that one: the time it moved is not known.
    const changes = scheduleChanges([
      { at: '2026-02-01T09:00:00Z', name: 'Edith', from: 'draft', to: 'scheduled', publishAt: '2026-03-01T08:00:00.000Z', previousPublishAt: null },
      { at: '2026-03-10T09:00:00Z', name: 'Edith', from: 'scheduled', to: 'draft', publishAt: null, previousPublishAt: null },
    ]);
    expect(changes[0]).toMatchObject({ kind: 'cancelled', previousPublishAt: null, byName: 'Edith' });
  });
});
