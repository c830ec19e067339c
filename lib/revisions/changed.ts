/**
 * Whether a save changes a revisioned record's text (and so makes a new version and revision):
 * one of its plain fields, or its rich-text body. Shared by articles and organization pages.
 */

/** JSON with keys sorted: PostgreSQL's jsonb does not keep the key order it was given. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function contentChanged<F extends string>(
  fields: readonly F[],
  before: Record<string, string>,
  after: Record<string, string>,
  bodies: [before: unknown, after: unknown],
): boolean {
  return fields.some((f) => before[f] !== after[f]) || stableJson(bodies[0]) !== stableJson(bodies[1]);
}
