/**
 * Office validation and archiving on a real database: the rules of issue 4 (Guyana/Uruguay,
 * invalid numbers, duplicates, an e-mail without domain, archive instead of delete), and the
 * texts readers get where a language lacks its own (French standing in, and saying so).
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articles, officePhones, officeTranslations, offices } from '@/db/schema';
import type { PublicUser } from '@/db/queries/users';
import { officeFormSchema, type OfficeFormInput } from '@/lib/validation/offices';
import { insertCountries, insertOffice, insertUser } from '@/test/admin-fixtures';
import { createOffice, deleteOffice, getOfficeForEdit, listOffices, setOfficeStatus, updateOffice } from './offices';
import { getOfficeContact, listOfficeDirectory } from './public-offices';

let admin: PublicUser;

beforeAll(async () => {
  await insertCountries();
  admin = await insertUser('admin');
});

/** The office form as the browser sends it (inputs named by path). */
function form(fields: Record<string, string>): OfficeFormInput {
  return officeFormSchema.parse({ countryCode: 'UY', 'texts.fr.name': 'Bureau de Montevideo', 'texts.fr.city': 'Montevideo', ...fields });
}

const save = (input: OfficeFormInput) => db.transaction((tx) => createOffice(tx, admin, input));

describe('office phones', () => {
  it('refuses +592 (Guyana) for an office in Uruguay as no valid number, suggests +598, and saves nothing', async () => {
    const result = await save(form({ 'texts.fr.name': 'Bureau A', 'phones.0.number': '+592 2 9168043' }));
    expect(result).toMatchObject({
      status: 'invalid',
      phoneProblems: [
        {
          index: 0,
          severity: 'error',
          suggestion: { e164: '+59829168043', formatted: '+598 2916 8043' },
          message: { key: 'wrongCallingCode', values: { callingCode: '+592', country: 'GY', officeCountry: 'UY' } },
        },
      ],
    });
    // An error: nothing to confirm it with.
    expect((result as { phoneProblems: { confirmValue?: string }[] }).phoneProblems[0]).not.toHaveProperty('confirmValue');
    expect(await listOffices('fr', { q: 'Bureau A' })).toEqual([]);
  });

  it('stores the suggested number as E.164 once the admin takes it', async () => {
    const result = await save(form({ 'texts.fr.name': 'Bureau B', 'phones.0.number': '+598 2916 8043', 'phones.1.number': '2916 8058' }));
    expect(result.status).toBe('saved');
    const office = await getOfficeForEdit((result as { id: string }).id);
    expect(office?.phones.map((p) => p.e164)).toEqual(['+59829168043', '+59829168058']);
  });

  it('keeps a valid number of another country as typed when the admin confirms that very number', async () => {
    const result = await save(
      form({ 'texts.fr.name': 'Bureau C', 'phones.0.number': '+33 1 23 45 67 89', 'phones.0.confirm': '+33123456789' }),
    );
    expect(result.status).toBe('saved');
    const office = await getOfficeForEdit((result as { id: string }).id);
    expect(office?.phones).toEqual([{ label: 'switchboard', e164: '+33123456789' }]);
  });

  it('stores no invalid number, confirmed or not: +592 2 9168043 has 8 national digits, Guyana’s numbers 7', async () => {
    const result = await save(
      form({ 'texts.fr.name': 'Bureau C2', 'phones.0.number': '+592 2 9168043', 'phones.0.confirm': '+59229168043' }),
    );
    expect(result).toMatchObject({
      status: 'invalid',
      phoneProblems: [{ index: 0, severity: 'error', message: { key: 'wrongCallingCode' }, suggestion: { e164: '+59829168043' } }],
    });
    expect(await listOffices('fr', { q: 'Bureau C2' })).toEqual([]);
    expect(await db.select({ e164: officePhones.e164 }).from(officePhones).where(eq(officePhones.e164, '+59229168043'))).toEqual([]);
  });

  it('does not carry a confirmation over to another number', async () => {
    const result = await save(
      form({ 'texts.fr.name': 'Bureau D', 'phones.0.number': '+33 1 23 45 67 89', 'phones.0.confirm': '+59229168043' }),
    );
    expect(result).toMatchObject({ status: 'invalid', phoneProblems: [{ index: 0, severity: 'warning', message: { key: 'otherCountry' } }] });
  });

  it('refuses an invalid number and says why, at its row', async () => {
    const result = await save(
      form({ 'texts.fr.name': 'Bureau E', 'phones.0.number': '+598 2916 8043', 'phones.1.number': '12', 'phones.2.number': 'abc' }),
    );
    expect(result).toMatchObject({
      status: 'invalid',
      phoneProblems: [
        { index: 1, severity: 'error', message: { key: 'tooShort' } },
        { index: 2, severity: 'error', message: { key: 'notANumber' } },
      ],
    });
  });

  it('refuses the same number twice in one office, however it is written', async () => {
    const result = await save(form({ 'texts.fr.name': 'Bureau F', 'phones.0.number': '+598 2916 8043', 'phones.1.number': '2916 8043' }));
    expect(result).toMatchObject({ status: 'invalid', phoneProblems: [{ index: 1, severity: 'error', message: { key: 'duplicate' } }] });
  });

  it('ignores blank rows but keeps the indexes of the others', async () => {
    const result = await save(form({ 'texts.fr.name': 'Bureau G', 'phones.0.number': '', 'phones.1.number': '12' }));
    expect(result).toMatchObject({ status: 'invalid', phoneProblems: [{ index: 1 }] });
  });
});

