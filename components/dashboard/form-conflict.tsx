'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { FormGuard } from '@/components/dashboard/action-form';
import { ConflictPanel } from '@/components/dashboard/editor/conflict-panel';
import { LocalTime } from '@/components/dashboard/local-time';
import { Alert } from '@/components/ui/alert';
import { directionOf, isAppLocale } from '@/i18n/routing';
import { formFields, mergeConflict, type ConflictMerge, type FormConflict } from '@/lib/form-conflict';
import type { Locale } from '@/lib/locales';

type Values = Record<string, string>;

/**
 * A save that met a colleague's, in a dashboard form (the office form, and those drawn by
 * ActionFormFrame): what the colleague changed, field by field — what only they changed, now in
 * the form, and what both changed, their value beside the person's (kept in the form) — and two
 * ways on: "save my version", a submit button of the surrounding form that saves over theirs,
 * or "load theirs", asked first, which puts their version in the form. `label` names a field;
 * `value` shows one (by default its text, in the language its name says: `texts.ar.name`).
 * Headed with the colleague's name, and dated, where the audit log says who saved (`saved`).
 */
export function FormConflictPanel<F extends string>({
  merge,
  theirs,
  label,
  value,
  noField,
  saved,
  onLoadTheirs,
}: {
  merge: ConflictMerge<F>;
  /** The colleague's version, as the form's inputs hold it. */
  theirs: Values;
  /** Who saved it and when, where the audit log says (FormConflict). */
  saved?: Pick<FormConflict, 'savedBy' | 'savedAt'>;
  label: (field: F) => string;
  value?: (field: F, values: Values) => ReactNode;
  /** Said when their change touches none of the form's fields (the office's: "an archiving, for instance"). */
  noField?: string;
  onLoadTheirs: () => void;
}) {
  const t = useTranslations('FormConflict');
  const e = useTranslations('Editor');
  const uiLocale = useLocale();
  const shown = (field: F, values: Values) => {
    const own = value?.(field, values);
    if (own !== undefined) return own;
    const v = (values[field] ?? '').trim();
    if (v === '') return <span className="italic">{t('empty')}</span>;
    const l = field.split('.')[1];
    return isAppLocale(l) ? (
      <span lang={l} dir={directionOf(l)} className="whitespace-pre-wrap">
        {v}
      </span>
    ) : (
      <bdi className="whitespace-pre-wrap">{v}</bdi>
    );
  };
  const taken = merge.changes.filter((c) => c.kind === 'taken');
  const both = merge.changes.filter((c) => c.kind === 'both');
  return (
    <ConflictPanel
      heading={saved?.savedBy ? t('headingBy', { name: saved.savedBy }) : t('heading')}
      stamp={
        saved?.savedAt && isAppLocale(uiLocale) ? (
          <>
            {t('savedAt')} <LocalTime iso={saved.savedAt} locale={uiLocale} />
          </>
        ) : null
      }
      hint={t('hint')}
      keepLabel={t('keepMine')}
      keepPending={e('saving')}
      loadLabel={t('loadTheirs')}
      loadQuestion={{ question: t('loadQuestion'), confirm: t('loadConfirm'), cancel: t('loadCancel') }}
      onLoadTheirs={onLoadTheirs}
    >
      {merge.changes.length === 0 ? (
        <p className="text-sm">{noField ?? t('noField')}</p>
      ) : (
        <div className="space-y-4 text-sm">
          {both.length > 0 && (
            <div>
              <h3 className="mb-2 font-semibold">{t('bothHeading')}</h3>
              <dl className="space-y-2">
                {both.map(({ field }) => (
                  <div key={field} className="rounded-md border border-line bg-white p-3">
                    <dt className="font-semibold">{label(field)}</dt>
                    <dd>
                      <span className="text-muted">{t('theirValue')}</span> {shown(field, theirs)}
                    </dd>
                    <dd>
                      <span className="text-muted">{t('yourValue')}</span> {shown(field, merge.values)}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          )}
          {taken.length > 0 && (
            <div>
              <h3 className="mb-2 font-semibold">{t('takenHeading')}</h3>
              <dl className="space-y-2">
                {taken.map(({ field }) => (
                  <div key={field} className="rounded-md border border-line bg-white p-3">
                    <dt className="font-semibold">{label(field)}</dt>
                    <dd>{shown(field, theirs)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          )}
        </div>
      )}
    </ConflictPanel>
  );
}

/** "Name (Arabic)": a field of one language, named with it. */
export function useFieldInLanguage() {
  const t = useTranslations('FormConflict');
  const languages = useTranslations('Languages');
  return (field: string, language: Locale) => t('fieldIn', { field, language: languages(language) });
}

interface ConflictView {
  /** The refusal last read. */
  seen: unknown;
  /** The stored version the form is based on, and its values (the base of the next merge). */
  version?: string;
  base: Values;
  /** What the form shows instead of the last answer's values: the merge, or their version loaded. */
  values?: Values;
  conflict?: FormConflict;
  merge?: ConflictMerge;
  loaded: boolean;
  /** A refusal answered before the record was saved (the page came back with it): no longer shown. */
  stale?: unknown;
  /** Redraws the fields (their version loaded may hold what the merge held). */
  drawn: number;
}

const start = (initial: Values, seen: unknown, drawn = 0): ConflictView => ({ seen, version: initial.version, base: initial, loaded: false, drawn });

/**
 * A form drawn by ActionFormFrame (useActionAnswer) meeting a colleague's save: the refusal
 * carries their version (`data.conflict`, a FormConflict); it is merged with what was sent
 * against the version the form was based on, and the form then goes on from theirs — its
 * `version` is theirs, so "save my version" (the panel's submit button, or the form's own)
 * saves over it; a further save by someone else meanwhile is a new conflict, merged against
 * theirs. `values`: what the fields show instead of useActionAnswer's (unset: its own), `panel`
 * to put in the form, `refusal` the message to show (none once their version is loaded, said
 * by `loadedNote`).
 */
export function useFormConflict<R extends { values?: Values; fieldErrors?: Record<string, string>; data?: unknown }>(
  refusal: R | undefined,
  initial: Values,
  {
    label,
    value,
    guard,
  }: {
    label: (field: string) => string;
    value?: (field: string, values: Values) => ReactNode;
    /** useActionAnswer's guard: their version loaded is what is stored, nothing left to lose by leaving. */
    guard: Pick<FormGuard, 'settle'>;
  },
) {
  const t = useTranslations('FormConflict');
  const initialJson = JSON.stringify(initial);
  const [view, setView] = useState(() => ({ ...start(initial, refusal), initialJson }));
  if (view.initialJson !== initialJson) {
    // Saved (or the page read again): the stored record, its new version, is the base again.
    setView({ ...start(initial, refusal, view.drawn + 1), stale: refusal, initialJson });
  } else if (view.seen !== refusal) {
    const conflict = (refusal?.data as { conflict?: FormConflict } | undefined)?.conflict;
    if (conflict) {
      const merge = mergeConflict(formFields(conflict.theirs), view.base, refusal?.values ?? {}, conflict.theirs);
      setView({ seen: refusal, version: conflict.version, base: conflict.theirs, values: merge.values, conflict, merge, loaded: false, drawn: view.drawn + 1, initialJson });
    } else if (refusal) {
      // Another refusal (a field to correct) after a conflict: still over their version, the panel kept.
      setView({ ...view, seen: refusal, values: undefined, loaded: false });
    } else {
      // The answer put away (left without saving): the stored record again.
      setView({ ...start(initial, refusal, view.drawn + 1), initialJson });
    }
  }
  const note = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (view.loaded) note.current?.focus();
  }, [view.loaded, view.drawn]);
  const { conflict, merge } = view;
  const stale = refusal !== undefined && refusal === view.stale;
  return {
    version: view.version,
    values: stale ? initial : view.values,
    /** The form's own submit button says what it does while the panel shows: saves over theirs. */
    submitLabel: (own: string) => (conflict ? t('keepMine') : own),
    drawn: view.drawn,
    refusal: view.loaded || stale ? undefined : refusal,
    fieldError: (field: string) => (view.loaded || stale ? undefined : refusal?.fieldErrors?.[field]),
    loadedNote: view.loaded ? (
      <div ref={note} tabIndex={-1} className="outline-none">
        <Alert tone="info">{t('loaded')}</Alert>
      </div>
    ) : null,
    panel:
      conflict && merge ? (
        <FormConflictPanel
          merge={merge}
          theirs={conflict.theirs}
          saved={conflict}
          label={label}
          value={value}
          onLoadTheirs={() => {
            setView({ ...view, version: conflict.version, base: conflict.theirs, values: conflict.theirs, conflict: undefined, merge: undefined, loaded: true, drawn: view.drawn + 1 });
            // The form holds what is stored again, as the office form's does: clean until something
            // is typed. Clean, ActionFormFrame takes the fields drawn anew with it as the new base.
            guard.settle('');
          }}
        />
      ) : null,
  };
}
