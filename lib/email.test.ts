import { describe, expect, it } from 'vitest';
import { emailField, shownEmail, storedEmail } from './email';

describe('e-mail addresses', () => {
  it('stores an address lower case, its domain in ASCII however it was typed', () => {
    expect(storedEmail('  Ana.Perez@IOM.int ')).toBe('ana.perez@iom.int');
    expect(storedEmail('josé@Bücher.example')).toBeNull(); // only domains have an ASCII form
    expect(storedEmail('ana@Bücher.example')).toBe('ana@xn--bcher-kva.example');
    expect(storedEmail('ana@xn--bcher-kva.example')).toBe('ana@xn--bcher-kva.example');
    expect(storedEmail('prensa@niño.es')).toBe('prensa@xn--nio-8ma.es');
    expect(storedEmail('info@الأمم.مثال')).toMatch(/^info@xn--[a-z0-9-]+\.xn--[a-z0-9-]+$/);
  });

  it('refuses what is not an address', () => {
    for (const v of ['', 'ana', '@iom.int', 'ana@', 'ana@iom', 'ana@exa mple.org', 'ana@xn--zz.org', '"mailto:ana@iom.int">ana', 'ana@exa_mple.org']) {
      expect(storedEmail(v), v).toBeNull();
    }
  });

  it('shows a stored address with its domain in its own letters', () => {
    expect(shownEmail('ana@xn--bcher-kva.example')).toBe('ana@bücher.example');
    expect(shownEmail('ana@iom.int')).toBe('ana@iom.int');
    expect(shownEmail(storedEmail('prensa@Niño.es')!)).toBe('prensa@niño.es');
  });

  it('answers Validation keys at the field', () => {
    const required = emailField('required');
    const optional = emailField(null);
    expect(required.safeParse(' Ana@Bücher.example ').data).toBe('ana@xn--bcher-kva.example');
    expect(required.safeParse('  ').error?.issues[0]?.message).toBe('required');
    expect(required.safeParse('ana@').error?.issues[0]?.message).toBe('email');
    expect(required.safeParse(`${'a'.repeat(320)}@iom.int`).error?.issues[0]?.message).toBe('tooLong');
    expect(optional.safeParse('').data).toBeNull();
    expect(optional.safeParse('ana@').error?.issues[0]?.message).toBe('email');
  });
});
