'use client';

import { useId, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useBrowserTimeZone } from '@/components/dashboard/local-time';
import { SaveState } from '@/components/dashboard/editor/save-state';
import { SubmitButton } from '@/components/ui/button';
import { controlClass } from '@/components/ui/control-class';
import { FieldShell } from '@/components/ui/field';
import { publishTimeRefusal, type DisplayStatus } from '@/lib/articles/workflow';
import { timeZoneName } from '@/lib/format';
import type { Locale } from '@/lib/locales';

export interface PublishRights {
  submit: boolean;
  publish: boolean;
  /** The person submitted this translation: someone else must publish it. */
  ownSubmission: boolean;
}

/** Pads a Date to the value of an <input type="datetime-local"> in the browser's zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The browser-zone time typed in the box as a UTC instant, or '' for "now". */
export function toIsoInstant(local: string): string {
  return local && !Number.isNaN(new Date(local).getTime()) ? new Date(local).toISOString() : '';
}

/** Whether the time typed in the box is one the server refuses as past. */
function isPast(local: string): boolean {
  const at = toIsoInstant(local);
  return !!at && publishTimeRefusal(new Date(at)) !== null;
}

/**
 * The save button says what the text stays as: saving keeps the state (a scheduled text is not
 * online yet, an archived one is no draft).
 */
const SAVE_LABEL = {
  draft: 'saveDraft',
  in_review: 'saveInReview',
  scheduled: 'saveScheduled',
  published: 'saveLive',
  archived: 'saveArchived',
} as const satisfies Record<DisplayStatus, string>;

/**
 * The buttons under the article form: save, submit for review, publish now or at a time typed
 * in the editor's own zone (the form posts it as UTC), and where the text stands.
 */
export function PublishBox({
  status,
  allowed,
  publishLocal,
  onPublishLocal,
  error,
  dirty,
  saved,
}: {
  status: DisplayStatus | null;
  allowed: PublishRights;
  publishLocal: string;
  onPublishLocal: (value: string) => void;
  error?: string;
  dirty: boolean;
  saved: boolean;
}) {
  const t = useTranslations('Editor');
  const w = useTranslations('Workflow');
  const zone = useBrowserTimeZone();
  const uiLocale = useLocale() as Locale;
  const v = useTranslations('Validation');
  const id = useId();
  // A past time is said at the field before sending, in the server's words (it refuses it too):
  // the value found past as the field was left, said while the field holds it (not once the
  // field shows another, as when a schedule has come out and the field empties).
  const [pastTyped, setPastTyped] = useState<string | null>(null);
  const fieldError = error ?? (pastTyped !== null && pastTyped === publishLocal ? v('article.schedulePast') : undefined);
  const published = status === 'published' || status === 'scheduled';
  const canPublish = allowed.publish && !allowed.ownSubmission;
  const scheduled = !!toIsoInstant(publishLocal);
  return (
    <div className="space-y-4 rounded-md border border-line bg-white p-4">
      {canPublish && (
        <FieldShell id={id} label={t('publishAt')} hint={t('publishAtHint', { zone: timeZoneName(uiLocale, zone ?? 'UTC') })} error={fieldError}>
          <input
            id={id}
            type="datetime-local"
            value={publishLocal}
            onChange={(e) => {
              onPublishLocal(e.target.value);
              // Once said, it stays said while the time typed is past.
              const typed = e.target.value;
              const past = isPast(typed);
              setPastTyped((said) => (said !== null && past ? typed : null));
            }}
            // Said once the field is left, not while a year is typed digit by digit ("0002…").
            onBlur={(e) => setPastTyped(isPast(e.target.value) ? e.target.value : null)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ''}`}
            className={`${controlClass} max-w-xs`}
          />
        </FieldShell>
      )}
      {/* An editor may publish, but not what they submitted; a writer never publishes. */}
      {allowed.ownSubmission && <p className="text-sm text-muted">{w(allowed.publish ? 'ownSubmissionNote' : 'submittedNote')}</p>}
      <div className="flex flex-wrap gap-2">
        <SubmitButton needsScript name="intent" value="save" variant={allowed.publish && !published ? 'secondary' : 'primary'} pendingLabel={t('saving')}>
          {t(SAVE_LABEL[status ?? 'draft'])}
        </SubmitButton>
        {allowed.submit && (status === null || status === 'draft') && (
          <SubmitButton needsScript name="intent" value="submit" variant="secondary" pendingLabel={t('saving')}>
            {t('saveAndSubmit')}
          </SubmitButton>
        )}
        {canPublish && (
          <SubmitButton needsScript name="intent" value="publish" pendingLabel={t('saving')}>
            {scheduled ? (published ? t('reschedule') : t('saveAndSchedule')) : published ? t('republishNow') : t('saveAndPublish')}
          </SubmitButton>
        )}
      </div>
      <SaveState dirty={dirty} saved={saved} />
    </div>
  );
}
