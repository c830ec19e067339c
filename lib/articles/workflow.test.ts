import { describe, expect, it } from 'vitest';
import {
  availableTransitions,
  canEditContent,
  deleteRefusal,
  displayStatus,
  displayStatusAt,
  isVisible,
  nextShownChange,
  publishTimeRefusal,
  transitionRefusal,
  untilShownChange,
} from './workflow';

const writer = { id: 'w', role: 'writer' as const };
const editor = { id: 'e', role: 'editor' as const };
const admin = { id: 'a', role: 'admin' as const };
const now = new Date('2026-03-01T12:00:00Z');
const state = (status: 'draft' | 'in_review' | 'published' | 'archived', extra: Partial<{ publishAt: Date | null; submittedById: string | null; firstPublishedAt: string | null }> = {}) => ({
  status,
  publishAt: null,
  submittedById: null,
  firstPublishedAt: status === 'published' || status === 'archived' ? '2026-01-01T00:00:00Z' : null,
  ...extra,
});

describe('workflow rules', () => {
  it('writers draft and submit, never publish, unpublish or archive', () => {
    expect(availableTransitions(writer, state('draft'))).toEqual(['submit']);
    expect(availableTransitions(writer, state('in_review', { submittedById: 'w' }))).toEqual([]);
    expect(transitionRefusal(writer, state('in_review'), 'publish')).toBe('forbidden');
    expect(transitionRefusal(writer, state('published'), 'unpublish')).toBe('forbidden');
    expect(transitionRefusal(writer, state('published'), 'archive')).toBe('forbidden');
  });

  it('editors and admins publish what someone else submitted, not their own submission', () => {
    expect(transitionRefusal(editor, state('in_review', { submittedById: 'w' }), 'publish')).toBeNull();
    expect(transitionRefusal(editor, state('in_review', { submittedById: 'e' }), 'publish')).toBe('article.ownSubmission');
    expect(transitionRefusal(admin, state('in_review', { submittedById: 'a' }), 'publish')).toBe('article.ownSubmission');
    expect(transitionRefusal(admin, state('in_review', { submittedById: 'e' }), 'publish')).toBeNull();
  });

  it('each step only from its states', () => {
    expect(transitionRefusal(editor, state('draft'), 'unpublish')).toBe('article.notFromState');
    expect(transitionRefusal(editor, state('archived'), 'publish')).toBe('article.notFromState');
    expect(transitionRefusal(editor, state('published'), 'submit')).toBe('article.notFromState');
    expect(transitionRefusal(editor, state('archived'), 'unpublish')).toBeNull();
    expect(availableTransitions(editor, state('published'))).toEqual(['publish', 'unpublish', 'archive']);
  });

  it('archives a draft only once readers have seen it: one they never saw is deleted instead', () => {
    expect(transitionRefusal(editor, state('draft'), 'archive')).toBe('article.notFromState');
    expect(transitionRefusal(editor, state('in_review', { submittedById: 'w' }), 'archive')).toBe('article.notFromState');
    expect(availableTransitions(editor, state('draft'))).toEqual(['submit', 'publish']);
    // Unpublished after readers saw it: archived, since it cannot be deleted.
    expect(transitionRefusal(editor, state('draft', { firstPublishedAt: '2026-01-01T00:00:00Z' }), 'archive')).toBeNull();
    // Scheduled, not out yet: it may be archived as any published one (and unpublished from there).
    expect(transitionRefusal(editor, state('published', { publishAt: new Date('2999-01-01T00:00:00Z'), firstPublishedAt: '2999-01-01T00:00:00Z' }), 'archive')).toBeNull();
  });

  it('only those who publish may change what readers see', () => {
    expect(canEditContent('writer', 'draft')).toBe(true);
    expect(canEditContent('writer', 'in_review')).toBe(true);
    expect(canEditContent('writer', 'published')).toBe(false);
    expect(canEditContent('editor', 'published')).toBe(true);
  });

  it('a never-published draft is deleted by those who publish, by a writer only when it is theirs alone', () => {
    const draft = (authorIds: (string | null)[], extra: Partial<{ status: 'draft' | 'in_review' | 'published' | 'archived'; firstPublishedAt: string | null }> = {}) => ({
      status: 'draft' as const,
      firstPublishedAt: null,
      authorIds,
      ...extra,
    });
    expect(deleteRefusal(writer, draft(['w']))).toBeNull();
    expect(deleteRefusal(writer, draft(['w'], { status: 'in_review' }))).toBeNull();
    // Started by someone else, a version by someone else, or from the seed: not the writer's to delete.
    expect(deleteRefusal(writer, draft(['e', 'w']))).toBe('article.othersWork');
    expect(deleteRefusal(writer, draft(['w', 'e']))).toBe('article.othersWork');
    expect(deleteRefusal(writer, draft([null]))).toBe('article.othersWork');
    expect(deleteRefusal(editor, draft(['w', null]))).toBeNull();
    expect(deleteRefusal(admin, draft(['e']))).toBeNull();
    // Once readers have seen it, nobody deletes it: it is archived.
    expect(deleteRefusal(editor, draft(['e'], { firstPublishedAt: '2026-01-01T00:00:00Z' }))).toBe('article.cannotDelete');
    // A first publication still to come (a schedule withdrawn before its time) is none.
    expect(deleteRefusal(editor, draft(['e'], { firstPublishedAt: '2026-01-01T00:00:00Z' }), new Date('2025-12-31T23:59:00Z'))).toBeNull();
    expect(deleteRefusal(writer, draft(['w'], { status: 'published' }))).toBe('article.cannotDelete');
    expect(deleteRefusal(editor, draft(['e'], { status: 'archived' }))).toBe('article.cannotDelete');
  });
});

