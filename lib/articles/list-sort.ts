import { z } from 'zod';

/**
 * How the dashboard's article list is ordered, as its address says it (`?sort=title&dir=desc`):
 * a sorted view is a link to share and survives a reload, the pages and the filters.
 */
export const LIST_SORT_KEYS = ['updated', 'title', 'published'] as const;
export type ListSortKey = (typeof LIST_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export interface ListSort {
  key: ListSortKey;
  dir: SortDirection;
}

/** The way a column sorts when first chosen: titles from A, dates newest first. */
export const naturalDirection = (key: ListSortKey): SortDirection => (key === 'title' ? 'asc' : 'desc');

/** The last changed first, as the list always was. */
export const DEFAULT_LIST_SORT: ListSort = { key: 'updated', dir: 'desc' };

// Each parameter on its own: an unknown one is left out (its default), never an error page.
const sortParams = z.object({
  sort: z.enum(LIST_SORT_KEYS).catch(DEFAULT_LIST_SORT.key),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
});

/** The sort in `?sort=` and `?dir=` (first values, '' when absent). */
export function parseListSort(sort: string, dir: string): ListSort {
  const parsed = sortParams.parse({ sort, dir });
  return { key: parsed.sort, dir: parsed.dir ?? naturalDirection(parsed.sort) };
}

/** The sort as search parameters, defaults left out: one address per view. */
export function listSortParams(sort: ListSort): { sort?: ListSortKey; dir?: SortDirection } {
  return {
    ...(sort.key !== DEFAULT_LIST_SORT.key ? { sort: sort.key } : {}),
    ...(sort.dir !== naturalDirection(sort.key) ? { dir: sort.dir } : {}),
  };
}

/** What choosing a column's header does: turns the order round on the sorted column, else sorts by it its natural way. */
export function nextListSort(current: ListSort, key: ListSortKey): ListSort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: naturalDirection(key) };
}
