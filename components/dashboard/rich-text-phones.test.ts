import { getSchema } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { phoneDecorations } from './rich-text-phones';

const schema = getSchema([StarterKit]);
const doc = (...paragraphs: string[]) => schema.nodes.doc!.create(null, paragraphs.map((t) => schema.nodes.paragraph!.create(null, t ? schema.text(t) : null)));

/** The texts the decorations cover, with the attributes they draw them with. */
function decorated(d: ReturnType<typeof doc>) {
  return phoneDecorations(d)
    .find()
    .map((deco) => ({ text: d.textBetween(deco.from, deco.to), attrs: (deco as unknown as { type: { attrs: object } }).type.attrs }));
}

describe('phoneDecorations', () => {
  it('draws each phone number of the text left to right and on one line, in every paragraph', () => {
    const d = doc('للاستعلام: +598 2916 8043 أو +41 22 717 91 11.', '', 'Appelez le +33 1 40 00 00 00.');
    expect(decorated(d)).toEqual([
      { text: '+598 2916 8043', attrs: { nodeName: 'bdi', dir: 'ltr', class: 'whitespace-pre' } },
      { text: '+41 22 717 91 11', attrs: { nodeName: 'bdi', dir: 'ltr', class: 'whitespace-pre' } },
      { text: '+33 1 40 00 00 00', attrs: { nodeName: 'bdi', dir: 'ltr', class: 'whitespace-pre' } },
    ]);
  });

  it('leaves dates, counts and texts without a number alone', () => {
    expect(decorated(doc('في 171 بلدًا منذ 1951', 'بتاريخ 2006-11-03', 'C++ 11'))).toEqual([]);
  });
});
