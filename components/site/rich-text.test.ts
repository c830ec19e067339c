import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { RichText } from './rich-text';

const NB = '\u00a0';
const doc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Voir ' },
        { type: 'text', text: 'le rapport ?', marks: [{ type: 'link', attrs: { href: 'https://exemple.org/a?b=c :d' } }] },
        { type: 'text', text: 'Important', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' : « vite » !' },
      ],
    },
  ],
} as unknown as RichTextDoc;

const html = (locale?: Locale) => renderToString(createElement(RichText, { doc, locale }));

describe('RichText typography', () => {
  it('typesets the text nodes of a French body, never an attribute', () => {
    const out = html('fr');
    expect(out).toContain(`le rapport${NB}?`);
    expect(out).toContain(`${NB}: «${NB}vite${NB}»${NB}!`);
    expect(out).toContain('href="https://exemple.org/a?b=c :d"');
  });

  it('leaves other languages, and the dashboard (no locale), as typed', () => {
    for (const out of [html('en'), html()]) {
      expect(out).not.toContain(NB);
      expect(out).toContain(' : « vite » !');
    }
  });
});
