'use client';

import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { LocaleFieldset } from '@/components/dashboard/locale-fieldset';
import { Alert } from '@/components/ui/alert';
import { SubmitButton, buttonClass } from '@/components/ui/button';
import { EmailField, FieldShell, SelectField, TextAreaField, TextField, controlClass } from '@/components/ui/field';
import { useProblemFocus } from '@/components/ui/focus';
import { directionOf } from '@/i18n/routing';
import { idleState, type ActionState } from '@/lib/action-state';
import type { OfficeFormData } from '../actions';
import { LOCALES } from '@/lib/locales';

const LABELS = ['switchboard', 'press', 'mobile', 'fax'] as const;
type Label = (typeof LABELS)[number];

type Warning = NonNullable<OfficeFormData['phoneWarnings']>[number];

interface Row {
  id: number;
  label: Label;
  number: string;
  confirm: boolean;
  /** A number accepted before (stored, or confirmed): still accepted while its text is unchanged. */
  accepted?: { value: string; number: string };
  error?: string;
  warning?: Warning;
}

type Values = Record<string, string>;

function rowsFrom(values: Values, errors: Record<string, string> | undefined, warnings: OfficeFormData['phoneWarnings']): Row[] {
  const indexes = [...new Set(Object.keys(values).flatMap((k) => /^phones\.(\d+)\./.exec(k)?.[1] ?? []))].map(Number).sort((a, b) => a - b);
  return indexes.map((i, n) => {
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
      error: errors?.[`phones.${i}.number`],
      warning,
    };
  });
}

/**
 * Create or edit an office. Every answer from the server remounts the fields with what was
 * sent, so nothing typed is lost; a phone warning ("+592 is Guyana…") stays beside its number
 * with two ways out: take the suggestion, or confirm the number as typed.
 */
export function OfficeForm({
  action,
  locale,
  initial,
  countries,
  submitLabel,
}: {
  action: (state: ActionState<OfficeFormData>, form: FormData) => Promise<ActionState<OfficeFormData>>;
  locale: string;
  initial: Values;
  countries: { code: string; name: string }[];
  submitLabel: string;
}) {
  const t = useTranslations('OfficeForm');
  const [state, formAction] = useActionState(action, idleState as ActionState<OfficeFormData>);
  const [answers, setAnswers] = useState(0);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    setAnswers(answers + 1);
  }
  const error = state.status === 'error' ? state : undefined;
  const values = error?.values ?? initial;
  const summary = useRef<HTMLDivElement>(null);
  useProblemFocus(error, summary);

  return (
    <form action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="locale" value={locale} />
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      <div ref={summary} tabIndex={-1} className="outline-none">
        {error?.formError && <Alert tone={onlyWarnings(error) ? 'warning' : 'error'}>{error.formError}</Alert>}
      </div>
      <OfficeFields key={answers} values={values} errors={error?.fieldErrors} warnings={error?.data?.phoneWarnings} countries={countries} />
      <SubmitButton pendingLabel={t('saving')}>{submitLabel}</SubmitButton>
    </form>
  );
}

/** True when all that stops the save is phone warnings to confirm (no error to fix). */
function onlyWarnings(error: Extract<ActionState<OfficeFormData>, { status: 'error' }>): boolean {
  const keys = Object.keys(error.fieldErrors ?? {});
  const warned = error.data?.phoneWarnings ?? {};
  return keys.length > 0 && keys.every((k) => /^phones\.\d+\.number$/.test(k) && warned[Number(k.split('.')[1])] !== undefined);
}

function OfficeFields({
  values,
  errors,
  warnings,
  countries,
}: {
  values: Values;
  errors?: Record<string, string>;
  warnings?: OfficeFormData['phoneWarnings'];
  countries: { code: string; name: string }[];
}) {
  const t = useTranslations('OfficeForm');
  const languages = useTranslations('Languages');
  // Ids unique per form: Next keeps a page visited before mounted but hidden, and fixed ids
  // would tie these labels to the hidden copy. Row numbers count from 1 in each form, so the
  // server and the browser agree on them (a counter shared across renders would not).
  const uid = useId();
  const [rows, setRows] = useState<Row[]>(() => {
    const r = rowsFrom(values, errors, warnings);
    return r.length > 0 ? r : [{ id: 1, label: 'switchboard', number: '', confirm: false }];
  });
  const lastRowId = useRef(rows.length);
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`${uid}phone-${focusRow.current}`)?.focus();
    focusRow.current = null;
  });
  const update = (id: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const err = (name: string) => errors?.[name];

  return (
    <>
      <fieldset className="grid gap-4 rounded-lg border border-line bg-white p-4 md:grid-cols-2">
        <legend className="px-1 font-bold">{t('general')}</legend>
        <SelectField name="countryCode" label={t('country')} defaultValue={values.countryCode ?? ''} error={err('countryCode')} required>
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
            const hasWarning = !!row.warning && !!row.error;
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
                  <FieldShell id={id} label={t('phoneNumber', { n: String(i + 1) })} error={hasWarning ? undefined : row.error}>
                    <input
                      id={id}
                      name={`phones.${i}.number`}
                      type="tel"
                      dir="ltr"
                      autoComplete="off"
                      value={row.number}
                      onChange={(e) => update(row.id, { number: e.target.value, warning: undefined, error: undefined, confirm: false })}
                      aria-invalid={row.error && !hasWarning ? true : undefined}
                      aria-describedby={[row.error ? (hasWarning ? `${id}-problem` : `${id}-error`) : null, `${uid}phones-hint`].filter(Boolean).join(' ')}
                      className={`${controlClass} text-start`}
                    />
                  </FieldShell>
                  <button
                    type="button"
                    className={`${buttonClass('ghost')} sm:mt-6`}
                    onClick={() => setRows((rs) => rs.filter((r) => r.id !== row.id))}
                  >
                    {t('removePhone')}
                    <span className="sr-only"> {t('phoneNumber', { n: String(i + 1) })}</span>
                  </button>
                </div>
                {!row.warning && row.accepted && row.accepted.number === row.number && (
                  <input type="hidden" name={`phones.${i}.confirm`} value={row.accepted.value} />
                )}
                {hasWarning && row.warning && (
                  <div id={`${id}-problem`} className="mt-3 rounded-md border-s-4 border-accent-700 bg-accent-100 p-3">
                    <p className="font-semibold">
                      <span className="me-1">{t('warning')}</span>
                      {row.error}
                    </p>
                    <div className="mt-2 flex flex-wrap items-center gap-3">
                      {row.warning.suggestion && (
                        <button
                          type="button"
                          className={buttonClass('secondary')}
                          onClick={() => {
                            focusRow.current = row.id;
                            update(row.id, { number: row.warning!.suggestion!.formatted, warning: undefined, error: undefined, confirm: false });
                          }}
                        >
                          {t('useSuggestion')}&nbsp;<bdi dir="ltr">{row.warning.suggestion.formatted}</bdi>
                        </button>
                      )}
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
                          {t('confirmNumber')} <bdi dir="ltr">{row.number}</bdi>
                        </span>
                      </label>
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        <button
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
