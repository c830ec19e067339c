import { describe, expect, it } from 'vitest';
import { contentChanged, stableJson } from './changed';

describe('contentChanged', () => {
  const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

  it('ignores the key order jsonb gives back', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: 3 } })).toBe(stableJson({ a: { c: 3, d: 2 }, b: 1 }));
    expect(contentChanged(['title'], { title: 'T' }, { title: 'T' }, [{ content: [], type: 'doc' }, { type: 'doc', content: [] }])).toBe(false);
  });

  it('sees a changed plain field or a changed body', () => {
    expect(contentChanged(['title', 'slug'], { title: 'T', slug: 'a' }, { title: 'T', slug: 'b' }, [doc('x'), doc('x')])).toBe(true);
    expect(contentChanged(['title'], { title: 'T' }, { title: 'T' }, [doc('x'), doc('y')])).toBe(true);
  });

  it('only compares the fields it is given', () => {
    expect(contentChanged(['title'], { title: 'T', body: 'x' }, { title: 'T', body: 'y' }, [doc('x'), doc('x')])).toBe(false);
  });
});
