/**
 * Phone messages as the office form shows them, in the catalogs' own words: numbers isolated
 * left to right and unbreakable inside Arabic sentences, counts in Arabic's plural forms.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/locales';
import { analyzePhone, PHONE_MESSAGES_NAMESPACE } from '@/lib/phone';
import type { OfficePhoneMessage } from '@/lib/validation/office-phones';
import { phoneMessageValues } from './phone-messages';

function say(locale: Locale, message: OfficePhoneMessage): string {
  const messages = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'messages', `${locale}.json`), 'utf8'));
  const t = createTranslator({ locale, messages, namespace: PHONE_MESSAGES_NAMESPACE as never });
  return (t as unknown as (key: string, values: object) => string)(message.key, phoneMessageValues(message, locale));
}

/** The message lib/phone.ts gives a number, whatever it says of it. */
function messageOf(raw: string, country: string): OfficePhoneMessage {
  const analysis = analyzePhone(raw, country);
  if (!('message' in analysis)) throw new Error(`${raw}: no message`);
  return analysis.message;
}

describe('phone messages', () => {
  it('isolates every number of an Arabic sentence left to right, with no space a line may break at', () => {
    const text = say('ar', messageOf('+592 2 9168043', 'UY'));
    expect(text).toContain('\u2066+592\u2069');
    expect(text).toContain('\u2066+598\u00a02916\u00a08043\u2069');
    // Everything between an isolate's start and its end: never a plain space.
    for (const [, inside] of text.matchAll(/\u2066([^\u2069]*)\u2069/g)) expect(inside).not.toMatch(/ /);
  });

  it('counts numbers in Arabic with the dual and the plural forms', () => {
    const several = (count: number) => say('ar', { key: 'severalNumbers', values: { raw: '', count: String(count) } });
    expect(several(2)).toMatch(/^يحتوي هذا الحقل على رقمين: /);
    expect(several(3)).toMatch(/^يحتوي هذا الحقل على 3 أرقام: /);
    expect(several(11)).toMatch(/^يحتوي هذا الحقل على 11 رقمًا: /);
    expect(several(100)).toMatch(/^يحتوي هذا الحقل على 100 رقم: /);
    expect(several(2)).toContain('أبقِ رقمًا واحدًا هنا وأضِف');
    expect(say('fr', { key: 'severalNumbers', values: { raw: '', count: '2' } })).toMatch(/^Ce champ contient 2 numéros/);
  });
});
