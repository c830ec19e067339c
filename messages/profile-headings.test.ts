/**
 * The Structure page's organization chart has a heading of its own (Profile.structureHeading):
 * in no language may it repeat the page's title, which is its h1 (the seed's titles), or a
 * screen reader's list of headings reads the same words twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES } from '@/db/seed/pages-content';
import { LOCALES } from '@/lib/locales';

const structure = PAGES.find((p) => p.key === 'structure')!;

describe('Profile.structureHeading', () => {
  it.each(LOCALES)('%s: differs from the Structure page’s title', (locale) => {
    const catalog = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, `${locale}.json`), 'utf8')) as { Profile: { structureHeading: string } };
    expect(catalog.Profile.structureHeading.trim()).not.toBe(structure.title[locale].trim());
  });
});
