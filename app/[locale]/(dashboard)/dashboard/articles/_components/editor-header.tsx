'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { LocalTime } from '@/components/dashboard/local-time';
import { storedStateScope } from '@/components/dashboard/editor/stored-state';
import { StatusChip } from '@/components/dashboard/status-chip';
import { Alert } from '@/components/ui/alert';
import { directionOf } from '@/i18n/routing';
import { sharedFieldLabels, sharedFieldNames } from '@/lib/articles/shared-history';
import { displayStatusAt, type MatrixState } from '@/lib/articles/workflow';
import { intlLocale } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { headerAt, type EditorHeaderState } from './editor-header-state';
import { ShownAtClock, useShownAt, type ShownState } from './shown-at';

/**
 * The translation as stored, once a save met a version someone else saved: the header shows
 * that version (its state, who saved it and when), as it shows a version just saved, while
 * the form keeps the person's text (components/dashboard/editor/stored-state.tsx).
 */
const currentHeader = storedStateScope<EditorHeaderState>();

/**
 * For one opening of the editor: the version a refused save met, and the editor's clock
 * (./shown-at.tsx), set for the schedule the header shows — the page's (`stored`), or the one a
 * refused save met since — and for those of the other languages in the tabs (`others`, as the
 * page read them).
 */
export function EditorHeaderScope({ stored, others, children }: { stored: EditorHeaderState | null; others: ShownState[]; children: ReactNode }) {
  return (
    <currentHeader.Scope>
      <EditorClock stored={stored} others={others}>
        {children}
      </EditorClock>
    </currentHeader.Scope>
  );
}

/** For the editor: shows in the header the version a refused save met. */
export const useShowCurrentHeader = currentHeader.useShow;

function EditorClock({ stored, others, children }: { stored: EditorHeaderState | null; others: ShownState[]; children: ReactNode }) {
  const header = currentHeader.useCurrent() ?? stored;
  return <ShownAtClock states={header ? [header, ...others] : others}>{children}</ShownAtClock>;
}

/**
 * The editor's header: the title, the language, the state and the last save of the translation
 * (`stored`, as the page read it; null for one not written yet, titled `newHeading`), or of the
 * version a refused save met since.
 */
export function EditorHeader({
  stored,
  newHeading,
  languageLabel,
  uiLocale,
  contentLocale,
}: {
  stored: EditorHeaderState | null;
  newHeading: string;
  languageLabel: string;
  uiLocale: Locale;
  contentLocale: Locale;
}) {
  const t = useTranslations('Editor');
  const w = useTranslations('Workflow');
  const s = useTranslations('ArticleShared');
  const met = currentHeader.useCurrent() ?? stored;
  // A schedule that has come out with the page open shows as published, as the page read anew would.
  const shownAt = useShownAt();
  const header = met && shownAt ? headerAt(met, shownAt) : met;
  const last = header?.lastSave;
  const sharedFields = last?.shared ? sharedFieldNames({ fields: last.shared }, sharedFieldLabels(t)) : [];
  return (
    <header className="space-y-2">
      <h1 className="text-2xl" lang={header ? contentLocale : undefined} dir={header ? directionOf(contentLocale) : undefined}>
        {header?.title || newHeading}
      </h1>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>{languageLabel}</span>
        {header && <StatusChip state={header.status} label={w(`status.${header.status}`)} />}
        {header?.outdated && <StatusChip state="outdated" label={w('status.outdated')} />}
        {header && last && (
          <span className="text-muted">
            {/* A version with no author is the import's (lib/import, the demo content): no account saved it. */}
            {last.shared || last.byName
              ? t('versionLine', { version: String(header.version), name: last.byName ?? t('someoneElse') })
              : t('versionLineImported', { version: String(header.version) })}{' '}
            <LocalTime iso={last.at} locale={uiLocale} />
            {last.shared && (
              <>
                {' '}
                {sharedFields.length > 0
                  ? s('headerChanged', { fields: new Intl.ListFormat(intlLocale(uiLocale), { type: 'conjunction' }).format(sharedFields) })
                  : s('headerChangedUnnamed')}
              </>
            )}
          </span>
        )}
      </div>
      {header?.status === 'scheduled' && header.publishAt && (
        <p className="text-sm font-semibold text-brand-900">
          {t('scheduledFor')} <LocalTime iso={header.publishAt} locale={uiLocale} />
        </p>
      )}
      {header?.status === 'in_review' && header.submittedByName && <p className="text-sm">{t('submittedBy', { name: header.submittedByName })}</p>}
      {header?.status === 'draft' && header.returned && (
        <Alert tone="warning">
          <p>
            {w('returnedBy', { name: header.returned.byName ?? t('someoneElse') })} <LocalTime iso={header.returned.at} locale={uiLocale} />
          </p>
          {header.returned.note && (
            <>
              <p className="mt-2 font-semibold">{w('returnedNote')}</p>
              <p dir="auto" className="whitespace-pre-line">
                {header.returned.note}
              </p>
            </>
          )}
        </Alert>
      )}
    </header>
  );
}

/**
 * A language in the language tabs: its state as the page read it (`state`, `publishAt`) at the
 * editor's clock, so a schedule comes out there too; the language edited (`edited`) as the header
 * says it (a version met since included).
 */
export function LanguageChips({ state, outdated, publishAt, edited }: { state: MatrixState; outdated: boolean; publishAt: string | null; edited: boolean }) {
  const w = useTranslations('Workflow');
  const met = currentHeader.useCurrent();
  const current = edited ? met : null;
  const shownAt = useShownAt();
  const status = current?.status ?? state;
  const shown = status !== 'missing' && shownAt ? displayStatusAt(status, current ? current.publishAt : publishAt, shownAt) : status;
  return (
    <>
      <StatusChip state={shown} label={w(`status.${shown}`)} />
      {(current ? current.outdated : outdated) && <StatusChip state="outdated" label={w('status.outdated')} />}
    </>
  );
}
