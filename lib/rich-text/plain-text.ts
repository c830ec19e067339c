import type { RichTextBlock, RichTextDoc, RichTextInline } from './types';

function inlineText(content: RichTextInline[] | undefined): string {
  return (content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');
}

function blockText(block: RichTextBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.content);
    case 'blockquote':
      return block.content.map(blockText).join('\n\n');
    case 'bulletList':
    case 'orderedList':
      return block.content
        .map((item) => item.content.map((b) => blockText(b as RichTextBlock)).join('\n'))
        .join('\n');
    case 'image':
      return block.attrs.alt;
  }
}

/** Plain text of a document, one block per paragraph: for search, diffs and feed summaries. */
export function toPlainText(doc: RichTextDoc): string {
  return doc.content.map(blockText).filter((s) => s.length > 0).join('\n\n');
}

/** True when the document holds no visible text nor image (an "empty body" on publish). */
export function isEmptyDoc(doc: RichTextDoc): boolean {
  return toPlainText(doc).trim().length === 0 && !doc.content.some((b) => b.type === 'image');
}
