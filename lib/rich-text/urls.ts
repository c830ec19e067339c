/**
 * The addresses rich text may hold — one rule for the editor (which refuses them as typed or
 * pasted), the save schema (lib/rich-text/schema.ts) and the public renderer, which checks
 * again what is stored.
 *
 * Links: the web (http, https), mail, telephone, an address on this site (`/…`) or a place in
 * the page (`#…`). Images: the web or this site. An address on this site must stay on it:
 * browsers read a backslash as a slash and drop tabs and line breaks anywhere in an address,
 * so `/\evil.example` or `/<tab>/evil.example` would open another host; such characters have
 * no honest use in an address and are refused in all of them.
 */
const UNSAFE_CHARACTERS = /[\\\u0000-\u001F\u007F]/;
const LINK = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;
const IMAGE = /^(https?:\/\/|\/(?!\/))/i;

export const isSafeHref = (href: string): boolean => LINK.test(href) && !UNSAFE_CHARACTERS.test(href);
export const isSafeSrc = (src: string): boolean => IMAGE.test(src) && !UNSAFE_CHARACTERS.test(src);
