import { describe, expect, it } from 'vitest';
import { findByKey, indented, possibleParents, rowsBelow } from './tree';

// a ├ b │ └ c └ d ; e
const rows = [
  { id: 'a', parentId: null },
  { id: 'b', parentId: 'a' },
  { id: 'c', parentId: 'b' },
  { id: 'd', parentId: 'a' },
  { id: 'e', parentId: null },
];

describe('possibleParents', () => {

  it('leaves out the row itself and everything below it', () => {
    expect(possibleParents(rows, 'b').map((r) => r.id)).toEqual(['a', 'd', 'e']);
    expect(possibleParents(rows, 'a').map((r) => r.id)).toEqual(['e']);
  });

  it('offers every row for a new one', () => {
    expect(possibleParents(rows, null)).toHaveLength(5);
  });
});

describe('indented', () => {
  it('indents by depth with non-breaking spaces', () => {
    expect(indented('Structure', 2)).toBe('\u00a0\u00a0\u00a0\u00a0Structure');
  });
});

describe('rowsBelow', () => {
  it('gives every row under one, in reading order, without itself', () => {
    expect(rowsBelow(rows, 'a').map((r) => r.id)).toEqual(['b', 'c', 'd']);
    expect(rowsBelow(rows, 'e')).toEqual([]);
  });
});

describe('findByKey', () => {
  const leaf = (key: string) => ({ key, children: [] as { key: string; children: never[] }[] });
  const nested = [
    { key: 'about', children: [leaf('history'), { key: 'work', children: [leaf('who-we-are')] }] },
    leaf('news'),
  ];

  it('finds a node at the top or anywhere below, and nothing for an unknown key', () => {
    expect(findByKey(nested, 'news')?.key).toBe('news');
    expect(findByKey(nested, 'who-we-are')?.key).toBe('who-we-are');
    expect(findByKey(nested, 'missing')).toBeUndefined();
  });
});
