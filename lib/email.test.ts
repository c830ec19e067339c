import { describe, expect, it } from 'vitest';
import { emailField, mailtoHref, shownEmail, storedEmail } from './email';

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

  it('refuses an address longer than mail software takes (RFC 5321: 64 before "@", 254 in all)', () => {
    const local64 = 'a'.repeat(64);
    expect(storedEmail(`${local64}@example.org`)).toBe(`${local64}@example.org`);
    expect(storedEmail(`${local64}a@example.org`)).toBeNull();
    expect(storedEmail(`${'a'.repeat(250)}@example.org`)).toBeNull();
    // 254 in all, counted on the domain's ASCII form: 64 + "@" + 189.
    const domain189 = `${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.ex.org`;
    expect(domain189).toHaveLength(189);
    expect(storedEmail(`${local64}@${domain189}`)).toHaveLength(254);
    expect(storedEmail(`${local64}@e${domain189}`)).toBeNull();
    // A domain typed in its own letters is longer in ASCII: "ü" alone makes it too long here.
    expect(storedEmail(`${local64}@${domain189.replace('b', 'ü')}`)).toBeNull();
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
    expect(required.safeParse(`${'a'.repeat(250)}@example.org`).error?.issues[0]?.message).toBe('emailTooLong');
    expect(optional.safeParse(`${'a'.repeat(65)}@iom.int`).error?.issues[0]?.message).toBe('emailTooLong');
    expect(optional.safeParse('').data).toBeNull();
    expect(optional.safeParse('ana@').error?.issues[0]?.message).toBe('email');
  });
});

describe('mailto links', () => {
  it('link to the very mailbox stored, whatever characters an address may hold before "@"', () => {
    expect(mailtoHref('iommontevideo@iom.int')).toBe('mailto:iommontevideo@iom.int');
    expect(mailtoHref('ana@xn--bcher-kva.example')).toBe('mailto:ana@xn--bcher-kva.example');
    // Addresses the form accepts: "#" would end the address ("info"), "?" start headers, "%" an escape.
    for (const stored of ['info#press@iom.int', 'press?rabat@iom.int', 'a%20b@iom.int', 'a+b@iom.int', 'a&b=c@iom.int']) {
      expect(storedEmail(stored), stored).toBe(stored);
      const url = new URL(mailtoHref(stored));
      expect(url.protocol).toBe('mailto:');
      expect(url.hash, stored).toBe('');
      expect(url.search, stored).toBe('');
      expect(decodeURIComponent(url.pathname), stored).toBe(stored);
    }
  });
});
