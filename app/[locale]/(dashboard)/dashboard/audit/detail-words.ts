import 'server-only';
import { getTranslations } from 'next-intl/server';
import { sharedChangeOf } from '@/db/queries/article-shared';
import type { AuditRow } from '@/db/queries/audit-log';
import type { PublicUser } from '@/db/queries/users';
import { isAppLocale } from '@/i18n/routing';
import { describeSharedChanges } from '@/lib/articles/shared-change-words';
import { changesIn } from '@/lib/audit-detail';
import { SUPPRESSED_ACTION } from '@/db/queries/audit';
import { formatDate, formatDateRange, formatNumber, intlLocale } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { actionKey } from './filter';

/** A time in a detail: to the minute, the month short. */
const TIME: Intl.DateTimeFormatOptions = { month: 'short', hour: '2-digit', minute: '2-digit' };

/** What an entry's detail says in words, in the interface language. */
export interface DetailWords {
  /** Its `changed` (lib/audit-detail.ts): each field by its label ("Nom (espagnol)"), each value in words, null when empty. */
  changes: { key: string; field: string; before: string | null; after: string | null }[];
  /** A save's change of the release's shared settings (`shared`, ids), a line each, as the release's history says it. */
  shared: string[];
  /**
   * Why a sign-in failed or a change was refused (`reason`: a wrong password, an unknown
   * address, a disabled account, too many attempts, the last admin), said in a sentence; null
   * when the entry records none, or one these words do not know (the detail shows it as recorded).
   * For the entry standing for refusals left out (SUPPRESSED_ACTION): how many, when, and of what.
   */
  why: string | null;
}

/**
 * The words of each entry's detail, for the page of the log and its export alike: a role or a
 * language by its name, a workflow step's states and publication time, the shared settings of a release by the names of the type, office,
 * topics, countries and image (lib/articles/shared-change-words.ts, which its history uses).
 */
export async function auditDetailWords(actor: Pick<PublicUser, 'id' | 'role'>, locale: Locale, rows: Pick<AuditRow, 'action' | 'detail'>[]): Promise<DetailWords[]> {
  const [t, roles, languages, states] = await Promise.all([
    getTranslations({ locale, namespace: 'AuditLog' }),
    getTranslations({ locale, namespace: 'Roles' }),
    getTranslations({ locale, namespace: 'LanguageNames' }),
    getTranslations({ locale, namespace: 'Workflow.status' }),
  ]);
  const fieldLabel = (key: string) => {
    const [field = key, lang] = key.split('.');
    const name = t.has(`fields.${field}`) ? t(`fields.${field}`) : field;
    return lang && isAppLocale(lang) ? t('fieldIn', { field: name, language: languages(lang) }) : name;
  };
  const valueText = (key: string, value: string | number | null) => {
    if (value === null || value === '') return null;
    const text = String(value);
    return key === 'role' && roles.has(text) ? roles(text) : key === 'preferredLocale' && isAppLocale(text) ? languages(text) : text;
  };
  // A workflow step records the states it went from and to, and the publication time it set or
  // the schedule it moved (ISO, UTC): said as the release's history says them, at the site's time.
  const stateText = (value: unknown) => (typeof value === 'string' && states.has(value) ? states(value) : null);
  const timeText = (value: unknown) =>
    typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? formatDate(locale, value, TIME) : null;
  // From the first to the last, what both share written once (the same minute: one time).
  const periodText = (from: unknown, to: unknown) =>
    timeText(from) !== null && timeText(to) !== null ? formatDateRange(locale, from as string, to as string, TIME) : (timeText(from) ?? timeText(to) ?? '?');
  const stepChanges = (detail: AuditRow['detail']): DetailWords['changes'] => {
    if (!detail) return [];
    const out: DetailWords['changes'] = [];
    const [from, to] = [stateText(detail.from), stateText(detail.to)];
    if (from !== null || to !== null) out.push({ key: 'state', field: t('fields.state'), before: from, after: to });
    const [was, is] = [timeText(detail.previousPublishAt), timeText(detail.publishAt)];
    if (was !== null || is !== null) out.push({ key: 'publishAt', field: t('fields.publishAt'), before: was, after: is });
    return out;
  };
  // Only a save that changed them says which (`sharedChanged`); a refusal's `shared: true` is no change.
  const sharedOf = (detail: AuditRow['detail']) => (Array.isArray(detail?.sharedChanged) ? sharedChangeOf(detail.sharedChanged, detail.shared) : null);
  const saves = rows.flatMap((r) => sharedOf(r.detail) ?? []);
  const lines = await describeSharedChanges(actor, locale, saves);
  // Refusals from one address beyond the cap (db/queries/audit.ts auditRefusal): how many, from
  // when to when, and which actions, by their names, each with its number.
  const list = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' });
  const suppressed = (detail: AuditRow['detail']) => {
    const n = Number(detail?.count);
    const actions = detail?.actions && typeof detail.actions === 'object' ? Object.entries(detail.actions as Record<string, unknown>) : [];
    return t('suppressedLine', {
      count: n,
      n: formatNumber(locale, n),
      period: periodText(detail?.from, detail?.to),
      actions: list.format(
        actions.map(([a, k]) => t('suppressedAction', { action: t.has(`actions.${actionKey(a)}`) ? t(`actions.${actionKey(a)}`) : a, n: formatNumber(locale, Number(k)) })),
      ),
    });
  };
  const why = (row: Pick<AuditRow, 'action' | 'detail'>) => {
    if (row.action === SUPPRESSED_ACTION) return suppressed(row.detail);
    const reason = row.detail?.reason;
    return typeof reason === 'string' && t.has(`reasons.${reason}`) ? t('reasonLine', { reason: t(`reasons.${reason}`) }) : null;
  };
  let next = 0;
  return rows.map((r) => ({
    why: why(r),
    changes: [
      ...changesIn(r.detail).map(([key, c]) => ({ key, field: fieldLabel(key), before: valueText(key, c.before), after: valueText(key, c.after) })),
      ...stepChanges(r.detail),
    ],
    shared: sharedOf(r.detail) ? lines[next++]! : [],
  }));
}

/** The same words as lines of text (the export's column), an empty value said as the page says it. */
export function detailLines(words: DetailWords, t: (key: 'csvChange' | 'noValue', values?: Record<string, string>) => string): string[] {
  const value = (v: string | null) => v ?? t('noValue');
  return [...(words.why ? [words.why] : []), ...words.changes.map((c) => t('csvChange', { field: c.field, before: value(c.before), after: value(c.after) })), ...words.shared];
}
