/**
 * Library images and releases made in SQL on the e2e server's database, for specs whose subject
 * is what happens once they exist (who may describe an image a release shows, what the editor
 * keeps when such an image is described), not how they are made.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import sharp from 'sharp';

/**
 * An image into the library as an upload leaves it: its bytes (a plain colour, `shade`, unique to
 * `stamp`), its address made of them, its file name `port-<shade>.jpg`, a description in each
 * language of `alts` and its credit.
 */
export async function libraryImage(c: pg.Client, stamp: string, shade: number, alts: Record<string, string>, credit: string): Promise<string> {
  const bytes = await sharp({ create: { width: 320, height: 200, channels: 3, background: { r: shade, g: 120, b: 160 } } }).jpeg().toBuffer();
  const sha = createHash('sha256').update(bytes).update(stamp).digest('hex');
  const { rows } = await c.query<{ id: string }>(
    `insert into media (src, width, height, mime_type, credit, file_name, byte_size) values ($1, 320, 200, 'image/jpeg', $2, $3, $4) returning id`,
    [`/media/${sha.slice(0, 32)}.jpg`, credit, `port-${shade}.jpg`, bytes.length],
  );
  const id = rows[0]!.id;
  await c.query('insert into media_files (media_id, sha256, data) values ($1, $2, $3)', [id, sha, bytes]);
  for (const [locale, alt] of Object.entries(alts)) await c.query('insert into media_translations (media_id, locale, alt) values ($1, $2, $3)', [id, locale, alt]);
  return id;
}

/** A release in French with `heroId` as its main image: published in 2006 (under the demo release on the news list) or a draft. */
export async function releaseWithHero(c: pg.Client, heroId: string, title: string, slug: string, published: boolean): Promise<string> {
  const { rows } = await c.query<{ id: string }>(`insert into articles (key, type, hero_media_id) values ($1, 'press_release', $2) returning id`, [`e2e/${slug}`, heroId]);
  const id = rows[0]!.id;
  await c.query(
    `insert into article_translations (article_id, locale, slug, title, body, status, publish_at, first_published_at)
     values ($1, 'fr', $2, $3, '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Texte."}]}]}', $4, $5, $5)`,
    [id, slug, title, published ? 'published' : 'draft', published ? '2006-11-03T08:00:00Z' : null],
  );
  return id;
}
