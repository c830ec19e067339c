import { describe, expect, it } from 'vitest';
import { OFFICE_MAX_PHONES, officeEditSchema, officeFormSchema } from './offices';

const issues = (input: Record<string, unknown>, schema: typeof officeFormSchema | typeof officeEditSchema = officeFormSchema) =>
  (schema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]).sort();

describe('office form: one answer says every field to fix', () => {
  it('names the empty French city along with an e-mail without domain', () => {
    expect(issues({ countryCode: 'UY', 'texts.fr.name': 'Bureau de Salto', email: 'salto@iom' })).toEqual([
      ['email', 'email'],
      ['texts.fr.city', 'required'],
    ]);
  });

  it('names a started translation’s missing name and city along with a name too long', () => {
    expect(issues({ countryCode: 'UY', 'texts.fr.name': 'x'.repeat(201), 'texts.fr.city': 'Salto', 'texts.ar.address': 'شارع ١' })).toEqual([
      ['texts.ar.city', 'required'],
      ['texts.ar.name', 'required'],
      ['texts.fr.name', 'tooLong'],
    ]);
  });

  it('does the same in the edit form, and refuses what is no form at all without throwing', () => {
    expect(issues({ id: 'not-an-id', version: '1', countryCode: 'UY', 'texts.fr.name': 'Bureau', email: 'x@y' }, officeEditSchema)).toEqual([
      ['email', 'email'],
      ['id', 'invalid'],
      ['texts.fr.city', 'required'],
    ]);
    expect(officeFormSchema.safeParse(null).success).toBe(false);
    expect(officeFormSchema.safeParse('text').success).toBe(false);
  });
});

describe('office form: how many numbers', () => {
  const rows = (numbers: string[]) => Object.fromEntries(numbers.map((n, i) => [`phones.${i}.number`, n]));
  const base = { countryCode: 'UY', 'texts.fr.name': 'Bureau de Salto', 'texts.fr.city': 'Salto' };
  const typed = (n: number) => Array.from({ length: n }, (_, i) => `+598 2916 80${String(i).padStart(2, '0')}`);

  it('takes as many numbers as allowed, whatever blank rows the form holds around them', () => {
    const parsed = officeFormSchema.safeParse({ ...base, ...rows(['', ...typed(OFFICE_MAX_PHONES), '', '']) });
    expect(parsed.success).toBe(true);
  });

  it('refuses each number past the last allowed at its own input, with the limit, not at a field the form lacks', () => {
    const parsed = officeFormSchema.safeParse({ ...base, ...rows(['', ...typed(OFFICE_MAX_PHONES + 2)]) });
    expect(parsed.success).toBe(false);
    const found = parsed.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message, params: (i as { params?: unknown }).params }));
    expect(found).toEqual([
      { path: `phones.${OFFICE_MAX_PHONES + 1}.number`, message: 'office.tooManyPhones', params: { max: OFFICE_MAX_PHONES } },
      { path: `phones.${OFFICE_MAX_PHONES + 2}.number`, message: 'office.tooManyPhones', params: { max: OFFICE_MAX_PHONES } },
    ]);
  });
});
