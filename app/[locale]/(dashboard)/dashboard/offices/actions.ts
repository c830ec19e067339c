'use server';

import { getTranslations } from 'next-intl/server';
import {
  createOffice,
  deleteOffice,
  getOfficeForEdit,
  setOfficeStatus,
  updateOffice,
  type OfficeForEdit,
  type OfficeSaveResult,
} from '@/db/queries/offices';
import { ActionFailure, defineAction, formLocale, type ActionState } from '@/lib/actions';
import { fieldChanges, namesOf, textChanges } from '@/lib/audit-detail';
import { tags } from '@/lib/cache/tags';
import { deletedQuery } from '@/lib/deleted-name';
import { formatNumber } from '@/lib/format';
import { officeFormValues } from '@/lib/offices/form-values';
import { DEFAULT_LOCALE, type Locale } from '@/lib/locales';
import type { PhoneSuggestion } from '@/lib/phone';
import { phoneMessageTranslator } from '@/lib/phone-messages';
import { nameOrSomeoneElse } from '@/lib/someone-else';
import { unflatten } from '@/lib/validation/nested-form';
import { checkOfficePhones, type PhoneProblem } from '@/lib/validation/office-phones';
import { officeEditSchema, officeFormSchema, officeIdSchema } from '@/lib/validation/offices';

/** What a colleague saved while the form was open: the form merges it with what the admin typed (lib/offices/conflict.ts). */
export interface OfficeConflict {
  /** The version now stored; saving "my version" goes over this one. */
  currentVersion: number;
  savedBy: string | null;
  /** ISO 8601, UTC; shown in the admin's time zone. */
  savedAt: string;
  /** The stored office as the form's inputs hold it (lib/offices/form-values.ts). */
  theirs: Record<string, string>;
}

/** Returned with a refused save: what each warned phone row needs to be confirmed or corrected, or the colleague's save it met. */
export interface OfficeFormData {
  /** `message`: the warning's own sentence, shown apart from any error of the same row (an extension, say). */
  phoneWarnings?: Record<number, { confirmValue: string; message: string; suggestion?: PhoneSuggestion }>;
  /** The number a refused phone row probably is ("+598 2916 8043" for "+592 2 9168043"), to take in one click. */
  phoneSuggestions?: Record<number, PhoneSuggestion>;
  conflict?: OfficeConflict;
}

/** Everything the office shows is cached under these: the directory and every release citing it, in every locale. */
const officeTags = (id: string) => [tags.offices(), tags.office(id)];

/**
 * Phone problems as the form shows them: at each number, its errors in one message (all of
 * them: an extension and a digit too many are said together), the warning to confirm with its
 * own sentence, and what to take instead. A row with only a warning has the warning's sentence
 * as its message.
 */
async function phoneFeedback(locale: Locale, problems: PhoneProblem[]) {
  const phone = await phoneMessageTranslator(locale);
  const errors: Record<number, string[]> = {};
  const phoneWarnings: NonNullable<OfficeFormData['phoneWarnings']> = {};
  const phoneSuggestions: NonNullable<OfficeFormData['phoneSuggestions']> = {};
  for (const p of problems) {
    if (p.severity === 'warning' && p.confirmValue) {
      phoneWarnings[p.index] = { confirmValue: p.confirmValue, message: phone(p.message), ...(p.suggestion ? { suggestion: p.suggestion } : {}) };
      continue;
    }
    (errors[p.index] ??= []).push(phone(p.message));
    if (p.suggestion) phoneSuggestions[p.index] ??= p.suggestion;
  }
  const fieldErrors: Record<string, string> = {};
  for (const index of new Set([...Object.keys(errors), ...Object.keys(phoneWarnings)].map(Number))) {
    fieldErrors[`phones.${index}.number`] = errors[index]?.join(' ') ?? phoneWarnings[index]!.message;
  }
  return { fieldErrors, data: { phoneWarnings, phoneSuggestions } };
}

