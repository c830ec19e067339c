/** How far a tree row (a page, a unit) is indented in a list: its depth, on the reading side. */
export const treeIndent = (depth: number) => ({ paddingInlineStart: `${0.75 + depth * 1.5}rem` });

/** The branch mark before a row below the top, mirrored in Arabic. */
export function TreeMarker({ depth }: { depth: number }) {
  if (depth === 0) return null;
  return (
    <span aria-hidden="true" className="me-1 inline-block text-muted rtl:-scale-x-100">
      └
    </span>
  );
}
