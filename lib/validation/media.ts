import { z } from 'zod';
import { LOCALES, type Locale } from '@/lib/locales';
import { MEDIA_FILE, MEDIA_MAX_BYTES, MEDIA_MAX_MB } from '@/lib/media/limits';
import { ALT_MAX } from './articles';
import { unflatten } from './nested-form';

export const CREDIT_MAX = 200;

/**
 * What the library keeps beside an image: its alternative text per language (`texts.<locale>.alt`,
 * what a reader who cannot see it is told; a release cannot be published in a language without
 * it, see lib/validation/articles.ts) and the photographer's credit.
 */
const mediaTexts = z.object({
  credit: z.string().trim().max(CREDIT_MAX, 'media.creditTooLong').default(''),
  texts: z
    .object(
      Object.fromEntries(LOCALES.map((l) => [l, z.object({ alt: z.string().trim().max(ALT_MAX, 'article.heroAltTooLong').default('') }).default({ alt: '' })])) as Record<
        Locale,
        z.ZodDefault<z.ZodObject<{ alt: z.ZodDefault<z.ZodString> }>>
      >,
    )
    .default(Object.fromEntries(LOCALES.map((l) => [l, { alt: '' }])) as Record<Locale, { alt: string }>),
});

const nested = <T extends z.ZodType>(schema: T) =>
  z.preprocess((raw) => (raw && typeof raw === 'object' ? unflatten(raw as Record<string, unknown>) : raw), schema);

const toInput = (v: z.output<typeof mediaTexts>) => ({ credit: v.credit, alts: Object.fromEntries(LOCALES.map((l) => [l, v.texts[l].alt])) as Record<Locale, string> });

export type MediaTextsInput = ReturnType<typeof toInput>;

/** The file is checked here for presence and size; what its bytes are, lib/media/process.ts decides. */
const uploadedFile = z
  .instanceof(File, { message: 'media.fileRequired' })
  .refine((f) => f.size > 0, 'media.fileRequired')
  .refine((f) => f.size <= MEDIA_MAX_BYTES, { message: 'media.fileTooBig', params: { max: MEDIA_MAX_MB } });

export const mediaUploadSchema = nested(mediaTexts.extend({ file: uploadedFile })).transform((v) => ({ file: v.file, ...toInput(v) }));

export const mediaEditSchema = nested(mediaTexts.extend({ id: z.uuid('invalid'), version: z.string().regex(/^\d+$/, 'invalid') })).transform((v) => ({
  id: v.id,
  version: v.version,
  ...toInput(v),
}));

export const mediaIdSchema = z.object({ id: z.uuid('invalid') });

/** The language of the text an image goes into: its answer carries the image's description in it. */
const contentLocale = z.enum(LOCALES, 'invalid');

/** An image file pasted or dropped into a text (rich-text editor): checked as the library's upload form. */
export const bodyImageUploadSchema = z.object({ file: uploadedFile, contentLocale });

/** The description typed for a library image put in a text, for the library where it had none in that language. */
export const bodyImageDescribeSchema = z.object({
  src: z.string().refine((s) => s.startsWith('/media/') && MEDIA_FILE.test(s.slice('/media/'.length)), 'invalid'),
  contentLocale,
  alt: z.string().trim().min(1, 'invalid').max(ALT_MAX, 'article.heroAltTooLong'),
});
