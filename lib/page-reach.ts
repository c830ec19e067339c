/**
 * Whether readers can open an organization page in a language. A page's address is the path of
 * its slugs from the root in that language (db/queries/public-pages.ts), so it answers only when
 * the page and every page above it are visible in that language (db/queries/visibility.ts
 * pageVisible): a published page under an unpublished one answers 404, and so does everything
 * under it. The public tree and the dashboard's states both decide it here, so what editors are
 * told is what readers get.
 */
export interface TreeLink {
  id: string;
  parentId: string | null;
}

/**
 * The pages above `page`, from the root down, that readers of the language cannot open: their
 * ids. A parent missing from `byId` counts as one (the public side only holds visible pages).
 * Empty when nothing above stands in the way.
 */
export function hiddenAbove<T extends TreeLink>(byId: ReadonlyMap<string, T>, page: T, visible: (p: T) => boolean): string[] {
  const hidden: string[] = [];
  const seen = new Set([page.id]);
  for (let parentId = page.parentId; parentId && !seen.has(parentId); ) {
    seen.add(parentId);
    const parent = byId.get(parentId);
    if (!parent || !visible(parent)) hidden.unshift(parentId);
    parentId = parent?.parentId ?? null;
  }
  return hidden;
}

/** Readers can open `page` at its address: it is visible, and so is every page above it. */
export function reachable<T extends TreeLink>(byId: ReadonlyMap<string, T>, page: T, visible: (p: T) => boolean): boolean {
  return visible(page) && hiddenAbove(byId, page, visible).length === 0;
}
