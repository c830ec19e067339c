/**
 * What the organization-page forms send. Messages are keys of the Validation catalog
 * (`Validation.page.*`), so each field says exactly what is wrong, at the field.
 */
import { z } from 'zod';
import { LOCALES } from '@/lib/locales';
import { richTextField } from '@/lib/rich-text/schema';
import { slugField } from './slug';
import { markSourceCurrentField } from './source-mark';
import { positionField } from './tree-place';

export const PAGE_TITLE_MAX = 200;
export const PAGE_SUMMARY_MAX = 400;

const parentField = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null)
  .pipe(z.union([z.null(), z.uuid({ message: 'page.parentUnknown' })]));


const titleField = z.string().trim().min(1, 'page.titleRequired').max(PAGE_TITLE_MAX, 'page.titleTooLong');

/** Empty means "from the title". */
const pageSlug = slugField('page');

const bodyField = richTextField('page.bodyInvalid');

export const pageSaveSchema = z.object({
  pageId: z.uuid('invalid'),
  contentLocale: z.enum(LOCALES, { message: 'invalid' }),
  /** The version the form was opened on; absent for a translation that does not exist yet. */
  baseVersion: z.coerce.number().int().nonnegative().optional(),
  /**
   * The state the form was opened on (or answered since), whose buttons it showed: a save is
   * refused once the translation was published or unpublished meanwhile. Absent for a new one.
   */
  baseState: z.enum(['draft', 'published'], { message: 'invalid' }).optional(),
  intent: z.enum(['save', 'publish']).default('save'),
  title: titleField,
  slug: pageSlug,
  summary: z.string().trim().max(PAGE_SUMMARY_MAX, 'page.summaryTooLong').default(''),
  body: bodyField,
  markSourceCurrent: markSourceCurrentField,
});
export type PageSaveInput = z.output<typeof pageSaveSchema>;

export const pageCreateSchema = z.object({
  parentId: parentField,
  position: positionField,
  title: titleField,
  slug: pageSlug,
});
export type PageCreateInput = z.output<typeof pageCreateSchema>;

export const pageSettingsSchema = z.object({
  id: z.uuid('invalid'),
  version: z.string().regex(/^\d+$/, 'invalid'),
  parentId: parentField,
  position: positionField,
});
export type PageSettingsInput = z.output<typeof pageSettingsSchema>;

export const pageIdSchema = z.object({ id: z.uuid('invalid') });

/** Publish or unpublish one translation, on the version the person was looking at. */
export const pagePublishSchema = z.object({
  translationId: z.uuid('invalid'),
  baseVersion: z.coerce.number().int().nonnegative(),
  /** The state the state panel showed, whose step it offered: refused once someone else published or unpublished it meanwhile. */
  baseState: z.enum(['draft', 'published'], { message: 'invalid' }).optional(),
  publish: z.enum(['1', '0']).transform((v) => v === '1'),
});

/** "Translate from …": a new draft of `contentLocale` starting as a copy of the source's text. */
export const pageTranslateSchema = z.object({
  pageId: z.uuid('invalid'),
  contentLocale: z.enum(LOCALES, { message: 'invalid' }),
});
export type PageTranslateInput = z.output<typeof pageTranslateSchema>;

export const pageRestoreSchema = z.object({
  translationId: z.uuid('invalid'),
  baseVersion: z.coerce.number().int().nonnegative(),
  /** The state the history showed: it asked before a restore readers see at once, or did not. */
  baseState: z.enum(['draft', 'published'], { message: 'invalid' }).optional(),
  revisionId: z.uuid('invalid'),
});
