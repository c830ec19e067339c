import { describe, expect, it } from 'vitest';
import { availableTransitions, canEditContent, displayStatus, isVisible, publishTimeRefusal, transitionRefusal } from './workflow';

const writer = { id: 'w', role: 'writer' as const };
const editor = { id: 'e', role: 'editor' as const };
const admin = { id: 'a', role: 'admin' as const };
const now = new Date('2026-03-01T12:00:00Z');
const state = (status: 'draft' | 'in_review' | 'published' | 'archived', extra: Partial<{ publishAt: Date | null; submittedById: string | null }> = {}) => ({
  status,
  publishAt: null,
  submittedById: null,
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

  it('only those who publish may change what readers see', () => {
    expect(canEditContent('writer', 'draft')).toBe(true);
    expect(canEditContent('writer', 'in_review')).toBe(true);
    expect(canEditContent('writer', 'published')).toBe(false);
    expect(canEditContent('editor', 'published')).toBe(true);
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

  it('refuses a publish time in the past, tolerating a minute of clock skew', () => {
    expect(publishTimeRefusal(new Date('2026-03-01T11:00:00Z'), now)).toBe('article.schedulePast');
    expect(publishTimeRefusal(new Date('2026-03-01T11:59:30Z'), now)).toBeNull();
    expect(publishTimeRefusal(null, now)).toBeNull();
  });
});
