import { describe, expect, it } from 'vitest';
import { undescribedImages } from './images';
import { richTextDocSchema } from './schema';

describe('undescribedImages', () => {
  it('counts the images whose description is missing or blank, as pasted from a word processor', () => {
    const doc = richTextDocSchema.parse({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Avant.' }] },
        { type: 'image', attrs: { src: 'https://lh7-us.googleusercontent.com/docsz/abc', alt: null, title: null, width: null, height: null } },
        { type: 'image', attrs: { src: '/media/a.jpg', alt: '   ' } },
        { type: 'image', attrs: { src: '/media/b.jpg', alt: 'Une photo' } },
      ],
    });
    expect(undescribedImages(doc)).toBe(2);
  });

  it('finds none in a text whose images are all described, or without images', () => {
    expect(undescribedImages({ type: 'doc', content: [{ type: 'image', attrs: { src: '/media/b.jpg', alt: 'Une photo' } }] })).toBe(0);
    expect(undescribedImages({ type: 'doc', content: [] })).toBe(0);
  });
});
