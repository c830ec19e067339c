import type { RichTextBlock, RichTextDoc } from './types';

/**
 * Builds a document from plain paragraphs, one array item per paragraph (the importer rebuilds
 * them from hard-wrapped lines, see lib/import/legacy-release.ts); whitespace inside a paragraph,
 * line breaks included, collapses to one space, and empty paragraphs are dropped. A run that
 * holds a no-break space (U+00A0, the narrow U+202F, the figure space U+2007) keeps it instead:
 * French text puts one before « : ; ! ? » and inside guillemets, and digit groups ("10 000")
 * use one, so the line never breaks there.
 *
 * A paragraph that opens with « , “ or " and closes the quotation further on becomes a
 * blockquote, together with whatever follows the closing mark: that is how the legacy releases
 * set quotations apart, with the attribution in the same paragraph ("« … » explique Brunson
 * McKinley."), and how the importer recognises them.
 */
const NO_BREAK = /[\u00a0\u202f\u2007]/;

export function docFromParagraphs(paragraphs: string[]): RichTextDoc {
  const content: RichTextBlock[] = paragraphs
    .map((p) => p.replace(/\s+/g, (run) => NO_BREAK.exec(run)?.[0] ?? ' ').trim())
    .filter((p) => p.length > 0)
    .map((p): RichTextBlock => {
      const para = { type: 'paragraph' as const, content: [{ type: 'text' as const, text: p }] };
      return isQuotation(p) ? { type: 'blockquote', content: [para] } : para;
    });
  return { type: 'doc', content };
}

function isQuotation(p: string): boolean {
  return /^[«“"]/.test(p) && /[»”"]/.test(p.slice(1));
}
