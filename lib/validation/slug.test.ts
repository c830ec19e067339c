import { describe, expect, it } from 'vitest';
import { articleSaveSchema } from './articles';
import { pageSaveSchema } from './pages';
import { slugField } from './slug';

describe('slugField', () => {
  const slug = slugField('article');

  it('keeps what was meant: lowercased, hyphens at the ends and in runs dropped', () => {
    expect(slug.parse(' -Sommet--2006- ')).toBe('sommet-2006');
    expect(slug.parse('sommet-ibero-americain')).toBe('sommet-ibero-americain');
    expect(slug.parse('')).toBe('');
    expect(slug.parse(undefined)).toBe('');
  });

  it('refuses an address of hyphens only at the field, in the form’s own namespace', () => {
    for (const typed of ['-', '---', ' -- ']) {
      expect(slugField('page').safeParse(typed).error?.issues.map((i) => i.message)).toEqual(['page.slugNoLetters']);
    }
    expect(slug.safeParse('é').error?.issues[0]?.message).toBe('article.slugInvalid');
  });

  it('is what the article and page forms use', () => {
    const article = articleSaveSchema.safeParse({ contentLocale: 'fr', type: 'news', title: 'T', slug: '---', body: '' });
    expect(article.error?.issues.find((i) => i.path[0] === 'slug')?.message).toBe('article.slugNoLetters');
    const page = pageSaveSchema.safeParse({ contentLocale: 'fr', title: 'T', slug: '-a-', body: '' });
    expect(page.error?.issues.find((i) => i.path[0] === 'slug')).toBeUndefined();
  });
});
