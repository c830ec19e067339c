'use client';

import { useActionState, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { LocaleFieldset } from '@/components/dashboard/locale-fieldset';
import { Alert } from '@/components/ui/alert';
import { SubmitButton, buttonClass } from '@/components/ui/button';
import { EmailField, FieldShell, SelectField, TextAreaField, TextField, controlClass } from '@/components/ui/field';
import { useProblemFocus } from '@/components/ui/focus';
import { InvalidFieldLinks } from '@/components/ui/invalid-fields';
import { directionOf } from '@/i18n/routing';
import { idleState, type ActionState } from '@/lib/action-state';
import { strictlyLeftToRight } from '@/lib/bidi';
import { FormConflictPanel, useFieldInLanguage } from '@/components/dashboard/form-conflict';
import { EditorProblem } from '@/components/dashboard/editor/editor-problem';
import { LocalCopyNotice } from '@/components/dashboard/editor/local-copy-notice';
import { droppingCopyOnSave, useLocalCopy } from '@/components/dashboard/editor/use-local-copy';
import { useFormChanges } from '@/components/dashboard/use-leave-guard';
import type { OfficeConflict, OfficeFormData } from '../actions';
import { LOCALES, type Locale } from '@/lib/locales';
import { mergeOfficeConflict, phoneRows, type OfficeConflictField, type OfficeMerge } from '@/lib/offices/conflict';
import { officeDraft, phoneRowIndexes } from '@/lib/offices/draft';

const LABELS = ['switchboard', 'press', 'mobile', 'fax'] as const;
type Label = (typeof LABELS)[number];

type Warning = NonNullable<OfficeFormData['phoneWarnings']>[number];
type Suggestion = NonNullable<OfficeFormData['phoneSuggestions']>[number];

interface Row {
  id: number;
  label: Label;
  number: string;
  confirm: boolean;
  /** A number accepted before (stored, or confirmed): still accepted while its text is unchanged. */
  accepted?: { value: string; number: string };
  /** What must be fixed (every error of the number, in one message); the warning has its own. */
  error?: string;
  warning?: Warning;
  /** With an error: the number it probably is, offered in its place (no confirming an invalid number). */
  suggestion?: Suggestion;
}

type Values = Record<string, string>;

/**
 * The copy of the form kept in this browser (components/dashboard/editor/local-copy.ts): what it
 * holds, and the stored values it started from — the base a save meeting a colleague's is merged
 * against, when the copy is restored after a crash.
 */
interface OfficeCopy {
  fields: Values;
  base: Values;
}

function rowsFrom(values: Values, errors: Record<string, string> | undefined, data: OfficeFormData | undefined): Row[] {
  const warnings = data?.phoneWarnings;
  return phoneRowIndexes(values).map((i, n) => {
    const label = values[`phones.${i}.label`];
    const warning = warnings?.[i];
    const number = values[`phones.${i}.number`] ?? '';
    const confirm = values[`phones.${i}.confirm`];
    return {
      id: n + 1,
      label: (LABELS as readonly string[]).includes(label ?? '') ? (label as Label) : 'switchboard',
      number,
      confirm: !!warning && confirm === warning.confirmValue,
      ...(!warning && confirm ? { accepted: { value: confirm, number } } : {}),
      // A row with only a warning has the warning's sentence as its message: shown once, in the warning.
      error: errors?.[`phones.${i}.number`] === warning?.message ? undefined : errors?.[`phones.${i}.number`],
      warning,
      suggestion: data?.phoneSuggestions?.[i],
    };
  });
}

type Refusal = Extract<ActionState<OfficeFormData>, { status: 'error' }>;

/** What the form shows and sends, moved on by each answer and by loading the colleague's version. */
interface View {
  /** Remounts the fields with `values` (each answer, or their version loaded). */
  key: number;
  values: Values;
  /** The stored version the form is based on, and the stored values of that version (the merge's base). */
  version?: string;
  base: Values;
  /** The refusal shown (form message, field errors, warnings). */
  refusal?: Refusal;
  /** A colleague's save met, until the admin saves over it or loads it: the next save goes over it. */
  conflict?: OfficeConflict;
  merge?: OfficeMerge;
  /** The version just loaded from the colleague's save, said in words. */
  loaded?: number;
}

const startView = (initial: Values, key = 0): View => ({ key, values: initial, version: initial.version, base: initial });

/**
 * Create or edit an office. Every answer from the server remounts the fields with what was
 * sent, so nothing typed is lost; a phone warning (a valid number of another country) stays
 * beside its number with two ways out: take the suggestion, or confirm the number as typed. A
 * number invalid in the country of its calling code ("+592 2 9168043": a digit too many for
 * Guyana) is an error, with the suggestion ("+598 2916 8043") as its only way out. A save that
 * meets a colleague's (the office's version moved on) is merged (lib/offices/conflict.ts): what only
 * they changed comes into the form, what only this admin changed stays, and the fields both
 * changed are listed with their value; then "save my version" goes over theirs, or "load
 * theirs" starts again from it. A further save by someone else meanwhile is a new conflict.
 *
 * What is typed is also kept in this browser as it is typed (`localCopyKey`, as the article and
 * page editors do): should the tab close or crash before a save, the form offers it back when it
 * opens again. A successful save drops it, and so does choosing to leave without saving.
 */
export function OfficeForm({
  action,
  locale,
  initial,
  countries,
  submitLabel,
  localCopyKey,
}: {
  action: (state: ActionState<OfficeFormData>, form: FormData) => Promise<ActionState<OfficeFormData>>;
  locale: string;
  initial: Values;
  countries: { code: string; name: string }[];
  submitLabel: string;
  /** localCopyKey(…) of the signed-in user and this office ("new" before it is saved). */
  localCopyKey: string;
}) {
  const t = useTranslations('OfficeForm');
  const e = useTranslations('Editor');
  const formRef = useRef<HTMLFormElement>(null);
  const [view, setViewState] = useState(() => startView(initial));
  // What the form holds now, read from its inputs at each change: what the copy keeps.
  const [draft, setDraft] = useState(() => officeDraft(initial));
  /** Shows other values in the form (an answer, a merge, their version, a restored copy). */
  const setView = (next: View) => {
    setViewState(next);
    setDraft(officeDraft(next.values));
  };
  const readForm = () => {
    if (formRef.current) setDraft(officeDraft(Object.fromEntries(new FormData(formRef.current))));
  };
  const initialJson = JSON.stringify(initial);
  const stored = useMemo(() => officeDraft(JSON.parse(initialJson) as Values), [initialJson]);
  const storedJson = JSON.stringify(stored);
  const loaded = useMemo<OfficeCopy>(() => ({ fields: stored, base: stored }), [stored]);
  const kept = useMemo<OfficeCopy>(() => ({ fields: draft, base: officeDraft(view.base) }), [draft, view.base]);
  const copy = useLocalCopy<OfficeCopy>(
    { key: localCopyKey },
    { initial: loaded, values: kept, dirty: JSON.stringify(draft) !== JSON.stringify(stored), baseVersion: view.version ? Number(view.version) : null },
    (restored) => {
      const fields = officeDraft(restored.values.fields);
      setView({
        key: view.key + 1,
        values: { ...(initial.id ? { id: initial.id } : {}), ...fields },
        // The version the kept text started from, and its stored values: if another was saved
        // since, saving meets the conflict answer, merged against what the copy started from.
        version: restored.baseVersion !== null ? String(restored.baseVersion) : view.version,
        base: restored.baseVersion !== null ? officeDraft(restored.values.base) : view.base,
      });
    },
  );
  const save = useMemo(() => droppingCopyOnSave(action, copy.saved), [action, copy.saved]);
  const [state, formAction] = useActionState(save, idleState as ActionState<OfficeFormData>);
  const [seen, setSeen] = useState({ state, initial: initialJson });
  // Changed from what the form opened with (or last saved): leaving the page asks first.
  const changes = useFormChanges(storedJson, {
    holds: JSON.stringify(draft),
    // Left without saving: the changes are dropped, the copy too; the stored office again,
    // should this screen be shown anew.
    discard: () => {
      copy.saved();
      setView(startView(initial, view.key + 1));
    },
  });
  if (seen.initial !== initialJson) {
    // Saved: the page came back with the stored office (its new version); start from it.
    setSeen({ state, initial: initialJson });
    setView(startView(initial, view.key + 1));
  } else if (seen.state !== state) {
    setSeen({ state, initial: initialJson });
    if (state.status === 'error') {
      const conflict = state.data?.conflict;
      if (conflict) {
        const merge = mergeOfficeConflict(view.base, state.values ?? {}, conflict.theirs);
        setView({ key: view.key + 1, values: merge.values, version: String(conflict.currentVersion), base: conflict.theirs, refusal: state, conflict, merge });
      } else {
        setView({ ...view, key: view.key + 1, values: state.values ?? view.values, refusal: state, loaded: undefined });
      }
    }
  }
  const error = view.refusal;
  const metConflict = error?.data?.conflict;
  const summary = useRef<HTMLDivElement>(null);
  const problemId = useId();
  useProblemFocus(error, summary);
  const loadedNote = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (view.loaded !== undefined) loadedNote.current?.focus();
  }, [view.loaded, view.key]);
  const conflict = view.conflict;
  const c = useTranslations('FormConflict');
  const { label: conflictLabel, value: conflictValue } = useConflictFields(countries);

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="space-y-6"
      onInput={readForm}
    >
      <input type="hidden" name="locale" value={locale} />
      {changes.dialog}
      <LocalCopyNotice copy={{ ...copy, loadedVersion: initial.version ? Number(initial.version) : null }} subject="form" />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      {view.version && <input type="hidden" name="version" value={view.version} />}
      {conflict && <input type="hidden" name="overwrite" value="1" />}
      {metConflict ? (
        <EditorProblem
          id={problemId}
          focusRef={summary}
          uiLocale={locale as Locale}
          conflicts={[{ text: e('conflictTitle', { name: metConflict.savedBy ?? e('someoneElse'), version: String(metConflict.currentVersion) }), savedAt: metConflict.savedAt }]}
          conflictBody={t('conflictBody')}
        />
      ) : (
        <div ref={summary} tabIndex={-1} className="outline-none">
          {error?.formError && (
            // Under the message, a link to each field to correct, as every other form's (components/ui/form-problem.tsx).
            <Alert tone={onlyWarnings(error) ? 'warning' : 'error'}>
              <p>{error.formError}</p>
              <InvalidFieldLinks box={summary} />
            </Alert>
          )}
        </div>
      )}
      {view.loaded !== undefined && (
        <div ref={loadedNote} tabIndex={-1} className="outline-none">
          <Alert tone="info">{t('conflictLoaded', { version: String(view.loaded) })}</Alert>
        </div>
      )}
      {conflict && view.merge && (
        <FormConflictPanel
          merge={view.merge}
          theirs={conflict.theirs}
          // The alert above already says when: the panel names who.
          saved={{ savedBy: conflict.savedBy, savedAt: null }}
          label={conflictLabel}
          value={conflictValue}
          noField={t('conflictNoField')}
          onLoadTheirs={() => {
            setView({ key: view.key + 1, values: conflict.theirs, version: String(conflict.currentVersion), base: conflict.theirs, loaded: conflict.currentVersion });
            // The form holds what is stored again: nothing left to lose by leaving.
            changes.settle(JSON.stringify(officeDraft(conflict.theirs)));
          }}
        />
      )}
      <OfficeFields
        key={view.key}
        values={view.values}
        errors={error?.fieldErrors}
        data={error?.data}
        countries={countries}
        onEdit={readForm}
      />
      <SubmitButton pendingLabel={t('saving')}>{conflict ? c('keepMine') : submitLabel}</SubmitButton>
    </form>
  );
}

