/**
 * Forms with repeated or per-locale parts name their inputs by path: `texts.fr.name`,
 * `phones.0.number`. Zod then reports an issue at ['phones', 0, 'number'], which
 * lib/actions.ts joins back into "phones.0.number": the error lands beside the very input that
 * caused it, and `values` (keyed by input name) refills it.
 */

type Nested = { [key: string]: unknown };

const INDEX = /^(0|[1-9]\d{0,2})$/;

/** `{ 'a.b': 1, 'l.0.x': 2 }` → `{ a: { b: 1 }, l: [{ x: 2 }] }`; holes in lists stay undefined. */
export function unflatten(flat: Record<string, unknown>): Nested {
  const root: Nested = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split('.');
    // Only plain names: nothing may reach __proto__ or constructor through a crafted field name.
    if (parts.some((p) => !/^[A-Za-z0-9_]+$/.test(p) || p === '__proto__' || p === 'constructor' || p === 'prototype')) continue;
    let node: Nested | unknown[] = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (Array.isArray(node) && !INDEX.test(part)) break;
      const container = node as Record<string | number, unknown>;
      const key: string | number = Array.isArray(node) ? Number(part) : part;
      if (i === parts.length - 1) {
        container[key] = value;
        break;
      }
      const child = container[key];
      if (child === undefined || child === null || typeof child !== 'object') {
        container[key] = INDEX.test(parts[i + 1]!) ? [] : {};
      }
      node = container[key] as Nested | unknown[];
    }
  }
  return root;
}

/** `{ a: { b: 1 } }` → `{ 'a.b': '1' }`: the initial values of a form whose inputs are named by path. */
export function flatten(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (value === null || value === undefined) {
    if (prefix) out[prefix] = '';
    return out;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
    return out;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return out;
  }
  out[prefix] = value instanceof Date ? value.toISOString() : String(value);
  return out;
}