describe('scheduling is decided at read time', () => {
  it('a published translation with a future time is scheduled, then published once the time passes', () => {
    const t = state('published', { publishAt: new Date('2026-03-01T12:01:00Z') });
    expect(displayStatus(t, now)).toBe('scheduled');
    expect(isVisible(t, now)).toBe(false);
    const later = new Date('2026-03-01T12:01:00Z');
    expect(displayStatus(t, later)).toBe('published');
    expect(isVisible(t, later)).toBe(true);
    expect(isVisible(state('draft', { publishAt: new Date(0) }), now)).toBe(false);
  });

  it('a state shown earlier reads at a later time as the page read then would: only a schedule comes out', () => {
    const at = '2026-03-01T12:01:00.000Z';
    expect(displayStatusAt('scheduled', at, now)).toBe('scheduled');
    expect(displayStatusAt('scheduled', at, new Date(at))).toBe('published');
    expect(displayStatusAt('scheduled', new Date(at), new Date('2026-03-02T00:00:00Z'))).toBe('published');
    // The same rule as displayStatus: the stored state of a scheduled translation is "published".
    expect(displayStatusAt('scheduled', at, new Date(at))).toBe(displayStatus(state('published', { publishAt: new Date(at) }), new Date(at)));
    for (const shown of ['draft', 'in_review', 'published', 'archived'] as const) {
      expect(displayStatusAt(shown, at, new Date('2026-03-02T00:00:00Z'))).toBe(shown);
    }
  });

  it('says how long until a shown schedule comes out, as a timer can wait it', () => {
    expect(untilShownChange('scheduled', '2026-03-01T12:01:00Z', now)).toBe(60_000);
    expect(untilShownChange('scheduled', new Date('2026-03-01T11:59:00Z'), now)).toBe(0);
    // Beyond what a browser timer waits (it would fire at once): the longest wait, then set again.
    expect(untilShownChange('scheduled', '2026-04-01T12:00:00Z', now)).toBe(2 ** 31 - 1);
    expect(untilShownChange('published', '2026-03-01T12:01:00Z', now)).toBeNull();
    expect(untilShownChange('draft', null, now)).toBeNull();
    expect(untilShownChange('scheduled', null, now)).toBeNull();
  });

  it('of several states shown, finds the first schedule still to come out: one timer waits for it', () => {
    const tabs = [
      { status: 'scheduled' as const, publishAt: '2026-03-01T13:00:00.000Z' },
      { status: 'draft' as const, publishAt: null },
      { status: 'scheduled' as const, publishAt: '2026-03-01T12:01:00.000Z' },
      { status: 'published' as const, publishAt: '2026-02-01T00:00:00.000Z' },
    ];
    // As the page read them, then once the first has come out: the next one.
    expect(nextShownChange(tabs, null)).toEqual(new Date('2026-03-01T12:01:00Z'));
    expect(nextShownChange(tabs, now)).toEqual(new Date('2026-03-01T12:01:00Z'));
    expect(nextShownChange(tabs, new Date('2026-03-01T12:01:00Z'))).toEqual(new Date('2026-03-01T13:00:00Z'));
    expect(nextShownChange(tabs, new Date('2026-03-01T13:00:00Z'))).toBeNull();
    expect(nextShownChange([{ status: 'scheduled', publishAt: null }, { status: 'archived', publishAt: '2026-03-01T12:01:00Z' }], now)).toBeNull();
    expect(nextShownChange([], null)).toBeNull();
  });

  it('refuses a publish time in the past, tolerating a minute of clock skew', () => {
    expect(publishTimeRefusal(new Date('2026-03-01T11:00:00Z'), now)).toBe('article.schedulePast');
    expect(publishTimeRefusal(new Date('2026-03-01T11:59:30Z'), now)).toBeNull();
    expect(publishTimeRefusal(null, now)).toBeNull();
  });
});
