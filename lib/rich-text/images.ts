import type { RichTextDoc } from './types';

/**
 * How many images of a text have no description (alternative text), such as those pasted from
 * a word processor or a web page. A draft may keep them; readers who do not see an image get
 * only its description, so none may be published without one (as the Image button and the main
 * image require). Images are blocks of the document itself (lib/rich-text/types.ts).
 */
export function undescribedImages(doc: RichTextDoc): number {
  return doc.content.filter((b) => b.type === 'image' && !b.attrs.alt.trim()).length;
}