async function refuse(locale: Locale, result: Exclude<OfficeSaveResult, { status: 'saved' }>): Promise<never> {
  const t = await getTranslations({ locale, namespace: 'OfficeForm' });
  if (result.status === 'conflict') {
    const { current, savedBy, savedAt } = result;
    throw new ActionFailure<OfficeFormData>({
      formError: t('conflict', { name: await nameOrSomeoneElse(locale, savedBy) }),
      data: { conflict: { currentVersion: current.version, savedBy, savedAt: savedAt.toISOString(), theirs: officeFormValues(current) } },
    });
  }
  if (result.status === 'missing') throw new ActionFailure({ formError: t('missing') });
  const { fieldErrors, data } = await phoneFeedback(locale, result.phoneProblems);
  if (result.duplicate) {
    fieldErrors['texts.fr.name'] = t(result.duplicate.archived ? 'duplicateArchived' : 'duplicate', { name: result.duplicate.name });
  }
  if (result.unknownCountry) fieldErrors.countryCode = t('unknownCountry');
  const onlyWarnings = result.phoneProblems.every((p) => p.severity === 'warning') && !result.duplicate && !result.unknownCountry;
  throw new ActionFailure<OfficeFormData>({
    formError: t(onlyWarnings ? 'confirmWarnings' : 'fixErrors'),
    fieldErrors,
    data,
  });
}

/** What the log keeps of an office: its names by language and its country. */
const facts = (office: Pick<OfficeForEdit, 'texts' | 'countryCode'>) => ({ names: namesOf(office.texts), countryCode: office.countryCode });

const phoneList = (office: OfficeForEdit | null) => office?.phones.map((p) => `${p.label}: ${p.e164}`).join(', ') ?? '';

/** What an edit changed, old and new, for the audit log (who changed the Montevideo phone, and from what). */
function changes(before: OfficeForEdit, after: OfficeForEdit) {
  return {
    ...fieldChanges(before, after, ['countryCode', 'email']),
    ...textChanges(before.texts, after.texts, ['name', 'city', 'address']),
    ...fieldChanges({ phones: phoneList(before) }, { phones: phoneList(after) }, ['phones']),
  };
}

/**
 * When the form itself is refused (say, an e-mail without domain), the phones are read anyway,
 * so the admin learns about "+592 is Guyana" in the same answer rather than after fixing the
 * e-mail. Only after defineAction has let the user through (field errors come from validation,
 * never from an authorization refusal).
 */
