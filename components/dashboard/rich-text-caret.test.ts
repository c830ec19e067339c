import { getSchema } from '@tiptap/react';
import Image from '@tiptap/extension-image';
import type { Node } from '@tiptap/pm/model';
import { EditorState, NodeSelection, Plugin, TextSelection } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { caretAfterBroughtImage, caretAfterLinkedWords, caretAfterSelectedImage } from './rich-text-caret';

const schema = getSchema([StarterKit.configure({ heading: { levels: [2, 3, 4] } }), Image.configure({ inline: false })]);
const p = (text?: string) => schema.nodes.paragraph!.create(null, text ? schema.text(text) : null);
const img = () => schema.nodes.image!.create({ src: '/media/a.png', alt: 'Une photo' });
const h2 = (text: string) => schema.nodes.heading!.create({ level: 2 }, schema.text(text));
const doc = (...blocks: Node[]) => schema.nodes.doc!.create(null, blocks);

/** The state once `blocks` are the text and the image at block `index` is selected, as ProseMirror leaves one just inserted. */
function withImageSelected(index: number, ...blocks: Node[]) {
  const d = doc(...blocks);
  let pos = 0;
  for (let i = 0; i < index; i++) pos += d.child(i).nodeSize;
  return EditorState.create({ doc: d, selection: NodeSelection.create(d, pos) });
}

/** Types `text` where the caret is, as the next key would. */
function typeAt(state: EditorState, text: string): EditorState {
  return state.apply(state.tr.insertText(text));
}

describe('caretAfterSelectedImage', () => {
  it('an image at the end of the text: a paragraph after it takes what is typed next, the image kept', () => {
    const state = withImageSelected(1, p('Avant.'), img());
    const tr = state.tr;
    expect(caretAfterSelectedImage(tr)).toBe(true);
    const after = typeAt(state.apply(tr), 'Après.');
    expect(after.doc.toJSON().content.map((n: { type: string }) => n.type)).toEqual(['paragraph', 'image', 'paragraph']);
    expect(after.doc.child(2).textContent).toBe('Après.');
  });

  it('without it, the next key replaces the image (what the writers saw)', () => {
    const state = withImageSelected(1, p('Avant.'), img());
    const after = typeAt(state, 'Après.');
    expect(after.doc.toJSON().content.map((n: { type: string }) => n.type)).not.toContain('image');
  });

  it('a paragraph after the image: the caret at its start, nothing added', () => {
    const state = withImageSelected(1, p('Avant.'), img(), p('Suite.'));
    const tr = state.tr;
    caretAfterSelectedImage(tr);
    const next = state.apply(tr);
    expect(next.doc.childCount).toBe(3);
    expect(next.selection).toBeInstanceOf(TextSelection);
    expect(typeAt(next, 'Après. ').doc.child(2).textContent).toBe('Après. Suite.');
  });

  it('a heading (or another image) after it: a new paragraph between, so what is typed is not a heading', () => {
    const state = withImageSelected(0, img(), h2('Titre'));
    const tr = state.tr;
    caretAfterSelectedImage(tr);
    const typed = typeAt(state.apply(tr), 'Légende.');
    expect(typed.doc.child(1).type.name).toBe('paragraph');
    expect(typed.doc.child(1).textContent).toBe('Légende.');
    expect(typed.doc.child(2).textContent).toBe('Titre');
  });

  it('leaves anything but a selected image alone', () => {
    const d = doc(p('Texte.'));
    const state = EditorState.create({ doc: d, selection: TextSelection.create(d, 3) });
    const tr = state.tr;
    expect(caretAfterSelectedImage(tr)).toBe(false);
    expect(tr.docChanged).toBe(false);
    expect(tr.selectionSet).toBe(false);
  });
});

describe('caretAfterLinkedWords', () => {
  const link = schema.marks.link!;
  const linked = () => {
    const d = doc(p('Voir le site de l’OIM'));
    // "site de l’OIM" selected, then made a link.
    const state = EditorState.create({ doc: d, selection: TextSelection.create(d, 9, 22) });
    return state.apply(state.tr.addMark(9, 22, link.create({ href: 'https://www.iom.int/fr' })));
  };

  it('the caret at the end of the linked words; what is typed next follows them, outside the link', () => {
    const state = linked();
    const tr = state.tr;
    caretAfterLinkedWords(tr, link);
    const typed = typeAt(state.apply(tr), ' X');
    expect(typed.doc.textContent).toBe('Voir le site de l’OIM X');
    const x = typed.doc.child(0).lastChild!;
    expect(x.text).toBe(' X');
    expect(link.isInSet(x.marks)).toBeUndefined();
  });

  it('without it, the next key replaces the linked words (what the writers saw)', () => {
    expect(typeAt(linked(), 'X').doc.textContent).toBe('Voir le X');
  });

  it('nothing selected: left as it is (what is typed next is the link’s text)', () => {
    const d = doc(p('Voir'));
    const state = EditorState.create({ doc: d, selection: TextSelection.create(d, 5) });
    const tr = state.tr;
    caretAfterLinkedWords(tr, link);
    expect(tr.selectionSet).toBe(false);
    expect(tr.storedMarksSet).toBe(false);
  });
});

describe('caretAfterBroughtImage (the editor\'s plugin for pastes and drops)', () => {
  const plugins = [new Plugin({ appendTransaction: caretAfterBroughtImage })];
  /** `state` once `image` is put at the end as a paste or drop leaves it (the image selected), through the plugin. */
  const bring = (state: EditorState, uiEvent: 'paste' | 'drop') => {
    const end = state.doc.content.size;
    const tr = state.tr.insert(end, img()).setMeta('uiEvent', uiEvent);
    tr.setSelection(NodeSelection.create(tr.doc, end));
    return state.apply(tr);
  };
  const blocks = (state: EditorState) => state.doc.toJSON().content.map((n: { type: string }) => n.type);

  it('an image dropped from elsewhere (HTML ending with it) is not left selected: typing goes after it', () => {
    const state = EditorState.create({ doc: doc(p('Avant.')), plugins });
    const after = typeAt(bring(state, 'drop'), 'Après.');
    expect(blocks(after)).toEqual(['paragraph', 'image', 'paragraph']);
    expect(after.doc.child(2).textContent).toBe('Après.');
  });

  it('as one pasted', () => {
    const state = EditorState.create({ doc: doc(p('Avant.')), plugins });
    expect(blocks(typeAt(bring(state, 'paste'), 'Après.'))).toEqual(['paragraph', 'image', 'paragraph']);
  });

  it('an image only moved by a drop stays selected, no paragraph added', () => {
    const d = doc(img(), p('Texte.'));
    const state = EditorState.create({ doc: d, plugins });
    // The image moved after the paragraph: deleted where it was, put at the end, selected.
    const tr = state.tr.delete(0, d.child(0).nodeSize);
    const end = tr.doc.content.size;
    tr.insert(end, img()).setMeta('uiEvent', 'drop');
    tr.setSelection(NodeSelection.create(tr.doc, end));
    const moved = state.apply(tr);
    expect(blocks(moved)).toEqual(['paragraph', 'image']);
    expect(moved.selection).toBeInstanceOf(NodeSelection);
  });
});
