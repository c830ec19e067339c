'use server';

import { getTranslations } from 'next-intl/server';
import type { Executor } from '@/db';
import { createUploadedMedia, deleteMedia, describeWhereUndescribed, getMedia, getMediaChoice, mediaSavedStamp, updateMediaTexts, uploadWait, type MediaChoice } from '@/db/queries/media';
import type { PublicUser } from '@/db/queries/users';
import { ActionFailure, defineAction, type ActionContext } from '@/lib/actions';
import { tags } from '@/lib/cache/tags';
import type { FormConflict } from '@/lib/form-conflict';
import { deletedQuery } from '@/lib/deleted-name';
import { formatNumber } from '@/lib/format';
import { LOCALES, type Locale } from '@/lib/locales';
import { MEDIA_UPLOADS_PER_HOUR } from '@/lib/media/limits';
import { processImage } from '@/lib/media/process';
import { uploadedFileName } from '@/lib/media/file-name';
import { nameOrSomeoneElse } from '@/lib/someone-else';
import { bodyImageDescribeSchema, bodyImageUploadSchema, mediaEditSchema, mediaIdSchema, mediaUploadSchema, type MediaTextsInput } from '@/lib/validation/media';
import { flatten } from '@/lib/validation/nested-form';
import { mediaFormValues, mediaName } from './_components/media-facts';

/**
 * The answer to an upload that stays on its form: the image was already in the library, and
 * the texts it lacked that were typed with it were not taken (`withheld`: a live release shows
 * it, and the uploader may not change a live release). `typed`: what was typed, by field name
 * ("texts.fr.alt", "credit"), shown back read-only to be copied for an editor.
 */
export interface UploadAnswer {
  withheld: { id: string; typed: Record<string, string> };
}

/**
 * The media library. An upload is read, cleaned and re-encoded (lib/media/process.ts) before it
 * is stored; no public page shows a new image until a release is saved with it, so there is
 * nothing to expire (a second upload of an image may complete its texts: see below). Its texts are shown by the releases that use it: their pages are expired.
 */
export const uploadMediaAction = defineAction<typeof mediaUploadSchema, UploadAnswer>(
  { permission: 'media.upload', schema: mediaUploadSchema, name: 'media.upload' },
  async (ctx) => {
    const { tx, input, user, locale } = ctx;
    await refuseOverLimit(ctx);
    const { result, outcome } = await store(tx, input.file, input, user);
    if (result.status === 'existing' && result.withheld.length > 0) {
      // No redirect: the image's page could not show what was typed, which would be lost.
      const typed = flatten({ credit: input.credit, texts: Object.fromEntries(LOCALES.map((l) => [l, { alt: input.alts[l] }])) });
      return { ...outcome, data: { withheld: { id: result.id, typed } } };
    }
    return {
      ...outcome,
      redirectTo: `/${locale}/dashboard/media/${result.id}?${result.status === 'created' ? 'uploaded' : result.completed ? 'completed' : 'existing'}=1`,
    };
  },
);

/** What a text's image is, for the editor: where it is, its size, its description in the text's language ('' if none). */
export type BodyImage = MediaChoice;

/**
 * An image file pasted or dropped into a text (components/dashboard/rich-text-editor.tsx): into
 * the library as by its upload form (same checks, same cleaning, the same bytes found again),
 * with no texts yet; answered with the image rather than a redirect, the editor then asks for
 * its description (stored by describeBodyImageAction below).
 */
export const uploadBodyImageAction = defineAction<typeof bodyImageUploadSchema, { image: BodyImage }>(
  { permission: 'media.upload', schema: bodyImageUploadSchema, name: 'media.upload' },
  async (ctx) => {
    const { tx, input, user, locale } = ctx;
    await refuseOverLimit(ctx);
    const none = { credit: '', alts: Object.fromEntries(LOCALES.map((l) => [l, ''])) as Record<Locale, string> };
    const { result, outcome } = await store(tx, input.file, none, user);
    const image = await getMediaChoice(result.id, locale, input.contentLocale, tx);
    return { ...outcome, audit: { ...outcome.audit, detail: { ...outcome.audit.detail, inText: true } }, data: { image: image! } };
  },
);

/**
 * The description typed for a library image put in a text, in the text's language: the
 * library keeps it if it had none in that language (a release then published in it agrees
 * with its library), and leaves the one it has alone. Not from someone who may not change the
 * texts of an image a live release shows as its main image (as its form and a second upload
 * refuse them): answered at the description, audited; the text keeps its own description.
 */
export const describeBodyImageAction = defineAction<typeof bodyImageDescribeSchema, { image: BodyImage }>(
  { permission: 'media.upload', schema: bodyImageDescribeSchema, name: 'media.update' },
  async ({ tx, input, user, locale, auditDenied }) => {
    const result = await describeWhereUndescribed(tx, user, input.src, input.contentLocale, input.alt);
    if (result.status === 'missing') throw new ActionFailure({ formError: 'media.missing' });
    if (result.status === 'live') {
      await auditDenied({
        action: 'media.update',
        entityType: 'media',
        entityId: result.id,
        locale: input.contentLocale,
        detail: { permission: 'article.editPublished', published: result.locales, articles: result.articleIds, fromText: true },
      });
      throw new ActionFailure({ fieldErrors: { alt: 'media.liveFromText' } });
    }
    // Answered with the image as the library now has it: the editor's lists then name it by its description.
    const image = await getMediaChoice(result.id, locale, input.contentLocale, tx);
    return {
      audit: { action: 'media.update', entityType: 'media', entityId: result.id, locale: input.contentLocale, detail: { fromText: true, completed: result.completed } },
      tags: result.articleIds.map((id) => tags.article(id)),
      data: { image: image! },
    };
  },
);