async function withPhoneFeedback(state: ActionState<OfficeFormData>, form: FormData): Promise<ActionState<OfficeFormData>> {
  if (state.status !== 'error' || !state.fieldErrors || state.data !== undefined) return state;
  const raw = unflatten(Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string')));
  const rows = Array.isArray(raw.phones) ? raw.phones : [];
  const phones = rows.map((r) => {
    const row = (r ?? {}) as Record<string, unknown>;
    return { label: 'switchboard' as const, number: String(row.number ?? '').slice(0, 40), confirm: String(row.confirm ?? '') };
  });
  const country = String(raw.countryCode ?? '').trim().toUpperCase();
  if (phones.length === 0) return state;
  // No country chosen yet (the field says so): what is wrong with a number whatever the country
  // (an extension, two numbers, a calling code no country has) is said all the same; what takes
  // the office's country to tell (a national number, a number abroad) waits for it.
  const known = /^[A-Z]{2}$/.test(country);
  const problems = checkOfficePhones(phones, known ? country : '').problems.filter(
    (p) => known || (p.severity === 'error' && p.message.key !== 'unknownOfficeCountry'),
  );
  const { fieldErrors, data } = await phoneFeedback(formLocale(form), problems);
  return { ...state, fieldErrors: { ...fieldErrors, ...state.fieldErrors }, data };
}

const createOfficeChecked = defineAction<typeof officeFormSchema, OfficeFormData>(
  { permission: 'office.manage', schema: officeFormSchema, name: 'office.create' },
  async ({ tx, user, input, locale }) => {
    const result = await createOffice(tx, user, input);
    if (result.status !== 'saved') return refuse(locale, result);
    // The office as stored, numbers and e-mail included: with each edit's changes, its whole history.
    const created = (await getOfficeForEdit(result.id, tx))!;
    return {
      audit: { action: 'office.create', entityType: 'office', entityId: result.id, detail: { ...facts(created), email: created.email, phones: phoneList(created) } },
      tags: officeTags(result.id),
      redirectTo: `/${locale}/dashboard/offices/${result.id}?saved=created`,
    };
  },
);

const updateOfficeChecked = defineAction<typeof officeEditSchema, OfficeFormData>(
  { permission: 'office.manage', schema: officeEditSchema, name: 'office.update' },
  async ({ tx, user, input, locale }) => {
    const before = await getOfficeForEdit(input.id, tx);
    const result = await updateOffice(tx, user, input.id, input.version, input);
    if (result.status !== 'saved') return refuse(locale, result);
    const after = (await getOfficeForEdit(input.id, tx))!;
    const detail = {
      names: namesOf(after.texts),
      changed: changes(before!, after),
      // Saved over a colleague's version the admin was shown (and chose to replace).
      ...(input.overwrite ? { overwrote: input.version } : {}),
    };
    return {
      audit: { action: 'office.update', entityType: 'office', entityId: input.id, detail },
      tags: officeTags(input.id),
      redirectTo: `/${locale}/dashboard/offices/${input.id}?saved=updated`,
    };
  },
);

export async function createOfficeAction(state: ActionState<OfficeFormData>, form: FormData) {
  return withPhoneFeedback(await createOfficeChecked(state, form), form);
}

export async function updateOfficeAction(state: ActionState<OfficeFormData>, form: FormData) {
  return withPhoneFeedback(await updateOfficeChecked(state, form), form);
}

/** Archiving and restoring differ only by the state they set and the words they say it with. */
const officeStatusAction = (status: 'archived' | 'active', name: 'office.archive' | 'office.restore', saved: 'archived' | 'restored') =>
  defineAction({ permission: 'office.manage', schema: officeIdSchema, name }, async ({ tx, user, input, locale }) => {
    const result = await setOfficeStatus(tx, user, input.id, status);
    if (result === 'missing') throw new ActionFailure({ formError: (await getTranslations({ locale, namespace: 'OfficeForm' }))('missing') });
    const office = (await getOfficeForEdit(input.id, tx))!;
    // Already so (a second click, another admin first): the entry says nothing changed, no page expires.
    return {
      audit: { action: name, entityType: 'office', entityId: input.id, detail: { ...facts(office), ...(result === 'unchanged' ? { unchanged: true } : {}) } },
      tags: result === 'changed' ? officeTags(input.id) : [],
      redirectTo: `/${locale}/dashboard/offices/${input.id}?saved=${saved}`,
    };
  });

export const archiveOfficeAction = officeStatusAction('archived', 'office.archive', 'archived');
export const restoreOfficeAction = officeStatusAction('active', 'office.restore', 'restored');

export const deleteOfficeAction = defineAction(
  { permission: 'office.manage', schema: officeIdSchema, name: 'office.delete' },
  async ({ tx, user, input, locale }) => {
    const before = await getOfficeForEdit(input.id, tx);
    const result = await deleteOffice(tx, user, input.id);
    const t = await getTranslations({ locale, namespace: 'OfficeForm' });
    if (result.status === 'cited') throw new ActionFailure({ formError: t('citedCannotDelete', { count: result.citations, n: formatNumber(locale, result.citations) }) });
    if (result.status === 'missing') throw new ActionFailure({ formError: t('missing') });
    return {
      audit: { action: 'office.delete', entityType: 'office', entityId: input.id, detail: { key: before!.key, ...facts(before!), email: before!.email } },
      tags: officeTags(input.id),
      // The list names it (it can no longer read it), in the interface language, else in French.
      redirectTo: `/${locale}/dashboard/offices?${deletedQuery(before!.texts[locale]?.name || before!.texts[DEFAULT_LOCALE]?.name || before!.key)}`,
    };
  },
);
