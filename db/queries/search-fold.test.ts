/**
 * Every dashboard list's search folds as the releases list does (./search-fold.ts): the media
 * library and the offices list find "Genève" typed "geneve" and "إسماعيل" typed "اسماعيل" —
 * without its hamza, vowel marks or tatweel — and the reverse.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { media, mediaTranslations, officeTranslations } from '@/db/schema';
import { insertCountries, insertOffice } from '@/test/admin-fixtures';
import { listMedia } from './media';
import { listOffices } from './offices';

describe('the media library’s search', () => {
  const ids: Record<string, string> = {};
  const found = async (q: string) => {
    const { items } = await listMedia({ q, page: 1 });
    return items.map((m) => Object.keys(ids).find((k) => ids[k] === m.id) ?? m.id).sort();
  };

  beforeAll(async () => {
    const image = async (key: string, fileName: string, credit: string | null, alts: { locale: 'fr' | 'ar'; alt: string }[]) => {
      const [row] = await db.insert(media).values({ src: `/images/fold-${key}.jpg`, width: 10, height: 10, mimeType: 'image/jpeg', fileName, credit }).returning({ id: media.id });
      ids[key] = row!.id;
      if (alts.length) await db.insert(mediaTranslations).values(alts.map((a) => ({ mediaId: row!.id, ...a })));
    };
    await image('geneve', 'Palais des Nations, Genève.jpg', null, [{ locale: 'fr', alt: 'La façade du siège' }]);
    await image('credit', 'port.jpg', 'Studio Ñandú', []);
    await image('ismail', 'ismailia.jpg', null, [{ locale: 'ar', alt: 'مكتب إسماعيل في الإسماعيليّة' }]);
    await image('tatweel', 'tatweel.jpg', null, [{ locale: 'ar', alt: 'الأمـــم المتحدة' }]);
  });

  it('finds a file name, credit or description typed without its accents, and with them', async () => {
    expect(await found('geneve')).toEqual(['geneve']);
    expect(await found('GENÈVE')).toEqual(['geneve']);
    expect(await found('facade du siege')).toEqual(['geneve']);
    expect(await found('nandu')).toEqual(['credit']);
    expect(await found('ñandú')).toEqual(['credit']);
  });

  it('finds an Arabic description typed without its hamza, shadda or tatweel', async () => {
    expect(await found('اسماعيل')).toEqual(['ismail']);
    expect(await found('إسماعيل')).toEqual(['ismail']);
    expect(await found('الاسماعيلية')).toEqual(['ismail']);
    expect(await found('الامم المتحدة')).toEqual(['tatweel']);
  });

  it('still takes "%" and "_" as typed', async () => {
    expect(await found('genev%')).toEqual([]);
    expect(await found('gen_ve')).toEqual([]);
  });
});

describe('the offices list’s search', () => {
  let id: string;
  const found = async (q: string, locale: 'fr' | 'ar' = 'fr') => (await listOffices(locale, { q })).map((o) => o.id);

  beforeAll(async () => {
    await insertCountries(['EG']);
    id = await insertOffice({ name: 'Bureau de liaison de Gizeh', country: 'EG', phones: ['+20233456789'] });
    await db.update(officeTranslations).set({ city: 'Genève-Cointrin', address: 'Quai du Rhône 12' }).where(eq(officeTranslations.officeId, id));
    await db.insert(officeTranslations).values({ officeId: id, locale: 'ar', name: 'مكتب إسماعيل', city: 'الإسماعيليّة', address: 'شارع الأهرام ١٢' });
  });

  it('finds a city, address or country name typed without its accents', async () => {
    expect(await found('geneve cointrin')).toEqual([id]);
    expect(await found('quai du rhone')).toEqual([id]);
    expect(await found('gizeh egypte')).toEqual([id]);
    expect(await found('Genève-Cointrin Égypte')).toEqual([id]);
  });

  it('finds an Arabic name, city or address typed without its hamza or shadda, and with them', async () => {
    expect(await found('اسماعيل', 'ar')).toEqual([id]);
    expect(await found('إسماعيل', 'ar')).toEqual([id]);
    expect(await found('الاسماعيلية', 'ar')).toEqual([id]);
    expect(await found('شارع الاهرام ١٢', 'ar')).toEqual([id]);
  });

  it('still finds the office by the digits of its number', async () => {
    expect(await found('3345 6789')).toEqual([id]);
    expect(await found('gizeh 33456789')).toEqual([id]);
  });
});
