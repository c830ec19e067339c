/**
 * A path segment as a page reads it: percent-decoded, or null when it cannot name anything of
 * ours — malformed percent-encoding (decodeURIComponent throws a URIError) or a control
 * character (PostgreSQL refuses NUL in text). Pages answer such addresses with a 404 instead of
 * failing with a 500; scanners send them all day.
 */
export function decodeSegment(raw: string): string | null {
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return CONTROL.test(value) ? null : value;
}

/** C0 control characters and DEL. */
export const CONTROL = /[\u0000-\u001f\u007f]/;

/** A search parameter as one string: the first of repeated ones, '' when absent. */
export const firstParam = (v: string | string[] | undefined): string => (Array.isArray(v) ? v[0] : v) ?? '';

/** A list's `?page=` as a page number from 1 (anything else, or absurdly far, is page 1 or the last allowed). */
export const pageParam = (v: string | string[] | undefined): number => Math.max(1, Math.min(10_000, Number.parseInt(firstParam(v), 10) || 1));

/** `path` with `params` as its query string, empty values left out; `page` only past the first. */
export function listHref(path: string, params: Record<string, string | number | undefined | null>, page = 1): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, String(v));
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** `path` with a page's search parameters as its query string again (repeated ones kept). */
export function withQuery(path: string, params: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of [v ?? []].flat()) q.append(k, one);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