/** True when all that stops the save is phone warnings to confirm (no error to fix). */
function onlyWarnings(error: Extract<ActionState<OfficeFormData>, { status: 'error' }>): boolean {
  const entries = Object.entries(error.fieldErrors ?? {});
  const warned = error.data?.phoneWarnings ?? {};
  return entries.length > 0 && entries.every(([k, message]) => /^phones\.\d+\.number$/.test(k) && warned[Number(k.split('.')[1])]?.message === message);
}

/**
 * The office's fields as the conflict panel names and shows them: the phones as one list, the
 * country by its name, the e-mail left to right; the texts in their language (the panel's own).
 */
function useConflictFields(countries: { code: string; name: string }[]) {
  const t = useTranslations('OfficeForm');
  const c = useTranslations('FormConflict');
  const fieldIn = useFieldInLanguage();
  const label = (field: OfficeConflictField) => {
    const text = /^texts\.(\w+)\.(name|city|address)$/.exec(field);
    if (!text) return t(field === 'countryCode' ? 'country' : field);
    return fieldIn(t(text[2] as 'name' | 'city' | 'address'), text[1] as Locale);
  };
  const value = (field: OfficeConflictField, values: Values) => {
    if (field === 'phones') {
      const rows = phoneRows(values);
      if (rows.length === 0) return <span className="italic">{c('empty')}</span>;
      return (
        <ul>
          {rows.map((r, i) => (
            <li key={i}>
              {(LABELS as readonly string[]).includes(r.label) ? t(`label.${r.label as Label}`) : r.label} <bdi dir="ltr" className="whitespace-nowrap">{r.number}</bdi>
            </li>
          ))}
        </ul>
      );
    }
    const v = (values[field] ?? '').trim();
    if (v === '' || field.startsWith('texts.')) return undefined;
    if (field === 'countryCode') return countries.find((c) => c.code === v.toUpperCase())?.name ?? v;
    return <bdi dir="ltr">{v}</bdi>;
  };
  return { label, value };
}

