/**
 * Rich text is stored as structured content (the ProseMirror/Tiptap JSON shape), never as HTML.
 * Only the node and mark types listed here exist; the server renders them from this allowlist,
 * so no script or attribute can get through (see `schema.ts` and components/site/rich-text.tsx).
 */
export type RichTextMark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'link'; attrs: { href: string } };

export type RichTextText = { type: 'text'; text: string; marks?: RichTextMark[] };
export type RichTextHardBreak = { type: 'hardBreak' };
export type RichTextInline = RichTextText | RichTextHardBreak;

export type RichTextParagraph = { type: 'paragraph'; content?: RichTextInline[] };
export type RichTextHeading = { type: 'heading'; attrs: { level: 2 | 3 | 4 }; content?: RichTextInline[] };
export type RichTextBlockquote = { type: 'blockquote'; content: RichTextParagraph[] };
export type RichTextListItem = { type: 'listItem'; content: (RichTextParagraph | RichTextList)[] };
export type RichTextList = { type: 'bulletList' | 'orderedList'; content: RichTextListItem[] };
export type RichTextImage = { type: 'image'; attrs: { src: string; alt: string; width?: number; height?: number } };

export type RichTextBlock =
  | RichTextParagraph
  | RichTextHeading
  | RichTextBlockquote
  | RichTextList
  | RichTextImage;

export type RichTextDoc = { type: 'doc'; content: RichTextBlock[] };
