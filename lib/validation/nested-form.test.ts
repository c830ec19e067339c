import { describe, expect, it } from 'vitest';
import { flatten, unflatten } from './nested-form';

describe('unflatten', () => {
  it('nests inputs named by path, numbers as list indexes', () => {
    expect(unflatten({ 'texts.fr.name': 'A', 'phones.0.number': '1', 'phones.1.number': '2', locale: 'fr' })).toEqual({
      texts: { fr: { name: 'A' } },
      phones: [{ number: '1' }, { number: '2' }],
      locale: 'fr',
    });
  });

  it('lets no crafted name reach a prototype', () => {
    const out = unflatten({ '__proto__.polluted': 'yes', 'constructor.prototype.x': 'y', 'a.__proto__': 'z' });
    expect(out).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores a name that is not an index inside a list', () => {
    expect(unflatten({ 'phones.0.number': '1', 'phones.x.number': '2' })).toEqual({ phones: [{ number: '1' }] });
  });

  it('is the inverse of flatten for form values', () => {
    const value = { id: 'x', texts: { fr: { name: 'A', city: '' } }, phones: [{ label: 'press', number: '+598' }] };
    expect(flatten(value)).toEqual({ id: 'x', 'texts.fr.name': 'A', 'texts.fr.city': '', 'phones.0.label': 'press', 'phones.0.number': '+598' });
    expect(unflatten(flatten(value))).toEqual(value);
  });
});
