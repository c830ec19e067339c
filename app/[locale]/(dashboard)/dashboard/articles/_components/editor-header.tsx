'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { LocalTime } from '@/components/dashboard/local-time';
import { StatusChip } from '@/components/dashboard/status-chip';
import { Alert } from '@/components/ui/alert';
import { directionOf } from '@/i18n/routing';
import { sharedFieldLabels, sharedFieldNames } from '@/lib/articles/shared-history';
import type { MatrixState } from '@/lib/articles/workflow';
import { intlLocale } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import type { EditorHeaderState } from './editor-header-state';

/**
 * The translation as stored, once a save met a version someone else saved: the header shows
 * that version (its state, who saved it and when), as it shows a version just saved, while
 * the form keeps the person's text. Held for one opening of the editor (the scope is keyed as
 * the editor is): the page drawn anew after a save starts from what it reads.
 */
const CurrentHeader = createContext<{ current: EditorHeaderState | null; show: (state: EditorHeaderState) => void }>({
  current: null,
  show: () => {},
});

export function EditorHeaderScope({ children }: { children: ReactNode }) {
  const [current, show] = useState<EditorHeaderState | null>(null);
  return <CurrentHeader value={{ current, show }}>{children}</CurrentHeader>;
}

/** For the editor: shows in the header the version a refused save met. */
export function useShowCurrentHeader(): (state: EditorHeaderState) => void {
  return useContext(CurrentHeader).show;
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
  const header = useContext(CurrentHeader).current ?? stored;
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

/** The language edited, in the language tabs: its state as the header says it (`state` as the page read it). */
export function CurrentLanguageChips({ state, outdated }: { state: MatrixState; outdated: boolean }) {
  const w = useTranslations('Workflow');
  const current = useContext(CurrentHeader).current;
  const shown = current?.status ?? state;
  return (
    <>
      <StatusChip state={shown} label={w(`status.${shown}`)} />
      {(current ? current.outdated : outdated) && <StatusChip state="outdated" label={w('status.outdated')} />}
    </>
  );
}
