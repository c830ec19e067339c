/**
 * UN M49 regions of countries (lib/m49.ts) on a real database: the seed gives every country
 * its region, migration 0002 gives them to databases seeded before, and the office list
 * filters by a region or a sub-region.
 */
import { readFileSync } from 'node:fs';
import { eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/db';
import { listOffices, officeFilterOptions } from '@/db/queries/offices';
import { countries } from '@/db/schema';
import { countryRegion } from '@/lib/m49';
import { regionName } from '@/lib/regions';
import { insertOffice } from '@/test/admin-fixtures';
import { COUNTRY_CODES, seedCountries } from './countries';
import { emptySummary } from './context';

const migration = readFileSync(new URL('../migrations/0002_country-regions.sql', import.meta.url), 'utf8');

beforeAll(async () => {
  await db.transaction((tx) => seedCountries({ tx, summary: emptySummary() }));
});

describe('countryRegion', () => {
  it('places countries in their M49 region and finest sub-region', () => {
    expect(countryRegion('UY')).toEqual({ region: '019', subregion: '005' }); // Americas, South America
    expect(countryRegion('FR')).toEqual({ region: '150', subregion: '155' }); // Europe, Western Europe
    expect(countryRegion('MA')).toEqual({ region: '002', subregion: '015' }); // Africa, Northern Africa
    expect(countryRegion('SN')).toEqual({ region: '002', subregion: '011' }); // Africa, Western Africa
    expect(countryRegion('JO')).toEqual({ region: '142', subregion: '145' }); // Asia, Western Asia
    expect(countryRegion('FJ')).toEqual({ region: '009', subregion: '054' }); // Oceania, Melanesia
    expect(countryRegion('US')).toEqual({ region: '019', subregion: '021' }); // Americas, Northern America
  });

  it('counts Taiwan and Kosovo where UN statistics do, and Antarctica nowhere', () => {
    expect(countryRegion('TW')).toEqual(countryRegion('CN'));
    expect(countryRegion('XK')).toEqual(countryRegion('RS'));
    expect(countryRegion('AQ')).toBeNull();
  });
});

describe('the seed', () => {
  it('gives every country but Antarctica a region and a sub-region', async () => {
    const missing = await db.select({ code: countries.code }).from(countries).where(isNull(countries.region));
    expect(missing.map((r) => r.code)).toEqual(['AQ']);
    const [uy] = await db.select().from(countries).where(eq(countries.code, 'UY'));
    expect(uy).toMatchObject({ region: '019', subregion: '005' });
  });
});

describe('migration 0002', () => {
  it('holds exactly what lib/m49.ts computes for every country', () => {
    const rows = [...migration.matchAll(/\('([A-Z]{2})', '(\d{3})', '(\d{3})'\)/g)].map(([, code, region, subregion]) => [code, { region, subregion }]);
    const expected = COUNTRY_CODES.flatMap((code) => {
      const r = countryRegion(code);
      return r ? [[code, r]] : [];
    });
    expect(rows).toEqual(expected);
  });

  it('fills the countries of a database seeded before regions, and keeps a region someone set', async () => {
    await db.update(countries).set({ region: null, subregion: null });
    await db.update(countries).set({ region: '150', subregion: '155' }).where(eq(countries.code, 'MA'));
    await pool.query(migration);
    const rows = await db.select().from(countries);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('UY')).toMatchObject({ region: '019', subregion: '005' });
    expect(byCode.get('JP')).toMatchObject({ region: '142', subregion: '030' });
    expect(byCode.get('MA')).toMatchObject({ region: '150', subregion: '155' });
    expect(rows.filter((r) => !r.region).map((r) => r.code)).toEqual(['AQ']);
    await db.update(countries).set({ region: '002', subregion: '015' }).where(eq(countries.code, 'MA'));
  });
});

describe('the office list', () => {
  it('offers the regions and sub-regions that have offices, named in the reader’s language, and filters by either', async () => {
    const uy = await insertOffice({ country: 'UY', name: 'Bureau de Montevideo' });
    const ch = await insertOffice({ key: 'geneve', country: 'CH', name: 'Siège de Genève' });
    const sn = await insertOffice({ key: 'dakar', country: 'SN', name: 'Bureau de Dakar' });

    const fr = await officeFilterOptions('fr');
    expect(fr.regions).toEqual([
      { code: '002', name: 'Afrique', subregions: [{ code: '011', name: 'Afrique occidentale' }] },
      { code: '019', name: 'Amériques', subregions: [{ code: '005', name: 'Amérique du Sud' }] },
      { code: '150', name: 'Europe', subregions: [{ code: '155', name: 'Europe de l’Ouest' }] },
    ]);
    const ar = await officeFilterOptions('ar');
    expect(ar.regions.map((r) => r.name)).toEqual(['أفريقيا', 'الأمريكتان', 'أوروبا']);
    expect(regionName('es', '019')).toBe('América');
    expect(regionName('en', '057')).toBe('Micronesian Region');
    expect(regionName('fr', '057')).toBe('Région micronésienne');

    const ids = async (region: string) => (await listOffices('fr', { region })).map((o) => o.id).sort();
    expect(await ids('019')).toEqual([uy]);
    expect(await ids('005')).toEqual([uy]);
    expect(await ids('150')).toEqual([ch]);
    expect(await ids('002')).toEqual([sn]);
    expect(await ids('142')).toEqual([]);
  });
});
