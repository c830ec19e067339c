import { z } from 'zod';
import { phoneLabelEnum } from '@/db/schema';
import { emailField } from '@/lib/email';
import { LOCALES, DEFAULT_LOCALE } from '@/lib/locales';
import { unflatten } from './nested-form';

/**
 * The office form: inputs named by path (`texts.en.city`, `phones.1.number`, see nested-form.ts).
 * Messages are Validation keys. Phone numbers are only shaped here: what a number *is* (valid,
 * abroad, mistyped calling code) depends on the office's country and is decided by
 * lib/offices/validate.ts with libphonenumber-js, where a warning can be confirmed.
 */
export const OFFICE_MAX_PHONES = 10;

const text = (max: number) => z.string().trim().max(max, 'tooLong');

/** A blank e-mail means "none"; anything else must be a complete address with a domain. */
export const officeEmailSchema = emailField(null);

const officeText = z.object({ name: text(200).default(''), city: text(120).default(''), address: text(600).default('') });

const phoneRow = z.object({
  label: z.enum(phoneLabelEnum.enumValues, { message: 'invalid' }).default('switchboard'),
  number: text(40).default(''),
  /** The E.164 number a warning was confirmed for; a different number must be confirmed again. */
  confirm: z.string().max(40).default(''),
});

export const officeFormSchema = z.preprocess(
  (raw) => (raw && typeof raw === 'object' ? unflatten(raw as Record<string, unknown>) : raw),
  z
    .object({
      countryCode: z
        .string()
        .trim()
        .toUpperCase()
        .min(1, 'required')
        .regex(/^[A-Z]{2}$/, 'invalid'),
      email: officeEmailSchema.default(null),
      texts: z.object(Object.fromEntries(LOCALES.map((l) => [l, officeText.default({ name: '', city: '', address: '' })])) as Record<
        (typeof LOCALES)[number],
        z.ZodDefault<typeof officeText>
      >),
      // Blank rows are no numbers (the form may hold a few): only the numbers typed count, below.
      phones: z.array(phoneRow).default([]),
    })
    .superRefine(
      (v, ctx) => {
        // French is the source: its name and city are required. Another language is optional, but
        // once anything is written in it, its name and city are needed (the address may stay empty).
        for (const locale of LOCALES) {
          const t = v.texts?.[locale];
          if (!t || typeof t !== 'object') continue;
          const started = t.name !== '' || t.city !== '' || t.address !== '';
          if (locale !== DEFAULT_LOCALE && !started) continue;
          if (t.name === '') ctx.addIssue({ code: 'custom', path: ['texts', locale, 'name'], message: 'required' });
          if (t.city === '') ctx.addIssue({ code: 'custom', path: ['texts', locale, 'city'], message: 'required' });
        }
        // Each number past the last one allowed is refused at its own input, where it can be removed.
        let typed = 0;
        (Array.isArray(v.phones) ? v.phones : []).forEach((row, index) => {
          if (typeof row?.number !== 'string' || row.number.trim() === '') return;
          typed++;
          if (typed > OFFICE_MAX_PHONES) {
            ctx.addIssue({ code: 'custom', path: ['phones', index, 'number'], message: 'office.tooManyPhones', params: { max: OFFICE_MAX_PHONES } });
          }
        });
      },
      // Also when another field is refused (an e-mail without domain): one answer names every
      // field to fix, rather than the empty city only after the e-mail is corrected.
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    ),
);

export type OfficeFormInput = z.output<typeof officeFormSchema>;

export const officeEditSchema = z.intersection(
  z.object({
    id: z.uuid('invalid'),
    version: z.coerce.number().int().positive('invalid'),
    /**
     * Sent once the admin has been shown a colleague's save and keeps their own version: the
     * save goes over `version` (the colleague's) and the audit entry says so. Still refused as a
     * conflict if yet another save came in since.
     */
    overwrite: z.literal('1').optional(),
  }),
  officeFormSchema,
);

export const officeIdSchema = z.object({ id: z.uuid('invalid') });