describe('office identity', () => {
  it('refuses a second office with the same French name in the same country', async () => {
    expect((await save(form({ 'texts.fr.name': 'Bureau de Salto' }))).status).toBe('saved');
    const again = await save(form({ 'texts.fr.name': '  bureau de salto ' }));
    expect(again).toMatchObject({ status: 'invalid', duplicate: { name: 'Bureau de Salto', archived: false } });
    // As people read names: accents and punctuation aside.
    expect((await save(form({ 'texts.fr.name': 'Bureau de Paysandú' }))).status).toBe('saved');
    expect(await save(form({ 'texts.fr.name': 'bureau de paysandu' }))).toMatchObject({ status: 'invalid', duplicate: { name: 'Bureau de Paysandú' } });
    expect(await save(form({ 'texts.fr.name': 'Bureau-de-Paysandú' }))).toMatchObject({ status: 'invalid', duplicate: { name: 'Bureau de Paysandú' } });
    // The same name in another country is another office.
    expect((await save(form({ 'texts.fr.name': 'Bureau de Salto', countryCode: 'AR' }))).status).toBe('saved');
  });

  it('creates one office when the same one is saved twice at the same moment', async () => {
    const input = form({ 'texts.fr.name': 'Bureau de Rivera', countryCode: 'UY' });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first save keeps its transaction open a moment after its checks; the second comes meanwhile.
    const first = db.transaction(async (tx) => {
      const result = await createOffice(tx, admin, input);
      await held;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = db.transaction((tx) => createOffice(tx, admin, input));
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    const results = await Promise.all([first, second]);
    expect(results.map((r) => r.status)).toEqual(['saved', 'invalid']);
    expect(results[1]).toMatchObject({ duplicate: { name: 'Bureau de Rivera' } });
    expect((await listOffices('fr', { q: 'Bureau de Rivera' })).length).toBe(1);
  });

  it('refuses an e-mail without a domain in the form, and the database refuses it too', async () => {
    for (const email of ['montevideo@', 'montevideo@iom', 'montevideo']) {
      const parsed = officeFormSchema.safeParse({ countryCode: 'UY', 'texts.fr.name': 'X', 'texts.fr.city': 'Y', email });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['email', 'email']]);
    }
    expect(form({ email: ' Montevideo@IOM.int ' }).email).toBe('montevideo@iom.int');
    expect(form({ email: '' }).email).toBeNull();
    await expect(db.insert(offices).values({ key: 'no-domain', countryCode: 'UY', email: 'montevideo@iom' })).rejects.toThrow();
  });

  it('requires the French name and city, and both in a language once anything is written in it', () => {
    const parsed = officeFormSchema.safeParse({ countryCode: 'UY', 'texts.fr.name': '', 'texts.es.address': 'Calle 1' });
    expect(parsed.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['texts.es.city', 'texts.es.name', 'texts.fr.city', 'texts.fr.name']);
  });

  it('never overwrites a save it did not see: the version must match', async () => {
    const id = await insertOffice({ name: 'Bureau versionné' });
    const input = form({ 'texts.fr.name': 'Bureau versionné', 'phones.0.number': '+598 2916 8043' });
    expect((await db.transaction((tx) => updateOffice(tx, admin, id, 1, input))).status).toBe('saved');
    expect((await db.transaction((tx) => updateOffice(tx, admin, id, 1, input))).status).toBe('conflict');
  });
});

