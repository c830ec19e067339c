/**
 * A short stable key for scoping element ids to what a page shows (e.g. its filters): Next keeps
 * a page visited before mounted but hidden, and two copies with the same ids would tie labels
 * and aria references to the hidden one.
 */
export function domKey(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}
