import { describe, expect, it } from 'vitest';
import { untouchedTheirs } from './merge';

describe('untouchedTheirs', () => {
  const fields = ['title', 'lede', 'dateline', 'body'] as const;
  const initial = { title: 'Titre', lede: 'Chapeau', dateline: 'Genève', body: { type: 'doc', content: [] } };

  it('takes their version of what the person left as it opened, and keeps what they changed', () => {
    const mine = { ...initial, dateline: 'Montevideo' };
    const theirs = { title: 'Titre', lede: 'Chapeau A IMPORTANT', dateline: 'Genève', body: { content: [], type: 'doc' } };
    expect(untouchedTheirs(fields, initial, mine, theirs)).toEqual(['lede']);
  });

  it('keeps the person’s change where both changed the same field, and skips what theirs does not hold', () => {
    const mine = { ...initial, lede: 'Mon chapeau', body: { type: 'doc', content: [{ type: 'paragraph' }] } };
    const theirs = { lede: 'Leur chapeau', body: { type: 'doc', content: [{ type: 'paragraph', content: [] }] } };
    expect(untouchedTheirs(fields, initial, mine, theirs)).toEqual([]);
    expect(untouchedTheirs(fields, initial, initial, { body: theirs.body })).toEqual(['body']);
  });
});
