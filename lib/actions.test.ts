import { createTranslator } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import fr from '@/messages/fr.json';

// Only the message helpers are tested here: nobody is signed in, nothing is written.
vi.mock('@/lib/dal', () => ({ getCurrentUser: async () => null }));
const { fieldErrorsFrom, formLocale } = await import('./actions');

// As the actions' translator: keys chosen at run time (a schema's messages), hence the cast.
const t = createTranslator({ locale: 'fr', messages: fr, namespace: 'Validation' }) as unknown as Parameters<typeof fieldErrorsFrom>[1];

describe('fieldErrorsFrom', () => {
  const schema = z.object({
    name: z.string().max(5, 'tooLong'),
    password: z.string().min(12, 'passwordTooShort'),
    texts: z.object({ fr: z.object({ title: z.string().min(1, 'required') }) }),
    other: z.string().regex(/^x$/, 'no.such.key'),
  });

  it('puts each message at its field, nested names joined, with the bounds of length checks', () => {
    const parsed = schema.safeParse({ name: 'abcdefgh', password: 'court', texts: { fr: { title: '' } }, other: 'y' });
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsFrom(parsed.error!.issues, t);
    expect(errors).toEqual({
      name: '5 caractères au plus.',
      password: 'Le mot de passe doit compter 12 caractères au moins.',
      'texts.fr.title': 'Ce champ est obligatoire.',
      other: 'Cette valeur n’est pas valide.',
    });
  });
});

describe('formLocale', () => {
  it('reads the hidden locale input, French when missing or unknown', () => {
    const form = (locale?: string) => {
      const f = new FormData();
      if (locale) f.set('locale', locale);
      return f;
    };
    expect(formLocale(form('ar'))).toBe('ar');
    expect(formLocale(form('de'))).toBe('fr');
    expect(formLocale(form())).toBe('fr');
  });
});
