import type { MarkType, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Extension } from '@tiptap/react';

/**
 * Where the caret goes once something is put in the text, so that typing goes on after it.
 *
 * ProseMirror leaves an image it has just inserted (or one whose attributes were changed)
 * selected, and a link applied leaves its words selected: the next key typed replaced them —
 * the image or the linked words were gone, and nothing said so. As in WordPress or Ghost, the
 * caret goes after them instead.
 */

/**
 * The image selected in `tr` (one just inserted, described or pasted) no longer is: the caret
 * goes to the start of the paragraph right after it, or of a new empty one when the image is
 * followed by something else (nothing, a heading, a list, a quotation, another image), so what
 * is typed next is a paragraph after the image. Says whether there was such an image.
 */
export function caretAfterSelectedImage(tr: Transaction): boolean {
  const { selection } = tr;
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'image') return false;
  const after = selection.to;
  const $after = tr.doc.resolve(after);
  const paragraph = tr.doc.type.schema.nodes.paragraph;
  if (paragraph && $after.nodeAfter?.type !== paragraph && $after.parent.canReplaceWith($after.index(), $after.index(), paragraph)) {
    tr.insert(after, paragraph.create());
  }
  tr.setSelection(tr.doc.resolve(after).nodeAfter?.isTextblock ? TextSelection.create(tr.doc, after + 1) : Selection.near(tr.doc.resolve(after), 1));
  return true;
}

/**
 * The words a link was just applied to (or taken off) are no longer selected: the caret goes to
 * their end, and what is typed there is not part of the link (a link's mark would otherwise
 * stretch over it). A link set with nothing selected is left as it is: what is typed next is
 * the link's text.
 */
export function caretAfterLinkedWords(tr: Transaction, link: MarkType): boolean {
  if (tr.selection.empty) return true;
  tr.setSelection(Selection.near(tr.doc.resolve(tr.selection.to), -1));
  tr.removeStoredMark(link);
  return true;
}

/**
 * An image pasted or dropped last (from a web page, a word processor) is not left selected
 * either: see {@link caretAfterSelectedImage}. A drop that only moves an image already in the
 * text brings no new one: the image moved stays selected, as ProseMirror leaves it.
 */
export function caretAfterBroughtImage(transactions: readonly Transaction[], before: EditorState, state: EditorState): Transaction | null {
  const events = transactions.map((tr) => tr.getMeta('uiEvent') as string | undefined);
  const brought = events.includes('paste') || (events.includes('drop') && imageCount(state.doc) > imageCount(before.doc));
  if (!brought) return null;
  const tr = state.tr;
  return caretAfterSelectedImage(tr) ? tr : null;
}

function imageCount(doc: ProseMirrorNode): number {
  let n = 0;
  doc.descendants((node) => {
    if (node.type.name === 'image') n++;
  });
  return n;
}

export const CaretAfterPastedImage = Extension.create({
  name: 'caretAfterPastedImage',
  addProseMirrorPlugins() {
    return [new Plugin({ appendTransaction: caretAfterBroughtImage })];
  },
});