describe('archive instead of delete', () => {
  it('refuses to delete an office an article cites, and the foreign key holds anyway', async () => {
    const id = await insertOffice({ name: 'Bureau cité' });
    await db.insert(articles).values({ contactOfficeId: id });
    expect(await db.transaction((tx) => deleteOffice(tx, admin, id))).toEqual({ status: 'cited', citations: 1 });
    await expect(db.delete(offices).where(eq(offices.id, id))).rejects.toThrow();
    expect(await getOfficeForEdit(id)).not.toBeNull();
  });

  it('archives a cited office: it leaves the directory list, keeps its phones, and can be restored', async () => {
    const id = await insertOffice({ name: 'Bureau archivé' });
    await db.insert(articles).values({ contactOfficeId: id });
    expect(await db.transaction((tx) => setOfficeStatus(tx, admin, id, 'archived'))).toBe('changed');
    // A second click, or another admin first: nothing to change.
    expect(await db.transaction((tx) => setOfficeStatus(tx, admin, id, 'archived'))).toBe('unchanged');
    expect((await listOffices('fr', { q: 'Bureau archivé' })).map((o) => o.id)).toEqual([]);
    expect(await listOffices('fr', { q: 'Bureau archivé', status: 'archived' })).toMatchObject([{ id, status: 'archived', citations: 1 }]);
    expect(await db.select({ e164: officePhones.e164 }).from(officePhones).where(eq(officePhones.officeId, id))).toHaveLength(1);
    expect(await db.transaction((tx) => setOfficeStatus(tx, admin, id, 'active'))).toBe('changed');
    expect(await db.transaction((tx) => setOfficeStatus(tx, admin, '00000000-0000-4000-8000-000000000000', 'active'))).toBe('missing');
    expect((await listOffices('fr', { q: 'Bureau archivé' })).map((o) => o.id)).toEqual([id]);
  });

  it('deletes an office nobody cites, phones and texts with it', async () => {
    const id = await insertOffice({ name: 'Bureau créé par erreur' });
    expect(await db.transaction((tx) => deleteOffice(tx, admin, id))).toEqual({ status: 'deleted' });
    expect(await getOfficeForEdit(id)).toBeNull();
    expect(await db.select().from(officePhones).where(eq(officePhones.officeId, id))).toEqual([]);
  });
});

