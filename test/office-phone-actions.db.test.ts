/**
 * The office form's save path for the QA case: an admin of an office in Uruguay types the
 * legacy "+592 2 9168043" (Guyana's calling code) and ticks "I confirm this number is correct".
 * The number is no valid number in Guyana (8 national digits where Guyana has 7), so no
 * confirmation stores it: the answer is an error at that phone field, in the admin's language,
 * with the Uruguayan number offered instead — and nothing to confirm. A valid number of another
 * country stays a warning that a confirmation accepts. Actions called as a forged POST would
 * (test/action-harness.ts).
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { createOfficeAction, updateOfficeAction } from '@/app/[locale]/(dashboard)/dashboard/offices/actions';
import { db } from '@/db';
import { getOfficeForEdit } from '@/db/queries/offices';
import { auditLog, officePhones, offices, officeTranslations } from '@/db/schema';
import { acting, callAction } from './action-harness';
import { insertCountries, insertOffice, insertUser } from './admin-fixtures';
import { typeset } from '@/lib/typography';

beforeAll(async () => {
  await insertCountries();
  acting.user = await insertUser('admin');
});

/** The new-office form as the browser posts it, with "+592 2 9168043" confirmed. */
const newOffice = (locale: string, name: string, changes: Record<string, string> = {}) => ({
  locale,
  countryCode: 'UY',
  email: '',
  'texts.fr.name': name,
  'texts.fr.city': 'Montevideo',
  'phones.0.label': 'switchboard',
  'phones.0.number': '+592 2 9168043',
  'phones.0.confirm': '+59229168043',
  ...changes,
});

/** The sentence as read: the isolates and no-break spaces that keep numbers whole (lib/phone-messages.ts) aside. */
const read = (s: string | undefined) => s?.replace(/[\u2066-\u2069]/g, '').replace(/\u00a0/g, ' ');

const officesNamed = (name: string) => db.select({ id: officeTranslations.officeId }).from(officeTranslations).where(eq(officeTranslations.name, name));

describe('confirming a number of another calling code', () => {
  it('does not store an invalid number: an error at its field, in Arabic, with the suggestion and nothing to confirm', async () => {
    const run = await callAction(createOfficeAction, newOffice('ar', 'Bureau de Montevideo (ar)'));
    expect(run.redirectedTo).toBeUndefined();
    expect(run.state).toMatchObject({ status: 'error', formError: 'لم يُحفظ أي شيء: بعض الحقول بحاجة إلى تصحيح.' });
    const state = run.state as { fieldErrors: Record<string, string>; data: { phoneWarnings: object; phoneSuggestions: object } };
    expect(read(state.fieldErrors['phones.0.number'])).toBe(
      'رمز الاتصال +592 خاص بـغيانا، لكن لا يوجد في هذا البلد رقم يُكتب +592 29168043؛ ويقع هذا المكتب في أورغواي. هل تقصد +598 2916 8043؟',
    );
    expect(state.data.phoneWarnings).toEqual({});
    expect(state.data.phoneSuggestions).toEqual({ 0: { e164: '+59829168043', formatted: '+598 2916 8043' } });
    expect(await officesNamed('Bureau de Montevideo (ar)')).toEqual([]);
    expect(await db.select().from(officePhones).where(eq(officePhones.e164, '+59229168043'))).toEqual([]);
  });

  it('says the same in French, and stores the suggested number once it is taken', async () => {
    const refused = await callAction(createOfficeAction, newOffice('fr', 'Bureau de Montevideo (fr)'));
    expect(read((refused.state as { fieldErrors: Record<string, string> }).fieldErrors['phones.0.number'])).toBe(
      '+592 est l’indicatif du pays « Guyana », mais aucun numéro de ce pays ne s’écrit +592 29168043 ; ce bureau est situé dans le pays « Uruguay ». Vouliez-vous dire +598 2916 8043 ?',
    );
    const taken = await callAction(createOfficeAction, newOffice('fr', 'Bureau de Montevideo (fr)', { 'phones.0.number': '+598 2916 8043', 'phones.0.confirm': '' }));
    const id = /offices\/([0-9a-f-]{36})/.exec(taken.redirectedTo ?? '')?.[1];
    expect((await getOfficeForEdit(id!))?.phones).toEqual([{ label: 'switchboard', e164: '+59829168043' }]);
  });

  it('logs the office as created, its numbers and e-mail included, so its history starts from what was stored', async () => {
    const run = await callAction(
      createOfficeAction,
      newOffice('fr', 'Bureau de Salto', { 'phones.0.number': '02916 8043', 'phones.0.confirm': '', 'phones.1.label': 'press', 'phones.1.number': '+33 1 40 00 00 00', 'phones.1.confirm': '+33140000000', email: ' Salto@IOM.int ' }),
    );
    const id = /offices\/([0-9a-f-]{36})/.exec(run.redirectedTo ?? '')?.[1];
    const [entry] = await db.select({ detail: auditLog.detail }).from(auditLog).where(and(eq(auditLog.entityId, id!), eq(auditLog.action, 'office.create')));
    expect(entry?.detail).toEqual({
      names: { fr: 'Bureau de Salto' },
      countryCode: 'UY',
      email: 'salto@iom.int',
      phones: 'switchboard: +59829168043, press: +33140000000',
    });
  });

  it('asks for a number stored invalid before to be corrected, though the form sends it back as accepted', async () => {
    // Saved through the confirmation before it was refused; the edit form sends a stored number
    // back in its row's confirm field, so that a confirmed number is not questioned again.
    const id = await insertOffice({ name: 'Bureau de Rivera', phones: ['+59229168043'] });
    const [{ version }] = (await db.select({ version: offices.version }).from(offices).where(eq(offices.id, id))) as [{ version: number }];
    const run = await callAction(updateOfficeAction, {
      ...newOffice('es', 'Bureau de Rivera', { 'phones.0.number': '+592 29168043', 'texts.fr.address': 'Calle Sarandí 123' }),
      id,
      version: String(version),
    });
    expect(run.state).toMatchObject({ status: 'error', data: { phoneWarnings: {}, phoneSuggestions: { 0: { e164: '+59829168043' } } } });
    expect(read((run.state as { fieldErrors: Record<string, string> }).fieldErrors['phones.0.number'])).toBe(
      'El prefijo +592 corresponde a Guyana, pero ningún número de ese país se escribe +592 29168043; esta oficina está en Uruguay. ¿Quiso decir +598 2916 8043?',
    );
    expect((await getOfficeForEdit(id))?.texts.fr?.address ?? null).toBeNull();
  });

  it('still accepts a confirmed valid number of another country: the mismatch is what a confirmation is for', async () => {
    const unconfirmed = await callAction(createOfficeAction, newOffice('en', 'Bureau de Copenhague', { 'phones.0.number': '+45 2916 8049', 'phones.0.confirm': '' }));
    expect(unconfirmed.state).toMatchObject({
      status: 'error',
      formError: 'Some numbers do not seem to match the office’s country. Correct or confirm them, then save again.',
      data: { phoneWarnings: { 0: { confirmValue: '+4529168049', suggestion: { e164: '+59829168049' } } }, phoneSuggestions: {} },
    });
    const confirmed = await callAction(createOfficeAction, newOffice('en', 'Bureau de Copenhague', { 'phones.0.number': '+45 2916 8049', 'phones.0.confirm': '+4529168049' }));
    const id = /offices\/([0-9a-f-]{36})/.exec(confirmed.redirectedTo ?? '')?.[1];
    expect((await getOfficeForEdit(id!))?.phones).toEqual([{ label: 'switchboard', e164: '+4529168049' }]);
  });
});

