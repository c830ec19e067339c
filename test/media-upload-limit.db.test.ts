/**
 * One person makes at most MEDIA_UPLOADS_PER_HOUR uploads in an hour, by the library's form or
 * pasted into a text: beyond, the upload is refused at the file, in the interface's language,
 * saying how long to wait, before anything is read or stored, and the refusal is in the audit
 * log. Counted from the log: an image found again counts, someone else's uploads do not, and one
 * an hour old no longer does. Actions called as a forged POST would.
 */
import { and, count, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { uploadBodyImageAction, uploadMediaAction } from '@/app/[locale]/(dashboard)/dashboard/media/actions';
import { db } from '@/db';
import { uploadWait } from '@/db/queries/media';
import type { PublicUser } from '@/db/queries/users';
import { auditLog, media } from '@/db/schema';
import { MEDIA_UPLOADS_PER_HOUR } from '@/lib/media/limits';
import { acting, callAction } from './action-harness';
import { insertUser } from './admin-fixtures';

let writer: PublicUser;
beforeEach(async () => {
  writer = await insertUser('writer');
  acting.user = writer;
});

let shade = 0;
/** A PNG of its own bytes each time (never an image the library already has). */
async function photo(): Promise<File> {
  shade++;
  const bytes = await sharp({ create: { width: 30, height: 20, channels: 3, background: { r: shade % 256, g: Math.floor(shade / 256), b: 77 } } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(bytes)], `limit-${shade}.png`, { type: 'image/png' });
}

/** `n` uploads recorded for `user`, the oldest `oldestMinutes` ago, the others a minute apart after it. */
async function uploadsMade(user: PublicUser, n: number, oldestMinutes: number) {
  await db.insert(auditLog).values(
    Array.from({ length: n }, (_, i) => ({
      action: 'media.upload',
      entityType: 'media',
      actorId: user.id,
      actorEmail: user.email,
      outcome: 'ok' as const,
      at: sql`now() - make_interval(secs => ${oldestMinutes * 60}) + make_interval(secs => ${i})`,
      detail: { fileName: `earlier-${i}.png` },
    })),
  );
}

const mediaCount = async () => ((await db.select({ n: count() }).from(media)) as [{ n: number }])[0].n;

const refusals = (user: PublicUser) =>
  db
    .select({ detail: auditLog.detail, outcome: auditLog.outcome })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, user.id), eq(auditLog.action, 'media.upload'), eq(auditLog.outcome, 'denied')));

describe('uploads from one person in an hour', () => {
  it('are taken up to the limit, then refused at the file with how long to wait, storing nothing', async () => {
    await uploadsMade(writer, MEDIA_UPLOADS_PER_HOUR - 1, 50);
    const last = await callAction(uploadMediaAction, { locale: 'fr', file: await photo(), 'texts.fr.alt': 'Une salle' });
    expect(last.redirectedTo).toMatch(/\/fr\/dashboard\/media\/[0-9a-f-]{36}\?uploaded=1$/);

    const before = await mediaCount();
    const { state } = await callAction(uploadMediaAction, { locale: 'fr', file: await photo(), 'texts.fr.alt': 'Une autre salle', credit: 'OIM' });
    // The oldest of the hour's uploads, 50 minutes ago, leaves it in 10 minutes.
    expect(state).toMatchObject({
      status: 'error',
      fieldErrors: { file: `Vous avez envoyé ${MEDIA_UPLOADS_PER_HOUR} images dans la dernière heure, le plus permis\u00a0: réessayez dans 10 minutes. Ce que vous avez saisi est conservé.` },
      values: { 'texts.fr.alt': 'Une autre salle', credit: 'OIM' },
    });
    expect(await mediaCount()).toBe(before);
    expect(await refusals(writer)).toEqual([{ outcome: 'denied', detail: { role: 'writer', reason: 'uploadLimit', limit: MEDIA_UPLOADS_PER_HOUR } }]);
  });

  it('refuses an image pasted into a text too, in the interface’s language', async () => {
    await uploadsMade(writer, MEDIA_UPLOADS_PER_HOUR, 59.5);
    const { state } = await callAction(uploadBodyImageAction, { locale: 'ar', contentLocale: 'fr', file: await photo() });
    expect(state).toMatchObject({ status: 'error', fieldErrors: { file: expect.stringContaining('أعد المحاولة بعد دقيقة واحدة') } });
    expect((await callAction(uploadBodyImageAction, { locale: 'en', contentLocale: 'fr', file: await photo() })).state).toMatchObject({
      fieldErrors: { file: expect.stringContaining('try again in 1 minute.') },
    });
  });

  it('counts only this person’s uploads of the last hour', async () => {
    const other = await insertUser('editor');
    await uploadsMade(other, MEDIA_UPLOADS_PER_HOUR, 30);
    await uploadsMade(writer, MEDIA_UPLOADS_PER_HOUR, 61);
    expect(await uploadWait(db, writer.id, MEDIA_UPLOADS_PER_HOUR)).toBe(0);
    expect(await uploadWait(db, other.id, MEDIA_UPLOADS_PER_HOUR)).toBeGreaterThan(29 * 60_000);
    const { state, redirectedTo } = await callAction(uploadBodyImageAction, { locale: 'fr', contentLocale: 'fr', file: await photo() });
    expect(redirectedTo).toBeUndefined();
    expect(state).toMatchObject({ status: 'ok', data: { image: { width: 30, height: 20 } } });
    expect(await refusals(writer)).toEqual([]);
  });
});
