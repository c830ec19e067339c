'use server';

import { createUploadedMedia, deleteMedia, updateMediaTexts } from '@/db/queries/media';
import { ActionFailure, defineAction } from '@/lib/actions';
import { tags } from '@/lib/cache/tags';
import { processImage } from '@/lib/media/process';
import { mediaEditSchema, mediaIdSchema, mediaUploadSchema } from '@/lib/validation/media';

/**
 * The media library. An upload is read, cleaned and re-encoded (lib/media/process.ts) before it
 * is stored; no public page shows a new image until a release is saved with it, so there is
 * nothing to expire (a second upload of an image may complete its texts: see below). Its texts are shown by the releases that use it: their pages are expired.
 */
export const uploadMediaAction = defineAction({ permission: 'media.upload', schema: mediaUploadSchema, name: 'media.upload' }, async ({ tx, input, user, locale }) => {
  const processed = await processImage(Buffer.from(await input.file.arrayBuffer()));
  if (!processed.ok) throw new ActionFailure({ fieldErrors: { file: processed.error } });
  const { image } = processed;
  const fileName = input.file.name.slice(0, 255);
  const result = await createUploadedMedia(tx, image, { ...input, fileName, uploadedById: user.id });
  return {
    audit: {
      action: 'media.upload',
      entityType: 'media',
      entityId: result.id,
      detail: { fileName, width: image.width, height: image.height, bytes: image.bytes.length, ...(result.status === 'existing' ? { existing: true, completed: result.completed } : {}) },
    },
    // An image already there whose missing texts this upload gave: the releases showing it say them now.
    tags: result.status === 'existing' ? result.articleIds.map((id) => tags.article(id)) : [],
    redirectTo: `/${locale}/dashboard/media/${result.id}?${result.status === 'created' ? 'uploaded' : result.completed ? 'completed' : 'existing'}=1`,
  };
});

export const updateMediaAction = defineAction({ permission: 'media.upload', schema: mediaEditSchema, name: 'media.update' }, async ({ tx, input, locale }) => {
  const result = await updateMediaTexts(tx, input.id, input.version, input);
  if (result.status === 'missing') throw new ActionFailure({ formError: 'media.missing' });
  if (result.status === 'conflict') throw new ActionFailure({ formError: 'media.conflict' });
  if (result.status === 'describedWhereLive') {
    throw new ActionFailure({ fieldErrors: Object.fromEntries(result.locales.map((l) => [`texts.${l}.alt`, 'media.altRequiredLive'])) });
  }
  return {
    audit: { action: 'media.update', entityType: 'media', entityId: input.id, detail: { articles: result.articleIds.length } },
    tags: result.articleIds.map((id) => tags.article(id)),
    redirectTo: `/${locale}/dashboard/media/${input.id}?saved=1`,
  };
});

export const deleteMediaAction = defineAction({ permission: 'media.delete', schema: mediaIdSchema, name: 'media.delete' }, async ({ tx, input, locale }) => {
  const result = await deleteMedia(tx, input.id);
  if (result.status === 'missing') throw new ActionFailure({ formError: 'media.missing' });
  if (result.status === 'inUse') throw new ActionFailure({ formError: 'media.inUse' });
  return {
    audit: { action: 'media.delete', entityType: 'media', entityId: input.id, detail: { src: result.src } },
    redirectTo: `/${locale}/dashboard/media?deleted=1`,
  };
});