describe('every phone problem in one answer', () => {
  type Refusal = { status: 'error'; formError: string; fieldErrors: Record<string, string>; data: { phoneWarnings: Record<number, { confirmValue: string; message: string }>; phoneSuggestions: Record<number, { e164: string }> } };

  it('says an extension and the country to confirm at the same row, the number without its extension offered', async () => {
    const run = await callAction(createOfficeAction, newOffice('fr', 'Bureau de Colonia', { 'phones.0.number': '+45 2916 8049 poste 12', 'phones.0.confirm': '' }));
    const state = run.state as Refusal;
    expect(state.formError).toBe(typeset('Rien n’a été enregistré : certains champs sont à corriger.', 'fr'));
    expect(read(state.fieldErrors['phones.0.number'])).toBe(
      'Un poste (« poste 12 ») ne peut pas être enregistré : un numéro international n’a pas de place pour lui, et ce formulaire n’a aucun champ libre où le noter. Saisissez la ligne directe si elle existe, sinon le numéro sans le poste.',
    );
    expect(state.data.phoneSuggestions).toEqual({ 0: { e164: '+4529168049', formatted: '+45 29 16 80 49' } });
    expect(state.data.phoneWarnings[0]).toMatchObject({ confirmValue: '+4529168049' });
    expect(read(state.data.phoneWarnings[0]?.message)).toMatch(/^\+45 est l’indicatif du pays « Danemark »/);
  });

  it('with the city missing and no country chosen yet, still says what is wrong with the numbers', async () => {
    const run = await callAction(
      createOfficeAction,
      newOffice('en', 'Bureau de Melo', { countryCode: '', 'texts.fr.city': '', 'phones.0.number': '+598 2916 8043 ext. 4', 'phones.0.confirm': '', 'phones.1.label': 'fax', 'phones.1.number': '+598 12', 'phones.2.label': 'fax', 'phones.2.number': '2916 8044' }),
    );
    const state = run.state as Refusal;
    expect(Object.keys(state.fieldErrors).sort()).toEqual(['countryCode', 'phones.0.number', 'phones.1.number', 'texts.fr.city']);
    expect(read(state.fieldErrors['phones.0.number'])).toMatch(/^An extension \(“ext\. 4”\) cannot be saved/);
    expect(read(state.fieldErrors['phones.1.number'])).toMatch(/too short/);
    expect(await officesNamed('Bureau de Melo')).toEqual([]);
  });
});
