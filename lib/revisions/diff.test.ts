import { describe, expect, it } from 'vitest';
import { isStale } from './conflict';
import { diffFields, diffText, hasChanges, textSnapshot } from './diff';

describe('diff', () => {
  it('marks added and removed words', () => {
    const parts = diffText('Le directeur se rend à Montevideo', 'Le directeur général se rend à Montevideo');
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.value.trim())).toEqual(['général']);
    expect(parts.filter((p) => p.kind === 'removed')).toEqual([]);
    expect(parts.map((p) => (p.kind === 'removed' ? '' : p.value)).join('')).toBe('Le directeur général se rend à Montevideo');
  });

  it('compares records field by field, the body as plain text', () => {
    const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });
    const a = textSnapshot({ title: 'T', lede: 'L', body: doc('Un') }, ['title', 'lede']);
    const b = textSnapshot({ title: 'T', lede: 'L2', body: doc('Deux') }, ['title', 'lede']);
    const d = diffFields(['title', 'lede', 'body'], a, b);
    expect(d.map((x) => [x.field, x.changed])).toEqual([['title', false], ['lede', true], ['body', true]]);
    expect(hasChanges(d)).toBe(true);
    expect(hasChanges(diffFields(['title'], a, a))).toBe(false);
  });

  it('a save is stale when its base version is not the stored one', () => {
    expect(isStale({ version: 3 }, 3)).toBe(false);
    expect(isStale({ version: 3 }, 2)).toBe(true);
    expect(isStale({ version: 3 }, undefined)).toBe(true);
  });
});
