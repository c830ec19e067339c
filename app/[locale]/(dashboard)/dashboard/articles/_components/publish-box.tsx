'use client';

import { useId, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useBrowserTimeZone, useLocalTimeText } from '@/components/dashboard/local-time';
import { SaveState } from '@/components/dashboard/editor/save-state';
import { Alert } from '@/components/ui/alert';
import { buttonClass, SubmitButton } from '@/components/ui/button';
import { controlClass } from '@/components/ui/control-class';
import { FieldShell } from '@/components/ui/field';
import { displayStatusAt, publishTimeRefusal, type DisplayStatus } from '@/lib/articles/workflow';
import { timeZoneName } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { useShownAt } from './shown-at';

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

/** The browser-zone time typed in the box as a UTC instant, or '' for "now" (or a time it cannot read: isUnreadable). */
export function toIsoInstant(local: string): string {
  return local && !Number.isNaN(new Date(local).getTime()) ? new Date(local).toISOString() : '';
}

/**
 * Whether the box holds a time typed that cannot be read: incomplete (a day without its time:
 * the browser then has no value, and says its input is bad) or impossible (a year of six digits,
 * "202660-12-24T09:30", which the browser takes and no date reads). Never "publish now".
 */
export function isUnreadable(local: string, badInput: boolean): boolean {
  return badInput || (local !== '' && !toIsoInstant(local));
}

/** What the form sends as typed in the box (publishAtTyped): the server refuses a publish with one and no time read. */
export function typedMarker(local: string, badInput: boolean): string {
  return local || (badInput ? 'incomplete' : '');
}

/** Another language of the release, scheduled: published earlier, this one would break its embargo. */
export interface Embargo {
  /** Its name in the interface's language, for "la version en {language}". */
  language: string;
  /** ISO 8601, UTC. */
  publishAt: string;
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
  embargoes = [],
}: {
  status: DisplayStatus | null;
  allowed: PublishRights;
  publishLocal: string;
  onPublishLocal: (value: string) => void;
  error?: string;
  dirty: boolean;
  saved: boolean;
  /** The other languages scheduled, as the page read them. */
  embargoes?: Embargo[];
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
  // A time typed and not readable (isUnreadable): the browser says an incomplete one on the
  // field only (its value stays empty), read at each key and as the field is left. Said as the
  // field is left or "publish" pressed, while it stays so.
  const input = useRef<HTMLInputElement>(null);
  const [badInput, setBadInput] = useState(false);
  const [unreadableSaid, setUnreadableSaid] = useState(false);
  const unreadable = isUnreadable(publishLocal, badInput);
  const fieldError =
    error ??
    (unreadable && unreadableSaid
      ? v('article.publishAtUnreadable')
      : pastTyped !== null && pastTyped === publishLocal
        ? v('article.schedulePast')
        : undefined);
  const published = status === 'published' || status === 'scheduled';
  const canPublish = allowed.publish && !allowed.ownSubmission;
  // A time typed, read or not: the button schedules (an unreadable one is refused, never "now").
  const scheduled = !!toIsoInstant(publishLocal) || unreadable;
  const readField = (el: HTMLInputElement) => setBadInput(el.validity.badInput);
  // The other languages still to come out later than this one would: named, with their time
  // (none once this one is online: publishing it again shows nothing new).
  const shownAt = useShownAt();
  const at = toIsoInstant(publishLocal);
  const ahead =
    canPublish && !unreadable && status !== 'published'
      ? embargoes
          .filter((e) => (!shownAt || displayStatusAt('scheduled', e.publishAt, shownAt) === 'scheduled') && (!at || Date.parse(at) < Date.parse(e.publishAt)))
          .sort((a, b) => Date.parse(a.publishAt) - Date.parse(b.publishAt))
      : [];
  const takeTime = (iso: string) => {
    onPublishLocal(toLocalInput(iso));
    setBadInput(false);
    setUnreadableSaid(false);
    setPastTyped(null);
  };
  return (
    <div className="space-y-4 rounded-md border border-line bg-white p-4">
      {canPublish && (
        <FieldShell id={id} label={t('publishAt')} hint={t('publishAtHint', { zone: timeZoneName(uiLocale, zone ?? 'UTC') })} error={fieldError}>
          <input
            ref={input}
            id={id}
            type="datetime-local"
            value={publishLocal}
            onChange={(e) => {
              onPublishLocal(e.target.value);
              readField(e.target);
              // Once said, it stays said while the time typed is past.
              const typed = e.target.value;
              const past = isPast(typed);
              setPastTyped((said) => (said !== null && past ? typed : null));
            }}
            onKeyUp={(e) => readField(e.currentTarget)}
            // Said once the field is left, not while a year is typed digit by digit ("0002…").
            onBlur={(e) => {
              readField(e.target);
              setPastTyped(isPast(e.target.value) ? e.target.value : null);
              setUnreadableSaid(isUnreadable(e.target.value, e.target.validity.badInput));
            }}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ''}`}
            className={`${controlClass} max-w-xs`}
          />
          <input type="hidden" name="publishAtTyped" value={typedMarker(publishLocal, badInput)} />
        </FieldShell>
      )}
      {ahead.map((e) => (
        <EmbargoWarning key={e.language} embargo={e} now={!at} uiLocale={uiLocale} onTake={() => takeTime(e.publishAt)} />
      ))}
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
          <SubmitButton
            needsScript
            name="intent"
            value="publish"
            pendingLabel={t('saving')}
            onClick={(e) => {
              // A time typed and not read is not sent: it would publish now (the server refuses it too).
              const el = input.current;
              if (!el || !isUnreadable(el.value, el.validity.badInput)) return;
              e.preventDefault();
              setBadInput(el.validity.badInput);
              setUnreadableSaid(true);
              el.focus();
            }}
          >
            {scheduled ? (published ? t('reschedule') : t('saveAndSchedule')) : published ? t('republishNow') : t('saveAndPublish')}
          </SubmitButton>
        )}
      </div>
      <SaveState dirty={dirty} saved={saved} />
    </div>
  );
}

/** Another language scheduled later than this one would come out: said, with its time offered. */
function EmbargoWarning({ embargo, now, uiLocale, onTake }: { embargo: Embargo; now: boolean; uiLocale: Locale; onTake: () => void }) {
  const t = useTranslations('Editor');
  const when = useLocalTimeText(embargo.publishAt, uiLocale);
  return (
    <Alert tone="warning">
      <p>{t('embargoWarning', { language: embargo.language, when, now: now ? 'yes' : 'no' })}</p>
      <button type="button" className={`${buttonClass('secondary')} mt-2`} onClick={onTake}>
        {t('embargoSameTime')}
      </button>
    </Alert>
  );
}
