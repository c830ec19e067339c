/**
 * Which two versions a history compares: the ones asked for in the query (?from=&to=) when they
 * exist, else the latest against the one before it.
 */
type Query = Record<string, string | string[] | undefined>;

const num = (v: string | string[] | undefined) => Number.parseInt(Array.isArray(v) ? (v[0] ?? '') : (v ?? ''), 10);

/** `versions` newest first, as histories list them. */
export function compareRange(versions: number[], query: Query): { from: number; to: number } {
  const latest = versions[0] ?? 1;
  const to = versions.includes(num(query.to)) ? num(query.to) : latest;
  const from = versions.includes(num(query.from)) ? num(query.from) : (versions.find((v) => v < to) ?? to);
  return { from, to };
}
