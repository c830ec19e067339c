import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/locales';
import { unflatten } from './nested-form';
import { positionField } from './tree-place';

/**
 * A unit of the organization structure, as its form sends it: `texts.<locale>.name`,
 * `texts.<locale>.headTitle`, the head's name (a person's name is not translated), its parent
 * and its place among its siblings. French is required; another language falls back to it.
 */
const unitText = z.object({
  name: z.string().trim().max(200, 'tooLong').default(''),
  headTitle: z.string().trim().max(200, 'tooLong').default(''),
});

export const orgUnitFormSchema = z.preprocess(
  (raw) => (raw && typeof raw === 'object' ? unflatten(raw as Record<string, unknown>) : raw),
  z
    .object({
      texts: z.object(Object.fromEntries(LOCALES.map((l) => [l, unitText.default({ name: '', headTitle: '' })])) as Record<
        (typeof LOCALES)[number],
        z.ZodDefault<typeof unitText>
      >),
      headName: z
        .string()
        .trim()
        .max(120, 'tooLong')
        .default('')
        .transform((v) => v || null),
      parentId: z
        .union([z.uuid('invalid'), z.literal('')])
        .default('')
        .transform((v) => v || null),
      position: positionField,
    })
    .superRefine((v, ctx) => {
      if (v.texts[DEFAULT_LOCALE].name === '') ctx.addIssue({ code: 'custom', path: ['texts', DEFAULT_LOCALE, 'name'], message: 'required' });
      // A head title without the unit's name in that language would show under the French name.
      for (const l of LOCALES) {
        if (l !== DEFAULT_LOCALE && v.texts[l].headTitle !== '' && v.texts[l].name === '') {
          ctx.addIssue({ code: 'custom', path: ['texts', l, 'name'], message: 'required' });
        }
      }
    }),
);

export type OrgUnitFormInput = z.output<typeof orgUnitFormSchema>;

export const orgUnitEditSchema = z.intersection(z.object({ id: z.uuid('invalid'), version: z.string().regex(/^\d+$/, 'invalid') }), orgUnitFormSchema);

export const orgUnitIdSchema = z.object({ id: z.uuid('invalid') });
