import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from './from-text';
import { isEmptyDoc, toPlainText } from './plain-text';
import { richTextDocSchema, richTextField } from './schema';

const doc = (content: unknown[]) => ({ type: 'doc', content });

describe('richTextDocSchema (the allowlist)', () => {
  it('accepts every allowed node and mark', () => {
    const input = doc([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Titre' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'gras', marks: [{ type: 'bold' }] },
          { type: 'hardBreak' },
          { type: 'text', text: 'lien', marks: [{ type: 'link', attrs: { href: 'https://www.iom.int/fr' } }] },
        ],
      },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '« citation »' }] }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'un' }] }] }] },
      { type: 'image', attrs: { src: '/media/a.jpg', alt: 'Une photo', width: 800, height: 600 } },
    ]);
    expect(richTextDocSchema.safeParse(input).success).toBe(true);
  });

  it.each([
    ['a script node', doc([{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }])],
    ['a javascript: link', doc([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }])],
    ['a protocol-relative link', doc([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: '//evil.example' } }] }] }])],
    ['a link whose backslash leads to another host', doc([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: '/\\evil.example/phish' } }] }] }])],
    ['an image from another host behind a backslash', doc([{ type: 'image', attrs: { src: '/\\evil.example/pixel.gif', alt: '' } }])],
    ['an unknown mark', doc([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'onclick' }] }] }])],
    ['an extra attribute on text', doc([{ type: 'paragraph', content: [{ type: 'text', text: 'x', onclick: 'alert(1)' }] }])],
    ['a data: image', doc([{ type: 'image', attrs: { src: 'data:image/svg+xml;base64,PHN2Zz4=', alt: '' } }])],
    ['a level-1 heading', doc([{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'x' }] }])],
  ])('refuses %s', (_name, input) => {
    expect(richTextDocSchema.safeParse(input).success).toBe(false);
  });

  it('keeps an image pasted without a description (alt null, as Google Docs gives it) as undescribed, for the draft', () => {
    const pasted = { type: 'image', attrs: { src: 'https://lh7-us.googleusercontent.com/docsz/abc', alt: null, title: null, width: null, height: null } };
    expect(richTextDocSchema.parse(doc([pasted])).content).toEqual([{ type: 'image', attrs: { src: 'https://lh7-us.googleusercontent.com/docsz/abc', alt: '' } }]);
    expect(richTextDocSchema.parse(doc([{ type: 'image', attrs: { src: '/a.png' } }])).content).toEqual([{ type: 'image', attrs: { src: '/a.png', alt: '' } }]);
    expect(richTextDocSchema.parse(doc([{ type: 'image', attrs: { src: '/a.png', alt: '  Une photo ' } }])).content).toEqual([{ type: 'image', attrs: { src: '/a.png', alt: 'Une photo' } }]);
  });

  it('drops attributes it does not know on links and images', () => {
    const parsed = richTextDocSchema.parse(
      doc([
        { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: '/fr', target: '_blank', rel: 'x' } }] }] },
        { type: 'image', attrs: { src: '/a.png', alt: 'a', title: 'x' } },
      ]),
    );
    expect(JSON.stringify(parsed)).not.toMatch(/target|title|rel/);
  });
});

describe('plain text', () => {
  it('joins blocks with blank lines and sees an empty body', () => {
    const d = docFromParagraphs(['Premier paragraphe.', '« Une citation » explique quelqu’un.']);
    expect(toPlainText(d)).toBe('Premier paragraphe.\n\n« Une citation » explique quelqu’un.');
    expect(d.content[1]?.type).toBe('blockquote');
    expect(isEmptyDoc(d)).toBe(false);
    expect(isEmptyDoc(doc([{ type: 'paragraph' }]) as never)).toBe(true);
  });

  it('collapses whitespace, line breaks included, but keeps the no-break spaces French text needs', () => {
    const d = docFromParagraphs(['« Oui\u00a0! »\n  dit-il\u202f; puis   10\u00a0000 migrants \u00a0: fin. \u00a0']);
    expect(toPlainText(d)).toBe('« Oui\u00a0! » dit-il\u202f; puis 10\u00a0000 migrants\u00a0: fin.');
  });
});

describe('richTextField', () => {
  const field = richTextField('page.bodyInvalid');

  it('reads the posted JSON, an empty value as an empty document', () => {
    expect(field.parse('')).toEqual({ type: 'doc', content: [] });
    expect(field.parse('{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Bonjour"}]}]}').content).toHaveLength(1);
  });

  it('saves a paragraph longer than 20,000 characters (one pasted from a PDF), limited only by the request', () => {
    const long = 'Un très long paragraphe collé depuis un PDF, sans retour à la ligne. '.repeat(1_000);
    expect(long.length).toBeGreaterThan(60_000);
    const raw = JSON.stringify(doc([{ type: 'paragraph', content: [{ type: 'text', text: long }] }]));
    const parsed = field.safeParse(raw);
    expect(parsed.error?.issues[0]?.message).toBeUndefined();
    expect(parsed.data?.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: long }] }]);
  });

  it('refuses broken JSON and anything outside the allowlist with the given message', () => {
    for (const raw of ['{not json', '{"type":"doc","content":[{"type":"script"}]}']) {
      const parsed = field.safeParse(raw);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('page.bodyInvalid');
    }
  });
});
