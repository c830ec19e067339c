import { ENTITY_ID_PREFIX_MIN, type AuditFilter, type AuditRow } from '@/db/queries/audit-log';
import { FIRST_YEAR, LAST_YEAR, parseDay, type Day, type DayError } from '@/lib/calendar-day';
import { formatNumber, formatYear } from '@/lib/format';
import { pickName } from '@/lib/audit-detail';
import type { Locale } from '@/lib/locales';
import { listHref } from '@/lib/params';

const OUTCOMES = ['ok', 'denied', 'failed'] as const;
const one = (v: string | string[] | null | undefined) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : undefined);

/** The filter as the address gives it: what the form shows back, dates as they were typed. */
export type AuditFilterValues = Omit<AuditFilter, 'from' | 'to'> & { from?: string; to?: string };

/** Why a field of the filter is refused: keys of AuditLog.filters.errors. */
export type AuditFilterError = DayError | 'toBeforeFrom' | 'idTooShort';

/** The fields whose value may be refused, in the order of the form. */
export const CHECKED_FIELDS = ['entityId', 'from', 'to'] as const;
type CheckedField = (typeof CHECKED_FIELDS)[number];

export interface AuditFilterRead {
  values: AuditFilterValues;
  /** The filter to read the log with, or null while a field is refused: no list, no export then. */
  filter: AuditFilter | null;
  /** Per field, why its value is refused (shown at that field). */
  errors: Partial<Record<CheckedField, AuditFilterError>>;
}

/**
 * The filter of the page and of its CSV export, read and checked the same way from the query
 * string, here only: each date must be a real day within the accepted years (lib/calendar-day.ts),
 * and "to" not before "from"; an item id is looked up by its start, of at least
 * ENTITY_ID_PREFIX_MIN characters. A refused value is never dropped silently (the list would then
 * answer another question than the one asked): the whole filter is refused, with the reason at
 * the field.
 */
export function readAuditFilter(query: Record<string, string | string[] | undefined> | URLSearchParams): AuditFilterRead {
  const get = (k: string) => (query instanceof URLSearchParams ? query.get(k) : query[k]);
  const outcome = one(get('outcome'));
  const values: AuditFilterValues = {
    actor: one(get('actor')),
    entityType: one(get('entityType')),
    entityId: one(get('entityId')),
    action: one(get('action')),
    outcome: OUTCOMES.find((o) => o === outcome),
    from: one(get('from')),
    to: one(get('to')),
  };
  const errors: AuditFilterRead['errors'] = {};
  if (values.entityId !== undefined && values.entityId.length < ENTITY_ID_PREFIX_MIN) errors.entityId = 'idTooShort';
  const day = (field: 'from' | 'to'): Day | undefined => {
    const value = values[field];
    if (value === undefined) return undefined;
    const parsed = parseDay(value);
    if (parsed.error) errors[field] = parsed.error;
    return parsed.day;
  };
  const from = day('from');
  const to = day('to');
  // Same shape, so the strings compare as the days do.
  if (from && to && to < from) errors.to = 'toBeforeFrom';
  const filter = Object.keys(errors).length > 0 ? null : { ...values, from, to };
  return { values, filter, errors };
}

type Translate = (key: 'filters.from' | `filters.errors.${AuditFilterError}`, values?: Record<string, string>) => string;

/** What to say at each refused field (AuditLog messages): at the page's fields, in the export's refusal. */
export function auditFilterMessages(errors: AuditFilterRead['errors'], locale: Locale, t: Translate): Partial<Record<CheckedField, string>> {
  const say = (error: AuditFilterError) =>
    error === 'outOfRange'
      ? t('filters.errors.outOfRange', { first: formatYear(locale, FIRST_YEAR), last: formatYear(locale, LAST_YEAR) })
      : error === 'toBeforeFrom'
        ? t('filters.errors.toBeforeFrom', { from: t('filters.from') })
        : error === 'idTooShort'
          ? t('filters.errors.idTooShort', { min: formatNumber(locale, ENTITY_ID_PREFIX_MIN) })
          : t('filters.errors.notADay');
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, say(error)]));
}

/** The filter as a query string (empty values left out), for pagination and the export link. */
export function auditQuery(filter: AuditFilter, extra: Record<string, string> = {}): string {
  return listHref('', { ...filter, ...extra });
}

/** Where an audited item is managed in the dashboard, when it has a page there. */
export function entityHref(locale: string, type: string | null, id: string | null): string | null {
  if (!type || !id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  switch (type) {
    case 'office':
      return `/${locale}/dashboard/offices/${id}`;
    case 'user':
      return `/${locale}/dashboard/users/${id}`;
    case 'page':
      return `/${locale}/dashboard/pages/${id}`;
    case 'org_unit':
      return `/${locale}/dashboard/structure/${id}`;
    case 'topic':
      return `/${locale}/dashboard/topics/${id}`;
    case 'media':
      return `/${locale}/dashboard/media/${id}`;
    default:
      return null;
  }
}

/** Message keys cannot hold dots: "office.update" is labelled by "office_update". */
export const actionKey = (action: string) => action.replace(/\./g, '_');

/**
 * The message key naming what an entry records. A schedule is `article.schedule`; one logged
 * before it had its own code is an article.publish whose detail says `to: 'scheduled'` (the
 * log's reads give it the schedule's code too: db/queries/audit-log.ts).
 */
export function entryActionKey(row: Pick<AuditRow, 'action' | 'detail'>): string {
  if (row.action === 'article.publish' && row.detail?.to === 'scheduled') return 'article_schedule';
  return actionKey(row.action);
}

/**
 * The name of what an entry is about, in the list and the export alike: a release by its title,
 * another item by the name its entry kept (or has now), in the reader's language when it has
 * one, French standing in. With the language it is written in; null for a person's name.
 */
export function itemName(row: Pick<AuditRow, 'article' | 'item'>, locale: Locale): { name: string; locale: Locale | null } | null {
  if (row.article) return { name: row.article.title, locale: row.article.locale };
  if (row.item?.name) return { name: row.item.name, locale: null };
  return row.item ? pickName(row.item.names, locale) : null;
}

/** The editor of the release an entry is about, while it exists. */
export function articleHref(locale: string, article: AuditRow['article']): string | null {
  return article?.exists ? `/${locale}/dashboard/articles/${article.articleId}/${article.locale}` : null;
}

/**
 * Who an entry that names no one is from (AuditLog messages), in the list and the export alike:
 * "anonymous" for a request refused without a session that counts (lib/requester.ts
 * `deniedEntry`: judged as role "anonymous", from the client's address), "system" for the seed
 * and the importer, which come from no request. Null when the entry names a person.
 */
export function unnamedActor(row: Pick<AuditRow, 'actorId' | 'actorEmail' | 'ip' | 'detail'>): 'anonymous' | 'system' | null {
  if (row.actorId || row.actorEmail) return null;
  return row.ip || row.detail?.role === 'anonymous' ? 'anonymous' : 'system';
}

/** The words for unnamedActor's answer, or null when the entry names a person. */
export function unnamedActorLabel(row: Parameters<typeof unnamedActor>[0], t: (key: 'anonymous' | 'system') => string): string | null {
  const kind = unnamedActor(row);
  return kind && t(kind);
}
