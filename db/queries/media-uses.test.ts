/**
 * The media page names what shows an image (releases, organization pages), each by one of its
 * translations, so that an editor can go and remove it before deleting the image.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articles, articleTranslations, media, pages, pageTranslations } from '@/db/schema';
import type { Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { listMediaUses } from './media';

const src = '/media/0123456789abcdef0123456789abcdef.jpg';
const plain: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte.' }] }] };
const withImage: RichTextDoc = { type: 'doc', content: [{ type: 'image', attrs: { src, alt: '', width: 30, height: 60 } }] };

let mediaId: string;
let hero: string;
let inText: string;
let page: string;

async function article(key: string, heroMediaId: string | null, translations: { locale: Locale; title: string; body: RichTextDoc }[]) {
  const [row] = await db.insert(articles).values({ key, type: 'news', heroMediaId }).returning({ id: articles.id });
  await db.insert(articleTranslations).values(translations.map((t) => ({ articleId: row!.id, slug: `${key.replace(/\W/g, '-')}-${t.locale}`, lede: '', dateline: '', ...t })));
  return row!.id;
}

beforeAll(async () => {
  const [m] = await db.insert(media).values({ src, width: 30, height: 60, mimeType: 'image/jpeg' }).returning({ id: media.id });
  mediaId = m!.id;
  hero = await article('test/hero', mediaId, [
    { locale: 'ar', title: 'بيان بصورة رئيسية', body: plain },
    { locale: 'es', title: 'Comunicado con imagen principal', body: plain },
  ]);
  inText = await article('test/in-text', null, [
    { locale: 'fr', title: 'Sans l’image', body: plain },
    { locale: 'en', title: 'With the image in its text', body: withImage },
  ]);
  await article('test/unrelated', null, [{ locale: 'fr', title: 'Sans rapport', body: plain }]);
  const [p] = await db.insert(pages).values({ key: 'test/page-with-image' }).returning({ id: pages.id });
  page = p!.id;
  await db.insert(pageTranslations).values([
    { pageId: page, locale: 'fr', slug: 'page-avec-image', title: 'Page avec l’image', body: withImage },
    { pageId: page, locale: 'en', slug: 'page-with-image', title: 'Page with the image', body: plain },
  ]);
});

describe('listMediaUses', () => {
  it('lists every release and organization page showing the image, each by one translation', async () => {
    expect(await listMediaUses(mediaId, src, 'fr')).toEqual([
      // Releases first, newest first; the translation showing it in its text if one does.
      { kind: 'article', id: inText, locale: 'en', title: 'With the image in its text' },
      // As main image: the interface language's translation, else the first in the site's order.
      { kind: 'article', id: hero, locale: 'es', title: 'Comunicado con imagen principal' },
      { kind: 'page', id: page, locale: 'fr', title: 'Page avec l’image' },
    ]);
    expect((await listMediaUses(mediaId, src, 'ar')).find((u) => u.id === hero)).toMatchObject({ locale: 'ar', title: 'بيان بصورة رئيسية' });
  });

  it('finds a main image by its id, an image in a text by its address; nothing for an image nothing shows', async () => {
    expect(await listMediaUses(mediaId, '/media/ffffffffffffffffffffffffffffffff.jpg', 'fr')).toHaveLength(1);
    const [other] = await db.insert(media).values({ src: '/media/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.jpg', width: 1, height: 1, mimeType: 'image/jpeg' }).returning({ id: media.id });
    expect(await listMediaUses(other!.id, '/media/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.jpg', 'fr')).toEqual([]);
  });
});
