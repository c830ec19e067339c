import type { RichTextBlock, RichTextDoc } from './types';

/**
 * Builds a document from plain paragraphs (blank-line separated). A paragraph wrapped in
 * « guillemets » or “quotes” from start to end becomes a quotation: that is how the legacy
 * releases set quotations apart, and how the importer recognises them.
 */
export function docFromParagraphs(paragraphs: string[]): RichTextDoc {
  const content: RichTextBlock[] = paragraphs
    .map((p) => p.replace(/\s+/g, ' ').trim())
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
