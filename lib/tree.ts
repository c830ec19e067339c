/** The rows below `id` (not itself), in the order of `rows`: a flattened tree, each row after its parent. */
export function rowsBelow<T extends { id: string; parentId: string | null }>(rows: T[], id: string): T[] {
  const below = new Set([id]);
  for (const row of rows) if (row.parentId && below.has(row.parentId)) below.add(row.id);
  return rows.filter((r) => r.id !== id && below.has(r.id));
}

/**
 * Where a row of a tree (a page, a structure unit) may be moved: under any row but itself and
 * those below it. `rows` in reading order, each after its parent (a flattened tree).
 */
export function possibleParents<T extends { id: string; parentId: string | null }>(rows: T[], id: string | null): T[] {
  if (!id) return rows;
  const excluded = new Set([id, ...rowsBelow(rows, id).map((r) => r.id)]);
  return rows.filter((r) => !excluded.has(r.id));
}

/** A parent choice indented by its depth, for a <select> (non-breaking spaces survive in an option). */
export const indented = (label: string, depth: number) => `${'\u00a0\u00a0'.repeat(depth)}${label}`;

/** The first node of a nested tree (depth first, in order) with this key: a page the site relies on, wherever editors placed it. */
export function findByKey<T extends { key: string; children: T[] }>(nodes: T[], key: string): T | undefined {
  for (const node of nodes) {
    if (node.key === key) return node;
    const below = findByKey(node.children, key);
    if (below) return below;
  }
  return undefined;
}
