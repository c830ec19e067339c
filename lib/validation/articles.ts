/**
 * What the article forms send, checked on the server (and usable by an importer or an API).
 * Messages are keys of the Validation catalog (`Validation.article.*`), one per problem, so each
 * field says exactly what is wrong.
 */
import { z } from 'zod';
import { articleTypeEnum } from '@/db/schema';
import { LOCALES } from '@/lib/locales';
import { richTextField } from '@/lib/rich-text/schema';
import { slugField } from './slug';
import { markSourceCurrentField } from './source-mark';
import { RETURN_NOTE_MAX, TRANSITIONS } from '@/lib/articles/workflow';

export const TITLE_MAX = 200;
export const LEDE_MAX = 600;
export const DATELINE_MAX = 80;
export const ALT_MAX = 300;

const uuid = z.uuid();
const optionalId = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .pipe(z.union([z.null(), z.uuid({ message })]));

/** A form's `publishAt`: an ISO instant computed in the browser from the editor's local time, or '' for "now". */
const publishAtField = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const at = new Date(v);
    // A year of more than four digits ("+202660-…") is no date a person means.
    if (Number.isNaN(at.getTime()) || at.getUTCFullYear() > 9999) {
      ctx.addIssue({ code: 'custom', message: 'article.publishAtInvalid' });
      return z.NEVER;
    }
    return at;
  });

export const contentLocaleSchema = z.enum(LOCALES, { message: 'invalid' });

const bodyField = richTextField('article.bodyInvalid');

export const articleSaveSchema = z.object({
  articleId: optionalId('invalid'),
  contentLocale: contentLocaleSchema,
  baseVersion: z.coerce.number().int().nonnegative().optional(),
  /** The version of the article's shared fields (type, office, topics, countries, image) the form showed. */
  articleVersion: z.coerce.number().int().nonnegative().optional(),
  /** The workflow state the page showed (lib/articles/workflow.ts, workflowStamp): a step is taken from it only. */
  baseState: z.string().max(64).default(''),
  intent: z.enum(['save', 'submit', 'publish']).default('save'),
  publishAt: publishAtField,
  /**
   * What the time field held as typed: its raw value ("202660-12-24T09:30", a year the browser
   * takes and no date reads), or 'incomplete' when the browser said its input was (a day without
   * its time, which leaves it no value). A time typed that gave no `publishAt` is refused, never
   * taken as "now" (below).
   */
  publishAtTyped: z.string().trim().max(100).default(''),
  type: z.enum(articleTypeEnum.enumValues, { message: 'article.typeInvalid' }),
  title: z.string().trim().min(1, 'article.titleRequired').max(TITLE_MAX, 'article.titleTooLong'),
  slug: slugField('article'),
  slugAuto: z.string().optional().transform((v) => v === '1'),
  lede: z.string().trim().max(LEDE_MAX, 'article.ledeTooLong').default(''),
  body: bodyField,
  dateline: z.string().trim().max(DATELINE_MAX, 'article.datelineTooLong').default(''),
  contactOfficeId: optionalId('article.officeUnknown'),
  'topics[]': z.array(uuid).max(50).default([]),
  'countries[]': z.array(z.string().regex(/^[A-Z]{2}$/)).max(50).default([]),
  heroMediaId: optionalId('article.heroUnknown'),
  heroAlt: z.string().trim().max(ALT_MAX, 'article.heroAltTooLong').default(''),
  markSourceCurrent: markSourceCurrentField,
}).superRefine((v, ctx) => {
  // Publishing with a time typed and not read would publish now, before an embargo: refused at the field.
  if (v.intent === 'publish' && v.publishAtTyped && !v.publishAt) ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'article.publishAtUnreadable' });
});
export type ArticleSaveInput = z.output<typeof articleSaveSchema>;

export const transitionSchema = z.object({
  translationId: uuid,
  baseVersion: z.coerce.number().int().nonnegative(),
  /** The workflow state the page showed: a step from another one is refused (workflowStamp). */
  baseState: z.string().max(64).default(''),
  transition: z.enum(TRANSITIONS, { message: 'invalid' }),
  publishAt: publishAtField,
  /** With "return": why, for the writer (optional). */
  note: z.string().trim().max(RETURN_NOTE_MAX, 'article.returnNoteTooLong').default(''),
});
export type TransitionInput = z.output<typeof transitionSchema>;

/** Deleting a translation readers never saw: which one, at the version the page showed. */
export const deleteTranslationSchema = z.object({
  translationId: uuid,
  baseVersion: z.coerce.number().int().nonnegative(),
});

export const restoreSchema = z.object({
  translationId: uuid,
  baseVersion: z.coerce.number().int().nonnegative(),
  /** The workflow state the history showed (workflowStamp): it asked before a restore readers get, or did not. */
  baseState: z.string().max(64).default(''),
  revisionId: uuid,
});

export const createTranslationSchema = z.object({
  articleId: uuid,
  contentLocale: contentLocaleSchema,
  sourceLocale: contentLocaleSchema,
});
