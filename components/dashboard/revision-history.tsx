'use client';

import { useId, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { BackLink } from '@/components/dashboard/back-link';
import { ConfirmAction } from '@/components/dashboard/confirm-action';
import { DataTable, stackedCell, stackedLabel, stackedRowClass, stackedWide } from '@/components/dashboard/data-table';
import { DiffView } from '@/components/dashboard/diff-view';
import { LocalTime, useLocalTimeText } from '@/components/dashboard/local-time';
import { buttonClass } from '@/components/ui/button-class';
import { directionOf } from '@/i18n/routing';
import type { ActionState } from '@/lib/action-state';
import type { Locale } from '@/lib/locales';
import type { FieldDiff } from '@/lib/revisions/diff';

export interface RevisionRow {
  id: string;
  version: number;
  authorName: string | null;
  /** ISO 8601, shown in the editor's zone. */
  createdAt: string;
  /** Already in words ("Restored from version 2"). */
  note: string;
}

/**
 * A change shown among the versions that is not one (an article's shared settings, its main
 * image's description, its schedule): no compare, no restore.
 */
export interface HistoryEvent {
  id: string;
  /** The row's name, where a version's number is ("Réglages communs"). */
  label: string;
  authorName: string | null;
  /** ISO 8601, shown in the editor's zone. */
  createdAt: string;
  /** What changed, in words, a line each (made on the server: a time in it may be a LocalTime). */
  lines: ReactNode[];
}

type HistoryRow = { kind: 'revision'; revision: RevisionRow } | { kind: 'event'; event: HistoryEvent };

/** The versions (newest first) with the events between them by time; one made with a version comes after it. */
/**
 * One end of the comparison for a version: a radio in a label at least 24 px square (a target
 * for a finger), its column's name beside it when the table is stacked on a phone.
 */
function CompareChoice({ form, end, version, checked, column, label }: { form: string; end: 'from' | 'to'; version: number; checked: boolean; column: string; label: string }) {
  return (
    <label className="inline-flex min-h-6 min-w-6 cursor-pointer items-center gap-2">
      <span aria-hidden="true" className={stackedLabel}>
        {column}
      </span>
      <input form={form} type="radio" name={end} value={version} defaultChecked={checked} aria-label={label} className="size-4" />
    </label>
  );
}

function merged(revisions: RevisionRow[], events: HistoryEvent[]): HistoryRow[] {
  const pending = [...events].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const rows: HistoryRow[] = [];
  for (const revision of revisions) {
    while (pending.length && pending[0]!.createdAt > revision.createdAt) rows.push({ kind: 'event', event: pending.shift()! });
    rows.push({ kind: 'revision', revision });
  }
  return [...rows, ...pending.map((event) => ({ kind: 'event' as const, event }))];
}

/** A row's "saved by" and "saved at" cells, labelled when the table is stacked on a phone. */
function SavedByAt({ by, iso, locale, labels }: { by: string; iso: string; locale: Locale; labels: { by: string; at: string } }) {
  return (
    <>
      <td role="cell" className={stackedCell}>
        <span className={stackedLabel}>{labels.by} </span>
        {by}
      </td>
      <td role="cell" className={`${stackedCell} @3xl:whitespace-nowrap`}>
        <span className={stackedLabel}>{labels.at} </span>
        <LocalTime iso={iso} locale={locale} />
      </td>
    </>
  );
}

/**
 * The history of one translation (an article's, an organization page's): who saved each version
 * and when, two versions to compare (radios of a GET form: the comparison is an address), their
 * difference, and restoring an old version as a new one. A client component for its ids (useId):
 * the same history may stay mounted, hidden, after a restore brings the person back to it.
 */
export function RevisionHistory({
  uiLocale,
  contentLocale,
  title,
  editorHref,
  revisions,
  currentVersion,
  from,
  to,
  diffs,
  fieldLabels,
  restore,
  events = [],
  caption,
}: {
  uiLocale: Locale;
  contentLocale: Locale;
  title: string;
  editorHref: string;
  revisions: RevisionRow[];
  currentVersion: number;
  from: number;
  to: number;
  diffs: FieldDiff[];
  fieldLabels: Record<string, string>;
  /**
   * How to restore (null: the person may not change this translation). `live`: readers see this
   * translation now, so a restore changes the public page at once, and asks first. `comesOutAt`
   * (ISO 8601): it is scheduled, so the text restored is the one readers get then; asks too.
   * `baseState`: the state this was read in, sent with a restore, which is refused once the
   * translation has been published, scheduled or unpublished since (it asked, or not, wrongly).
   */
  restore: { action: (state: ActionState, form: FormData) => Promise<ActionState>; translationId: string; baseState: string; live: boolean; comesOutAt?: string | null } | null;
  /** Changes listed among the versions by time (already in words). */
  events?: HistoryEvent[];
  /** The table's caption when it lists more than versions. */
  caption?: string;
}) {
  const t = useTranslations('Editor');
  const formId = useId();
  const diffId = useId();
  const dir = directionOf(contentLocale);
  const comesOut = useLocalTimeText(restore?.comesOutAt ?? new Date(0).toISOString(), uiLocale);
  const columns = [t('version'), t('compareFrom'), t('compareTo'), t('savedBy'), t('savedAt'), t('note')];
  return (
    <div className="space-y-6">
      <BackLink href={editorHref}>{t('backToEditor')}</BackLink>
      <h1 className="text-2xl">
        {t('historyTitle')}
        <span lang={contentLocale} dir={dir} className="mt-1 block text-lg font-normal wrap-anywhere">
          {title}
        </span>
      </h1>

      {revisions.length === 1 && <p className="text-muted">{t('onlyVersion')}</p>}
      <div className="space-y-3">
        {/* Stacked on a phone: a version's compare radios and restore button stay in sight, never scrolled away sideways. */}
        <DataTable stacked caption={caption ?? t('revisionsCaption')} columns={[...columns, <span key="actions" className="sr-only">{t('actions')}</span>]}>
          {merged(revisions, events).map((row) => {
            if (row.kind === 'event') {
              const e = row.event;
              return (
                <tr key={e.id} role="row" className={stackedRowClass}>
                  <th role="rowheader" scope="row" className={`${stackedCell} ${stackedWide} text-start font-semibold`}>
                    {e.label}
                  </th>
                  <td role="cell" className={stackedCell} />
                  <td role="cell" className={stackedCell} />
                  <SavedByAt by={e.authorName ?? t('someoneElse')} iso={e.createdAt} locale={uiLocale} labels={{ by: t('savedBy'), at: t('savedAt') }} />
                  {/* Sentences: a column as narrow as its longest word would make each row a tall strip. */}
                  <td role="cell" className={`${stackedCell} ${stackedWide} @3xl:min-w-60`}>
                    {e.lines.length > 0 && (
                      <ul className="space-y-1">
                        {e.lines.map((line, i) => (
                          <li key={i}>{line}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td role="cell" className={stackedCell} />
                </tr>
              );
            }
            const r = row.revision;
            return (
              <tr key={r.id} role="row" className={stackedRowClass}>
                <th role="rowheader" scope="row" className={`${stackedCell} ${stackedWide} text-start font-semibold`}>
                  {t('versionN', { version: String(r.version) })}
                  {r.version === currentVersion && <> <span className="ms-1 text-xs font-normal text-muted">({t('current')})</span></>}
                </th>
                {(['from', 'to'] as const).map((end) => (
                  <td key={end} role="cell" className={stackedCell}>
                    <CompareChoice
                      form={formId}
                      end={end}
                      version={r.version}
                      checked={r.version === (end === 'from' ? from : to)}
                      column={t(end === 'from' ? 'compareFrom' : 'compareTo')}
                      label={t(end === 'from' ? 'compareFromN' : 'compareToN', { version: String(r.version) })}
                    />
                  </td>
                ))}
                {/* Only the import (the demo content) writes a version with no author: users are never deleted. */}
                <SavedByAt by={r.authorName ?? t('importedAuthor')} iso={r.createdAt} locale={uiLocale} labels={{ by: t('savedBy'), at: t('savedAt') }} />
                <td role="cell" className={`${stackedCell} ${stackedWide}`}>{r.note}</td>
                <td role="cell" className={`${stackedCell} ${stackedWide}`}>
                  {restore && r.version !== currentVersion && (
                    <ConfirmAction
                      action={restore.action}
                      locale={uiLocale}
                      fields={{ translationId: restore.translationId, baseVersion: String(currentVersion), baseState: restore.baseState, revisionId: r.id }}
                      labels={{
                        trigger: t('restoreVersion', { version: String(r.version) }),
                        pending: t('saving'),
                        ...(restore.live ? { question: t('restoreLiveQuestion', { version: String(r.version) }), confirm: t('restoreLiveConfirm'), cancel: t('cancel') } : {}),
                        ...(!restore.live && restore.comesOutAt
                          ? { question: t('restoreScheduledQuestion', { version: String(r.version), time: comesOut }), confirm: t('restoreLiveConfirm'), cancel: t('cancel') }
                          : {}),
                      }}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
        {/* The radios above belong to this form (form attribute): restore forms sit in the table. */}
        {revisions.length > 1 && (
          <form id={formId} method="get" action={`${editorHref}/history`}>
            <button type="submit" className={buttonClass('secondary')}>
              {t('compare')}
            </button>
          </form>
        )}
      </div>

      {/* One version has nothing to compare with ("from version 1 to version 1"). */}
      {revisions.length > 1 && (
        <section aria-labelledby={diffId} className="space-y-3">
          <h2 id={diffId} className="text-lg">
            {t('diffHeading', { from: String(from), to: String(to) })}
          </h2>
          <DiffView diffs={diffs} lang={contentLocale} dir={dir} labels={{ added: t('diffAdded'), removed: t('diffRemoved'), unchanged: t('diffNone'), fields: fieldLabels }} />
        </section>
      )}
    </div>
  );
}
