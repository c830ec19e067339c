/**
 * French typography at render time. Writers type a plain space before « : ; ! ? » and after
 * «, and a browser may break the line there, leaving the mark at the start of the next line.
 * In French text on public pages (whatever the page's language), that space (or run of
 * spaces) becomes a no-break space (U+00A0, in the Latin subset of lib/font-subsets.ts; the
 * narrow U+202F is not used). The stored text stays as typed: only what is drawn changes,
 * never titles of <title>, metadata, feeds or the search index. Any other language, and any
 * text with no such space, is returned unchanged. The interface's own French (messages/fr.json)
 * is written with the no-break space already (messages/catalogs.test.ts keeps it so).
 */
const NBSP = '\u00a0';
const BEFORE = / +(?=[:;!?»])/g;
const AFTER = /« +/g;

export function typeset(text: string, locale: string | undefined): string;
export function typeset(text: string | null, locale: string | undefined): string | null;
export function typeset(text: string | null, locale: string | undefined): string | null {
  if (locale !== 'fr' || !text || !text.includes(' ')) return text;
  return text.replace(BEFORE, NBSP).replace(AFTER, `«${NBSP}`);
}
