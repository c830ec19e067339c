import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { Extension } from '@tiptap/react';
import { phoneRanges } from '@/lib/bidi';

/**
 * The phone numbers of the text, as [from, to) document positions drawn isolated left to right
 * and on one line: the runs that public pages isolate (components/site/content-text.tsx, same
 * lib/bidi.ts phoneRanges). In an Arabic paragraph "+598 2916 8043" would otherwise be shown
 * "8043 2916 598+" while typed, and a writer "correcting" it would publish a wrong number.
 * Decorations only: nothing is added to the text that is saved. `white-space: pre`, not the
 * public pages' `nowrap`: on one line as well, but spaces typed into a collapsing run are
 * inserted by the browser as no-break spaces, which the text would then keep.
 */
export function phoneDecorations(doc: ProseMirrorNode): DecorationSet {
  const found: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    for (const [from, to] of phoneRanges(node.text ?? '')) {
      found.push(Decoration.inline(pos + from, pos + to, { nodeName: 'bdi', dir: 'ltr', class: 'whitespace-pre' }));
    }
  });
  return DecorationSet.create(doc, found);
}

const key = new PluginKey<DecorationSet>('phonesLeftToRight');

export const PhonesLeftToRight = Extension.create({
  name: 'phonesLeftToRight',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, { doc }) => phoneDecorations(doc),
          apply: (tr, previous) => (tr.docChanged ? phoneDecorations(tr.doc) : previous),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
