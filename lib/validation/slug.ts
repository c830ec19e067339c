import { z } from 'zod';
import { SLUG_MAX_LENGTH } from '@/lib/slug';

/**
 * A typed address segment (articles, pages, topics); empty means "made from the title or name".
 * Lowercased; hyphens at either end or in runs are dropped ("-Sommet--2006-" → "sommet-2006"),
 * so what was meant is kept and the database's shape check is met. One made of hyphens only
 * names nothing: refused at the field rather than by the database.
 */
export function slugField(ns: 'article' | 'page' | 'topic') {
  return z
    .string()
    .trim()
    .toLowerCase()
    .max(SLUG_MAX_LENGTH, `${ns}.slugTooLong`)
    .regex(/^[a-z0-9-]*$/, `${ns}.slugInvalid`)
    .transform((typed, ctx) => {
      const slug = typed.replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
      if (typed && !slug) ctx.addIssue({ code: 'custom', message: `${ns}.slugNoLetters` });
      return slug;
    })
    .default('');
}
