'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { ConfirmAction } from '@/components/dashboard/confirm-action';
import { storedStateScope } from '@/components/dashboard/editor/stored-state';
import { LocalTime } from '@/components/dashboard/local-time';
import { StatusChip } from '@/components/dashboard/status-chip';
import type { Locale } from '@/lib/locales';
import { publishPageAction } from '../actions';
import type { PageEditorState } from './page-editor-state';

/**
 * The translation as stored, once a save met a version or a state someone else saved since the
 * page was read: the header's chips and the state panel show it (and the editor acts on it) in
 * place of what the page read (components/dashboard/editor/stored-state.tsx).
 */
const storedPage = storedStateScope<PageEditorState>();

export const PageStateScope = storedPage.Scope;

/** For the editor: shows beside the form the translation a refused save met. */
export const useShowStoredPage = storedPage.useShow;

/** The heading's chips: the translation's state (why, when offline) and whether its source changed since. */
export function PageStateChips({ stored }: { stored: PageEditorState }) {
  const w = useTranslations('Workflow');
  const { chip, outdated } = storedPage.useCurrent() ?? stored;
  return (
    <>
      <StatusChip state={chip.state} label={chip.label} />
      {outdated && <StatusChip state="outdated" label={w('status.outdated')} />}
    </>
  );
}

/** What the page said as it was read (a save's success, "translate from…"): no longer once a refused save showed the translation stored since. */
export function UntilStoredAnswer({ children }: { children: ReactNode }) {
  return storedPage.useCurrent() ? null : <>{children}</>;
}

export interface PageStatePanelLabels {
  viewPublic: string;
  unpublish: string;
  unpublishConfirm: string;
  publishSaved: string;
  cancel: string;
  working: string;
  history: string;
  notWrittenYet: string;
}

/**
 * The state panel beside the form: the version and who saved it, why it is offline, where readers
 * find it, publish or unpublish that version (the version shown: the step is refused on another),
 * its history.
 */
export function PageStatePanel({ stored, uiLocale, historyHref, labels }: { stored: PageEditorState; uiLocale: Locale; historyHref: string; labels: PageStatePanelLabels }) {
  const state = storedPage.useCurrent() ?? stored;
  if (!state.translationId || state.version === null || !state.lastSave) return <p>{labels.notWrittenYet}</p>;
  const fields = { translationId: state.translationId, baseVersion: String(state.version) };
  return (
    <>
      <p className="mb-1">{state.versionLine}</p>
      <p className="mb-3 text-muted">
        <LocalTime iso={state.lastSave.at} locale={uiLocale} />
      </p>
      {state.chip.why && <p className="mb-3 rounded-md border-s-4 border-orange-700 bg-orange-50 px-3 py-2 text-orange-950">{state.chip.why}</p>}
      {state.publicPath && (
        <p className="mb-3">
          <a href={state.publicPath} className="underline underline-offset-4">
            {labels.viewPublic}
          </a>
        </p>
      )}
      {state.status === 'published' ? (
        <ConfirmAction
          key="unpublish"
          action={publishPageAction}
          locale={uiLocale}
          fields={{ ...fields, publish: '0' }}
          labels={{ trigger: labels.unpublish, question: state.unpublishQuestion, confirm: labels.unpublishConfirm, cancel: labels.cancel, pending: labels.working }}
        />
      ) : (
        <ConfirmAction
          key="publish"
          action={publishPageAction}
          locale={uiLocale}
          fields={{ ...fields, publish: '1' }}
          variant="primary"
          labels={{ trigger: labels.publishSaved, pending: labels.working }}
        />
      )}
      <p className="mt-3">
        <Link href={historyHref} className="underline underline-offset-4">
          {labels.history}
        </Link>
      </p>
    </>
  );
}
