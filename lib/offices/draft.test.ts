import { describe, expect, it } from 'vitest';
import { officeDraft } from './draft';

describe('officeDraft', () => {
  it('gives a new office’s empty form and the form as first sent the same draft', () => {
    const sent = { locale: 'fr', countryCode: '', email: '', 'phones.0.label': 'switchboard', 'phones.0.number': '', 'texts.fr.name': '' };
    expect(JSON.stringify(officeDraft(sent))).toBe(JSON.stringify(officeDraft({})));
  });

  it('numbers the phone rows from 0, blank ones left out, and keeps only the form’s fields, as text', () => {
    const draft = officeDraft({
      id: 'x',
      version: '3',
      countryCode: 'UY',
      'texts.ar.city': 'مونتيفيديو',
      'phones.2.label': 'press',
      'phones.2.number': '+598 2916 8043',
      'phones.5.number': ' ',
      'phones.7.label': 'fax',
      'phones.7.number': '2916 8044',
      'phones.7.confirm': '+59829168044',
      unknown: 'dropped',
      email: 42,
    });
    expect(draft).toMatchObject({ countryCode: 'UY', email: '', 'texts.ar.city': 'مونتيفيديو', 'phones.0.label': 'press', 'phones.1.confirm': '+59829168044' });
    expect(Object.keys(draft).filter((k) => k.startsWith('phones.'))).toEqual(['phones.0.label', 'phones.0.number', 'phones.0.confirm', 'phones.1.label', 'phones.1.number', 'phones.1.confirm']);
    expect(draft).not.toHaveProperty('id');
    expect(draft).not.toHaveProperty('unknown');
  });
});
