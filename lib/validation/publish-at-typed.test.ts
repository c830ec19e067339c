import { describe, expect, it } from 'vitest';
import { isUnreadable, toIsoInstant, typedMarker } from '@/app/[locale]/(dashboard)/dashboard/articles/_components/publish-box';
import { articleSaveSchema } from './articles';

const form = (o: Record<string, unknown>) =>
  articleSaveSchema.safeParse({ contentLocale: 'fr', type: 'news', title: 'T', body: '', intent: 'publish', ...o });

describe('a publication time typed and not read is never "publish now"', () => {
  it('the box tells an impossible or incomplete time from an empty one', () => {
    // Chromium takes six-digit years; no date reads them without a sign.
    expect(toIsoInstant('202660-12-24T09:30')).toBe('');
    expect(isUnreadable('202660-12-24T09:30', false)).toBe(true);
    expect(isUnreadable('10000-01-01T00:00', false)).toBe(true);
    // A day without its time: no value, the browser says its input is bad.
    expect(isUnreadable('', true)).toBe(true);
    expect(isUnreadable('', false)).toBe(false);
    expect(isUnreadable('2030-12-24T09:30', false)).toBe(false);
    expect(typedMarker('', true)).toBe('incomplete');
    expect(typedMarker('202660-12-24T09:30', false)).toBe('202660-12-24T09:30');
    expect(typedMarker('', false)).toBe('');
  });

  it.each([['202660-12-24T09:30'], ['incomplete']])('the server refuses a publish with %s typed and no time read, at the field', (typed) => {
    const parsed = form({ publishAt: '', publishAtTyped: typed });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ['publishAt'], message: 'article.publishAtUnreadable' })]);
  });

  it('takes a time read, nothing typed ("now"), and a draft saved whatever the box holds', () => {
    expect(form({ publishAt: '2030-12-24T08:30:00.000Z', publishAtTyped: '2030-12-24T09:30' }).data?.publishAt?.toISOString()).toBe('2030-12-24T08:30:00.000Z');
    expect(form({ publishAt: '', publishAtTyped: '' }).data?.publishAt).toBeNull();
    expect(form({ intent: 'save', publishAt: '', publishAtTyped: 'incomplete' }).success).toBe(true);
  });

  it('refuses an instant past the year 9999', () => {
    expect(form({ publishAt: '+202660-12-24T08:30:00.000Z' }).error?.issues[0]?.message).toBe('article.publishAtInvalid');
  });
});
