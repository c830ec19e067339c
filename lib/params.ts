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
