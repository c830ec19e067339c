import { describe, expect, it } from 'vitest';
import { hiddenAbove, reachable } from './page-reach';

describe('reaching a page of a tree', () => {
  // a ├ b │ └ c ; d under a page no longer there
  const rows = [
    { id: 'a', parentId: null, on: true },
    { id: 'b', parentId: 'a', on: false },
    { id: 'c', parentId: 'b', on: true },
    { id: 'd', parentId: 'gone', on: true },
  ];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const on = (r: (typeof rows)[number]) => r.on;

  it('needs the page and every page above it visible', () => {
    expect(rows.map((r) => reachable(byId, r, on))).toEqual([true, false, false, false]);
    expect(hiddenAbove(byId, byId.get('c')!, on)).toEqual(['b']);
  });

  it('names the pages in the way from the root down, a parent it does not hold among them', () => {
    expect(hiddenAbove(byId, byId.get('c')!, () => false)).toEqual(['a', 'b']);
    expect(hiddenAbove(byId, byId.get('d')!, on)).toEqual(['gone']);
  });

  it('stops at a loop', () => {
    const loop = new Map([
      ['x', { id: 'x', parentId: 'y' }],
      ['y', { id: 'y', parentId: 'x' }],
    ]);
    expect(reachable(loop, loop.get('x')!, () => true)).toBe(true);
  });
});
