'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { ConfirmAction } from '@/components/dashboard/confirm-action';
import { SourceChanges } from '@/components/dashboard/editor/source-changes';
import { storedStateScope } from '@/components/dashboard/editor/stored-state';
import { LocalTime } from '@/components/dashboard/local-time';
import { Panel } from '@/components/dashboard/panel';
import { StatusChip } from '@/components/dashboard/status-chip';
import { Alert } from '@/components/ui/alert';
import { directionOf } from '@/i18n/routing';
import type { ActionState } from '@/lib/action-state';
import type { Locale } from '@/lib/locales';
import { publishPageAction, type PageStepRefusalData } from '../actions';
import type { PageConflictData } from '@/db/queries/page-writes';
import type { PageEditorState } from './page-editor-state';

/**
 * The translation as stored, once a save or a step of the state panel met a version or a state
 * someone else saved since the page was read: the header's chips, the state panel and the source
 * beside the form show it (and the editor acts on it) in place of what the page read
 * (components/dashboard/editor/stored-state.tsx).
 */
const storedPage = storedStateScope<PageEditorState>();

/**
 * The text's version the editor's form is based on, once the person took the one a refused save
 * met ("keep my changes", "load theirs"); until then the page's. The version they have read: the
 * state panel's steps are taken on it, so none puts online (or takes offline) a text they have
 * not seen, as the release editor's steps are.
 */
const readVersion = storedStateScope<number>();

/**
 * A new version of the text a refused step of the state panel met (who saved it, when, how it
 * differs from the one read, its text): the editor shows it as a save's conflict, to keep the
 * person's text over it or load it — then the steps are taken on it.
 */
const stepConflict = storedStateScope<PageConflictData>();

/** The page was deleted meanwhile (a refused save said who, when): no step of the state panel is offered any longer. */
const deletedPage = storedStateScope<true>();

export function PageStateScope({ children }: { children: ReactNode }) {
  return (
    <storedPage.Scope>
      <readVersion.Scope>
        <stepConflict.Scope>
          <deletedPage.Scope>{children}</deletedPage.Scope>
        </stepConflict.Scope>
      </readVersion.Scope>
    </storedPage.Scope>
  );
}

/** For the editor: the new version of the text a refused step met, if any. */
export const useStepConflict = stepConflict.useCurrent;

/** For the editor: says the page is known deleted, to the state panel. */
export const useShowDeletedPage = deletedPage.useShow;

/** For the editor: shows beside the form the translation a refused save met. */
export const useShowStoredPage = storedPage.useShow;

/** For the editor: the translation a refused save or step met, if any, to act on. */
export const useStoredPage = storedPage.useCurrent;

/** For the editor: the version its form is now based on, for the state panel's steps. */
export const useShowReadVersion = readVersion.useShow;

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

/** What the page said as it was read (a save's success, "translate from…"): no longer once a refused save or step showed the translation stored since. */
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
  /** Said in place of the steps once the page is known deleted. */
  deleted: string;
}

/**
 * The state panel beside the form: the version and who saved it, why it is offline, where readers
 * find it, publish or unpublish that version, its history. A step is taken on the version the
 * person read, from the state shown: one refused because someone else changed the translation
 * since answers it as now stored, which the panel, the header and the form then show and act on
 * (publishPageAction), with the refusal said here, the buttons being those of that state.
 */
export function PageStatePanel({ stored, uiLocale, historyHref, labels }: { stored: PageEditorState; uiLocale: Locale; historyHref: string; labels: PageStatePanelLabels }) {
  const met = storedPage.useCurrent();
  const show = storedPage.useShow();
  const showConflict = stepConflict.useShow();
  const deleted = deletedPage.useCurrent();
  const read = readVersion.useCurrent() ?? stored.version;
  const state = met ?? stored;
  // The last step's refusal and the state it answered: said while that state is the one shown
  // (a refusal for another reason is said by the step's own form).
  const [refused, setRefused] = useState<{ message: string; current: PageEditorState } | null>(null);
  const [answered, setAnswered] = useState(0);
  const step = async (previous: ActionState<PageStepRefusalData>, data: FormData) => {
    const answer = (await publishPageAction(previous as ActionState<never>, data)) as ActionState<PageStepRefusalData>;
    const refusal = answer.status === 'error' && answer.data?.current ? { message: answer.formError ?? '', current: answer.data.current } : null;
    setRefused(refusal);
    if (refusal) {
      setAnswered((n) => n + 1);
      show(refusal.current);
    }
    if (answer.status === 'error' && answer.data?.conflict && answer.data.theirsBody) showConflict({ conflict: answer.data.conflict, theirsBody: answer.data.theirsBody });
    return answer;
  };
  const said = refused && refused.current === met ? refused : null;
  // The step's button is gone (those of the state stored replace it): the focus goes to what is said.
  const saidRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refused) saidRef.current?.focus();
  }, [refused]);
  if (!state.translationId || state.version === null || !state.lastSave) return <p>{labels.notWrittenYet}</p>;
  const fields = { translationId: state.translationId, baseVersion: String(read ?? 0), ...(state.status ? { baseState: state.status } : {}) };
  // Drawn anew after each such refusal: a question asked from the state left is closed.
  const key = `${state.status}-${answered}`;
  return (
    <>
      {said && (
        <div ref={saidRef} tabIndex={-1} className="mb-3 outline-none">
          <Alert tone="error">{said.message}</Alert>
        </div>
      )}
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
      {deleted ? (
        <p role="status" className="rounded-md border-s-4 border-red-800 bg-red-50 px-3 py-2 text-red-950">
          {labels.deleted}
        </p>
      ) : state.status === 'published' ? (
        <ConfirmAction
          key={key}
          action={step}
          locale={uiLocale}
          fields={{ ...fields, publish: '0' }}
          labels={{ trigger: labels.unpublish, question: state.unpublishQuestion, confirm: labels.unpublishConfirm, cancel: labels.cancel, pending: labels.working }}
        />
      ) : (
        <ConfirmAction
          key={key}
          action={step}
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

/**
 * Beside the form of a translation: the text it translates as stored and, while the translation
 * is outdated, what changed in it since the text the translation is up to date with — as the
 * page read them, then as a refused save or step met them.
 */
export function PageSource({ stored }: { stored: PageEditorState }) {
  const e = useTranslations('Editor');
  const p = useTranslations('PageEditor');
  const changesId = useId();
  const { source } = storedPage.useCurrent() ?? stored;
  if (!source) return null;
  const dir = directionOf(source.locale);
  return (
    <>
      {source.changes && (
        <SourceChanges
          id={changesId}
          heading={source.changes.heading}
          diffs={source.changes.diffs}
          lang={source.locale}
          dir={dir}
          labels={{ added: e('diffAdded'), removed: e('diffRemoved'), unchanged: e('diffNone'), fields: { title: e('title'), slug: e('slug'), summary: p('summary'), body: e('body') } }}
        />
      )}
      <Panel title={source.heading} className="text-sm">
        {/* Scrolls on its own: focusable, so it can be scrolled with the keyboard too. */}
        <div lang={source.locale} dir={dir} tabIndex={0} role="region" aria-label={source.heading} className="max-h-[32rem] space-y-2 overflow-y-auto">
          <p className="font-semibold">{source.title}</p>
          {source.summary && <p className="text-muted">{source.summary}</p>}
          {source.paragraphs.map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
      </Panel>
    </>
  );
}