/**
 * No upload beyond MEDIA_UPLOADS_PER_HOUR in an hour from one person: refused at the file, with
 * how long to wait, before the file is read; the refusal is in the audit log, where an admin
 * sees a flood coming from an account.
 */
async function refuseOverLimit({ tx, user, locale, auditDenied }: ActionContext<unknown>) {
  const wait = await uploadWait(tx, user.id, MEDIA_UPLOADS_PER_HOUR);
  if (wait === 0) return;
  await auditDenied({ action: 'media.upload', entityType: 'media', detail: { reason: 'uploadLimit', limit: MEDIA_UPLOADS_PER_HOUR } });
  const t = await getTranslations({ locale, namespace: 'Validation' });
  const minutes = Math.ceil(wait / 60_000);
  const message = t('media.tooManyUploads', { max: formatNumber(locale, MEDIA_UPLOADS_PER_HOUR), count: minutes, n: formatNumber(locale, minutes) });
  throw new ActionFailure({ fieldErrors: { file: message } });
}

/**
 * An upload read, cleaned and stored (or found already there), with its audit entry and the
 * pages it expires. The entry says what was taken; texts a live image lacked that were not
 * (createUploadedMedia) are named in it as `withheld`.
 */
async function store(tx: Executor, file: File, texts: MediaTextsInput, user: PublicUser) {
  const processed = await processImage(Buffer.from(await file.arrayBuffer()));
  if (!processed.ok) throw new ActionFailure({ fieldErrors: { file: processed.error } });
  const { image } = processed;
  const fileName = uploadedFileName(file.name);
  const result = await createUploadedMedia(tx, user, image, { ...texts, fileName });
  const found = result.status === 'existing' ? { existing: true, completed: result.completed, ...(result.withheld.length > 0 ? { withheld: result.withheld } : {}) } : {};
  return {
    result,
    outcome: {
      audit: {
        action: 'media.upload',
        entityType: 'media',
        entityId: result.id,
        detail: { fileName, width: image.width, height: image.height, bytes: image.bytes.length, ...found },
      },
      // An image already there whose missing texts this upload gave: the releases showing it say them now.
      tags: result.status === 'existing' ? result.articleIds.map((id) => tags.article(id)) : [],
    },
  };
}

/**
 * An image's texts. Those readers see under a live release's main image are changed only by
 * those who may change a live release (updateMediaTexts); a refusal is kept in the audit log,
 * and what was typed stays in the form. The entry of a save holds each text changed, as it was and as it is.
 */
export const updateMediaAction = defineAction<typeof mediaEditSchema, { conflict?: FormConflict }>({ permission: 'media.upload', schema: mediaEditSchema, name: 'media.update' }, async ({ tx, user, input, locale, auditDenied }) => {
  const result = await updateMediaTexts(tx, user, input.id, input.version, input);
  if (result.status === 'missing') throw new ActionFailure({ formError: 'media.missing' });
  // Their version comes back with the refusal: the form compares it with what was typed (components/dashboard/form-conflict.tsx).
  if (result.status === 'conflict') {
    // Its texts are written by this form, by an upload, and by the alt text typed for it in an editor.
    const conflict: FormConflict = { version: result.version, theirs: mediaFormValues(result.texts), ...(await mediaSavedStamp(tx, input.id)) };
    const t = await getTranslations({ locale, namespace: 'Validation' });
    throw new ActionFailure({ formError: t('media.conflict', { name: await nameOrSomeoneElse(locale, conflict.savedBy) }), data: { conflict } });
  }
  if (result.status === 'live') {
    await auditDenied({
      action: 'media.update',
      entityType: 'media',
      entityId: input.id,
      detail: { permission: 'article.editPublished', published: result.locales, articles: result.articleIds },
    });
    throw new ActionFailure({ formError: 'media.live' });
  }
  if (result.status === 'describedWhereLive') {
    throw new ActionFailure({ fieldErrors: Object.fromEntries(result.locales.map((l) => [`texts.${l}.alt`, 'media.altRequiredLive'])) });
  }
  return {
    audit: { action: 'media.update', entityType: 'media', entityId: input.id, detail: { changed: result.changes, articles: result.articleIds.length } },
    tags: result.articleIds.map((id) => tags.article(id)),
    redirectTo: `/${locale}/dashboard/media/${input.id}?saved=1`,
  };
});

export const deleteMediaAction = defineAction({ permission: 'media.delete', schema: mediaIdSchema, name: 'media.delete' }, async ({ tx, input, locale }) => {
  const before = await getMedia(input.id, tx);
  const result = await deleteMedia(tx, input.id);
  if (result.status === 'missing') throw new ActionFailure({ formError: 'media.missing' });
  if (result.status === 'inUse') throw new ActionFailure({ formError: 'media.inUse' });
  return {
    audit: { action: 'media.delete', entityType: 'media', entityId: input.id, detail: { src: result.src } },
    // The list names it (it can no longer read it), as it named it.
    redirectTo: `/${locale}/dashboard/media?${deletedQuery(mediaName(before!, locale))}`,
  };
});
