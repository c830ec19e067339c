import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_SORT, listSortParams, nextListSort, parseListSort } from './list-sort';

describe('the article list’s sort in its address', () => {
  it('reads each column and direction, a column alone in its natural direction', () => {
    expect(parseListSort('', '')).toEqual(DEFAULT_LIST_SORT);
    expect(parseListSort('title', '')).toEqual({ key: 'title', dir: 'asc' });
    expect(parseListSort('title', 'desc')).toEqual({ key: 'title', dir: 'desc' });
    expect(parseListSort('published', '')).toEqual({ key: 'published', dir: 'desc' });
    expect(parseListSort('published', 'asc')).toEqual({ key: 'published', dir: 'asc' });
    expect(parseListSort('', 'asc')).toEqual({ key: 'updated', dir: 'asc' });
  });

  it('falls back to the default for what it does not know, never throwing', () => {
    expect(parseListSort('author', 'up')).toEqual(DEFAULT_LIST_SORT);
    expect(parseListSort('TITLE', '')).toEqual(DEFAULT_LIST_SORT);
    expect(parseListSort('title', 'sideways')).toEqual({ key: 'title', dir: 'asc' });
    expect(parseListSort('<script>', 'asc')).toEqual({ key: 'updated', dir: 'asc' });
  });

  it('writes only what differs from the default, and reads it back the same', () => {
    expect(listSortParams(DEFAULT_LIST_SORT)).toEqual({});
    expect(listSortParams({ key: 'title', dir: 'asc' })).toEqual({ sort: 'title' });
    expect(listSortParams({ key: 'title', dir: 'desc' })).toEqual({ sort: 'title', dir: 'desc' });
    expect(listSortParams({ key: 'updated', dir: 'asc' })).toEqual({ dir: 'asc' });
    for (const key of ['updated', 'title', 'published'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const p = listSortParams({ key, dir });
        expect(parseListSort(p.sort ?? '', p.dir ?? '')).toEqual({ key, dir });
      }
    }
  });

  it('a header turns the sorted column round, and sorts another its natural way', () => {
    expect(nextListSort(DEFAULT_LIST_SORT, 'updated')).toEqual({ key: 'updated', dir: 'asc' });
    expect(nextListSort({ key: 'updated', dir: 'asc' }, 'updated')).toEqual({ key: 'updated', dir: 'desc' });
    expect(nextListSort(DEFAULT_LIST_SORT, 'title')).toEqual({ key: 'title', dir: 'asc' });
    expect(nextListSort({ key: 'title', dir: 'asc' }, 'published')).toEqual({ key: 'published', dir: 'desc' });
  });
});
