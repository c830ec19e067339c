import { domainToASCII, domainToUnicode } from 'node:url';
import { z } from 'zod';

// What a browser's e-mail field accepts (WHATWG), with a domain of at least two labels ending
// in a top-level domain of letters, or an internationalized one ("xn--…", as ".مصر" is).
const ADDRESS = z.email({ pattern: z.regexes.html5Email });
const TOP_LEVEL = /\.(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** RFC 5321's limits (4.5.3.1): the part before "@" and the whole address, in octets (ASCII here). */
export const EMAIL_LOCAL_MAX = 64;
export const EMAIL_MAX = 254;

/**
 * An e-mail address as stored and compared: trimmed, lower case, its domain in its ASCII form
 * (IDNA, "bücher.example" as "xn--bcher-kva.example"), so an address reads the same whichever
 * way it was typed and stays a valid address for mail software; null when it is not an address.
 * The part before "@" stays as typed (lower case): only domains have an ASCII form.
 */
export function storedEmail(typed: string): string | null {
  const read = readEmail(typed);
  return 'address' in read ? read.address : null;
}

/** The address as stored, or why it is none (Validation keys): not an address, or longer than mail software takes. */
function readEmail(typed: string): { address: string } | { error: 'email' | 'emailTooLong' } {
  const value = typed.trim().toLowerCase();
  const at = value.lastIndexOf('@');
  if (at < 1) return { error: 'email' };
  const domain = domainToASCII(value.slice(at + 1));
  if (!domain) return { error: 'email' };
  const address = `${value.slice(0, at)}@${domain}`;
  if (!TOP_LEVEL.test(domain) || !ADDRESS.safeParse(address).success) return { error: 'email' };
  // Past these, mail servers refuse the address: no message would ever reach it.
  if (at > EMAIL_LOCAL_MAX || address.length > EMAIL_MAX) return { error: 'emailTooLong' };
  return { address };
}

/** A stored address as people read it: an internationalized domain in its own letters. */
export function shownEmail(stored: string): string {
  const at = stored.lastIndexOf('@');
  if (at < 0) return stored;
  const domain = stored.slice(at + 1);
  return stored.slice(0, at + 1) + (domainToUnicode(domain) || domain);
}

/**
 * A piece of an address typed in a search as it is stored, when that differs: the domain's
 * letters in their ASCII form ("bücher" or "ana@bücher.example", as the list shows it, is stored
 * "xn--bcher-kva…"). Undefined when the text is ASCII already or no domain can be read in it.
 */
export function emailSearchForm(typed: string): string | undefined {
  const text = typed.trim().toLowerCase();
  if (!/[^\x20-\x7e]/.test(text)) return undefined;
  const at = text.lastIndexOf('@');
  const domain = domainToASCII(text.slice(at + 1));
  if (!domain || domain === text.slice(at + 1)) return undefined;
  return text.slice(0, at + 1) + domain;
}

/**
 * The mailto: link of a stored address (RFC 6068). The part before "@" may hold characters a URI
 * reads otherwise ("#" starts a fragment, "?" the headers, "%" an escape): they are
 * percent-encoded, so the mail program writes to the very mailbox shown. The domain is stored in
 * its ASCII form already.
 */
export function mailtoHref(stored: string): string {
  const at = stored.lastIndexOf('@');
  if (at < 0) return `mailto:${encodeURIComponent(stored)}`;
  return `mailto:${encodeURIComponent(stored.slice(0, at))}${stored.slice(at)}`;
}

/**
 * The schema of an e-mail field (Validation keys as messages): the address as stored
 * (storedEmail). `blank` says what an empty field means: 'required', or null ("none").
 */
export function emailField(blank: 'required'): z.ZodType<string, string>;
export function emailField(blank: null): z.ZodType<string | null, string>;
export function emailField(blank: 'required' | null): z.ZodType<string | null, string> {
  return z
    .string()
    .trim()
    .max(320, 'tooLong')
    .transform((v, ctx) => {
      if (v === '') {
        if (blank === null) return null;
        ctx.addIssue({ code: 'custom', message: 'required' });
        return z.NEVER;
      }
      const read = readEmail(v);
      if ('error' in read) {
        ctx.addIssue({ code: 'custom', message: read.error });
        return z.NEVER;
      }
      return read.address;
    });
}