describe('office list', () => {
  it('filters by country and finds offices by name, e-mail or digits of a phone', async () => {
    const id = await insertOffice({ name: 'Oficina Buenos Aires', country: 'AR', phones: ['+541143118000'] });
    expect((await listOffices('fr', { country: 'AR', q: 'Buenos' })).map((o) => o.id)).toEqual([id]);
    expect((await listOffices('fr', { q: '4311 8000' })).map((o) => o.id)).toEqual([id]);
    expect((await listOffices('fr', { country: 'UY', q: 'Buenos' })).map((o) => o.id)).toEqual([]);
    expect((await listOffices('es', { q: 'Buenos' }))[0]).toMatchObject({ countryName: 'Argentina', locales: ['fr'] });
  });

  it('finds a number typed in national format, its trunk prefix dropped by its country’s plan', async () => {
    const saved = await save(form({ countryCode: 'CH', 'texts.fr.name': 'Siège de Genève', 'texts.fr.city': 'Genève', 'phones.0.number': '022 717 91 11' }));
    const geneva = (saved as { id: string }).id;
    expect((await getOfficeForEdit(geneva))?.phones).toEqual([{ label: 'switchboard', e164: '+41227179111' }]);
    const found = async (q: string) => (await listOffices('fr', { q })).map((o) => o.id);
    for (const q of ['022 717 91 11', '0227179111', '022 717', '(022) 717-91-11', '+41 22 717', '717 91 11', 'Genève 022 717 91 11']) {
      expect(await found(q), q).toEqual([geneva]);
    }
    // Uruguay's own trunk prefix: "02916 8043" is +598 2916 8043 (the default number of insertOffice).
    const montevideo = await insertOffice({ name: 'Bureau au numéro national', phones: ['+59829168043'] });
    expect(await found('02916 8043')).toContain(montevideo);
    expect(await found('02916 8043')).not.toContain(geneva);
    // Not a number of Geneva's once read: the digits after the trunk prefix are not its own.
    expect(await found('022 717 91 12')).toEqual([]);
  });

  it('finds a number typed with the international prefix "00" as if typed with "+"', async () => {
    const id = await insertOffice({ name: 'Bureau au préfixe international', phones: ['+59829168077'] });
    const found = async (q: string) => (await listOffices('fr', { q })).map((o) => o.id);
    for (const q of ['+598 2 916 8077', '00598 2 916 8077', '0059829168077', '00598 2916', 'Montevideo 00598 2 916 8077']) {
      expect(await found(q), q).toContain(id);
    }
    // "00" then no calling code in use: read as typed, and no office's number holds these digits.
    expect(await found('00999 2 916 8077')).not.toContain(id);
  });

  it('finds an office by its e-mail as the list shows it, an internationalized domain in its own letters', async () => {
    const id = await insertOffice({ name: 'Bureau au domaine accentué' });
    await db.update(offices).set({ email: 'presse@xn--bcher-kva.example' }).where(eq(offices.id, id));
    const found = async (q: string) => (await listOffices('fr', { q })).map((o) => o.id);
    for (const q of ['presse@bücher.example', 'bücher', 'Bücher.example', '@bücher', 'xn--bcher-kva', 'domaine bücher']) {
      expect(await found(q), q).toEqual([id]);
    }
    expect(await found('bücherei')).toEqual([]);
  });

  it('finds a number typed with Arabic-Indic, Persian or full-width digits, and an Arabic address as typed', async () => {
    const id = await insertOffice({ name: 'Bureau aux chiffres arabes', phones: ['+59829168066'] });
    await db.insert(officeTranslations).values({ officeId: id, locale: 'ar', name: 'مكتب', city: 'مونتيفيديو', address: 'شارع ١٢' });
    const found = async (q: string) => (await listOffices('ar', { q })).map((o) => o.id);
    for (const q of ['٢٩١٦ ٨٠٦٦', '+٥٩٨ ٢ ٩١٦ ٨٠٦٦', '٠٠٥٩٨ ٢٩١٦ ٨٠٦٦', '۲۹۱۶ ۸۰۶۶', '２９１６８０６６', '٠٢٩١٦ ٨٠٦٦', 'شارع ١٢']) {
      expect(await found(q), q).toEqual([id]);
    }
    expect(await found('٢٩١٦ ٨٠٦٧')).toEqual([]);
  });

  it('finds an office when every word of the search is somewhere in it', async () => {
    const id = await insertOffice({ name: 'OIM Cono Sur', phones: ['+59829168099'] });
    const found = async (q: string, locale: 'fr' | 'en' = 'fr') => (await listOffices(locale, { q })).map((o) => o.id);
    expect(await found('OIM Montevideo')).toEqual([id]);
    expect(await found('  oim   cono  ')).toEqual([id]);
    expect(await found('Montevideo Uruguay')).toContain(id);
    expect(await found('OIM Uruguay 9168099')).toEqual([id]);
    // Every word must be found: a word matching nothing of the office leaves it out.
    expect(await found('OIM Genève')).toEqual([]);
    expect(await found('OIM Suisse')).toEqual([]);
    // LIKE wildcards typed in the search are plain characters.
    expect(await found('OIM %')).toEqual([]);
    expect(await found('OIM _')).toEqual([]);
  });
});

describe('office texts for readers', () => {
  it('says which language they are in: the reader’s own, or French standing in for it, the address on its own too', async () => {
    const address = '17, route des Morillons\nCP 17\n1211 Genève 19';
    const saved = await save(
      form({ countryCode: 'CH', 'texts.fr.name': 'Bureau de Genève', 'texts.fr.city': 'Genève', 'texts.fr.address': address, 'texts.es.name': 'Oficina de Ginebra', 'texts.es.city': 'Ginebra' }),
    );
    const id = (saved as { id: string }).id;
    const french = { name: 'Bureau de Genève', city: 'Genève', address, textLocale: 'fr', addressLocale: 'fr' };
    expect(await getOfficeContact(id, 'ar')).toMatchObject({ ...french, countryName: 'سويسرا' });
    expect(await getOfficeContact(id, 'en')).toMatchObject(french);
    expect(await getOfficeContact(id, 'fr')).toMatchObject(french);
    // Named in Spanish, its address left out there: the French address stands in, marked French.
    expect(await getOfficeContact(id, 'es')).toMatchObject({ name: 'Oficina de Ginebra', city: 'Ginebra', address, textLocale: 'es', addressLocale: 'fr' });
    expect((await listOfficeDirectory('ar')).find((o) => o.id === id)).toMatchObject(french);
    // The administrators' list says it too.
    const listed = async (locale: 'fr' | 'es' | 'ar') => (await listOffices(locale)).find((o) => o.id === id);
    expect(await listed('ar')).toMatchObject({ name: 'Bureau de Genève', city: 'Genève', textLocale: 'fr' });
    expect(await listed('fr')).toMatchObject({ name: 'Bureau de Genève', city: 'Genève', textLocale: 'fr' });
    expect(await listed('es')).toMatchObject({ name: 'Oficina de Ginebra', city: 'Ginebra', textLocale: 'es' });
  });
});