function OfficeFields({
  values,
  errors,
  data,
  countries,
  onEdit,
}: {
  values: Values;
  errors?: Record<string, string>;
  /** The refused save's phone warnings and suggestions. */
  data?: OfficeFormData;
  countries: { code: string; name: string }[];
  /** The phone rows changed by a button (a row removed, a suggestion taken): no input event says so. Called once they show. */
  onEdit: () => void;
}) {
  const t = useTranslations('OfficeForm');
  const languages = useTranslations('Languages');
  // Ids unique per form: Next keeps a page visited before mounted but hidden, and fixed ids
  // would tie these labels to the hidden copy. Row numbers count from 1 in each form, so the
  // server and the browser agree on them (a counter shared across renders would not).
  const uid = useId();
  const [rows, setRowsState] = useState<Row[]>(() => {
    const r = rowsFrom(values, errors, data);
    return r.length > 0 ? r : [{ id: 1, label: 'switchboard', number: '', confirm: false }];
  });
  const edited = useRef(false);
  const setRows: typeof setRowsState = (next) => {
    setRowsState(next);
    edited.current = true;
  };
  // A stored number was accepted for the office's country: in another country it is read again
  // (Moroccan numbers for an office moved to Tunisia are to be confirmed or corrected).
  const [country, setCountryState] = useState(values.countryCode ?? '');
  const acceptedHere = country === (values.countryCode ?? '');
  const setCountry = (next: string) => {
    setCountryState(next);
    edited.current = true;
  };
  // After the rows (or what they send, with the country) changed show: the form's inputs then hold what the parent reads.
  useEffect(() => {
    if (!edited.current) return;
    edited.current = false;
    onEdit();
  }, [rows, country, onEdit]);
  const lastRowId = useRef(rows.length);
  // The row whose number takes the focus once the rows show ('add': the "add a number" button).
  const focusRow = useRef<number | 'add' | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    (focusRow.current === 'add' ? addButton.current : document.getElementById(`${uid}phone-${focusRow.current}`))?.focus();
    focusRow.current = null;
  });
  const update = (id: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  /**
   * Puts the suggested number in the row, its problems gone with the number that had them — but
   * the warning about the number taken ("+45 …" without its extension is Danish), which stays
   * to be confirmed.
   */
  const takeSuggestion = (row: Row, suggestion: Suggestion) => {
    focusRow.current = row.id;
    const warning = row.warning?.confirmValue === suggestion.e164 ? row.warning : undefined;
    update(row.id, { number: suggestion.formatted, warning, suggestion: undefined, error: undefined, confirm: false });
  };
  const err = (name: string) => errors?.[name];

  return (
    <>
      <fieldset className="grid gap-4 rounded-lg border border-line bg-white p-4 md:grid-cols-2">
        <legend className="px-1 font-bold">{t('general')}</legend>
        <SelectField
          name="countryCode"
          label={t('country')}
          defaultValue={values.countryCode ?? ''}
          onChange={(e) => setCountry(e.target.value)}
          error={err('countryCode')}
          required
        >
          <option value="">{t('chooseCountry')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <EmailField
          name="email"
          label={t('email')}
          hint={t('emailHint')}
          defaultValue={values.email ?? ''}
          error={err('email')}
        />
      </fieldset>

      <fieldset className="rounded-lg border border-line bg-white p-4">
        <legend className="px-1 font-bold">{t('phones')}</legend>
        <p id={`${uid}phones-hint`} className="mb-3 text-sm text-muted">
          {t('phonesHint')}
        </p>
        <ol className="space-y-4">
          {rows.map((row, i) => {
            const id = `${uid}phone-${row.id}`;
            const hasWarning = !!row.warning;
            return (
              <li key={row.id} className="rounded-md border border-line p-3">
                <div className="grid items-start gap-3 sm:grid-cols-[10rem_1fr_auto]">
                  <SelectField
                    id={`${id}-label`}
                    name={`phones.${i}.label`}
                    label={t('phoneLabel', { n: String(i + 1) })}
                    value={row.label}
                    onChange={(e) => update(row.id, { label: e.target.value as Label })}
                  >
                    {LABELS.map((l) => (
                      <option key={l} value={l}>
                        {t(`label.${l}`)}
                      </option>
                    ))}
                  </SelectField>
                  <FieldShell id={id} label={t('phoneNumber', { n: String(i + 1) })} error={row.error}>
                    <input
                      id={id}
                      name={`phones.${i}.number`}
                      type="tel"
                      dir="ltr"
                      autoComplete="off"
                      value={row.number}
                      onChange={(e) => update(row.id, { number: e.target.value, warning: undefined, suggestion: undefined, error: undefined, confirm: false })}
                      aria-invalid={row.error ? true : undefined}
                      aria-describedby={[row.error ? `${id}-error` : null, hasWarning ? `${id}-problem` : null, `${uid}phones-hint`].filter(Boolean).join(' ')}
                      className={`${controlClass} text-start ${strictlyLeftToRight(row.number) ? '[unicode-bidi:bidi-override]' : ''}`}
                    />
                  </FieldShell>
                  <button
                    type="button"
                    className={`${buttonClass('ghost')} sm:mt-6`}
                    onClick={() => {
                      // The pressed button goes with its row: the focus to the next number, else the previous one, else "add".
                      focusRow.current = (rows[i + 1] ?? rows[i - 1])?.id ?? 'add';
                      setRows((rs) => rs.filter((r) => r.id !== row.id));
                    }}
                  >
                    {t('removePhone')}
                    <span className="sr-only"> {t('phoneNumber', { n: String(i + 1) })}</span>
                  </button>
                </div>
                {row.error && row.suggestion && (
                  <div className="mt-3">
                    <SuggestionButton label={t('useSuggestion')} suggestion={row.suggestion} onTake={() => takeSuggestion(row, row.suggestion!)} />
                  </div>
                )}
                {!row.warning && acceptedHere && row.accepted && row.accepted.number === row.number && (
                  <input type="hidden" name={`phones.${i}.confirm`} value={row.accepted.value} />
                )}
                {hasWarning && row.warning && (
                  <div id={`${id}-problem`} className="mt-3 rounded-md border-s-4 border-accent-700 bg-accent-100 p-3">
                    <p className="font-semibold">
                      {t('warning')} {row.warning.message}
                    </p>
                    <div className="mt-2 flex flex-wrap items-center gap-3">
                      {row.warning.suggestion && (
                        <SuggestionButton label={t('useSuggestion')} suggestion={row.warning.suggestion} onTake={() => takeSuggestion(row, row.warning!.suggestion!)} />
                      )}
                      {/* Confirmed once the number is one that can be stored (its extension gone, say). */}
                      {!row.error && (
                      <label className="inline-flex items-center gap-2">
                        <input
                          type="checkbox"
                          name={`phones.${i}.confirm`}
                          value={row.warning.confirmValue}
                          checked={row.confirm}
                          onChange={(e) => update(row.id, { confirm: e.target.checked })}
                          className="size-5"
                        />
                        <span>
                          {t('confirmNumber')} <bdi dir="ltr" className="whitespace-nowrap">{row.number}</bdi>
                        </span>
                      </label>
                      )}
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        <button
          ref={addButton}
          type="button"
          className={`${buttonClass('secondary')} mt-3`}
          onClick={() => {
            const id = ++lastRowId.current;
            focusRow.current = id;
            setRows((rs) => [...rs, { id, label: 'switchboard', number: '', confirm: false }]);
          }}
        >
          {t('addPhone')}
        </button>
      </fieldset>

      {LOCALES.map((l) => (
        <LocaleFieldset key={l} locale={l} languageName={languages(l)} sourceLabel={t('sourceLanguage')} className="md:grid-cols-2 xl:grid-cols-[1fr_12rem_1fr]">
          {l !== 'fr' && <p className="text-sm text-muted md:col-span-2 xl:col-span-3">{t('translationHint')}</p>}
          <TextField name={`texts.${l}.name`} lang={l} dir={directionOf(l)} label={t('name')} defaultValue={values[`texts.${l}.name`] ?? ''} error={err(`texts.${l}.name`)} required={l === 'fr'} />
          <TextField name={`texts.${l}.city`} lang={l} dir={directionOf(l)} label={t('city')} defaultValue={values[`texts.${l}.city`] ?? ''} error={err(`texts.${l}.city`)} required={l === 'fr'} />
          <div className="md:col-span-2 xl:col-span-1">
            <TextAreaField
              name={`texts.${l}.address`}
              lang={l}
              dir={directionOf(l)}
              label={t('address')}
              rows={2}
              defaultValue={values[`texts.${l}.address`] ?? ''}
              error={err(`texts.${l}.address`)}
            />
          </div>
        </LocaleFieldset>
      ))}
    </>
  );
}

/** "Replace with +598 2916 8043": the number a phone problem suggests, taken in one click. */
function SuggestionButton({ label, suggestion, onTake }: { label: string; suggestion: Suggestion; onTake: () => void }) {
  return (
    <button type="button" className={buttonClass('secondary')} onClick={onTake}>
      {label}&nbsp;<bdi dir="ltr" className="whitespace-nowrap">{suggestion.formatted}</bdi>
    </button>
  );
}
