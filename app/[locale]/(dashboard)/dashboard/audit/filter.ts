import type { AuditFilter } from '@/db/queries/audit-log';
import { listHref } from '@/lib/params';

const OUTCOMES = ['ok', 'denied', 'failed'] as const;
const one = (v: string | string[] | null | undefined) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : undefined);

/** The filter of the page and of its CSV export, read the same way from the query string. */
export function auditFilterFrom(query: Record<string, string | string[] | undefined> | URLSearchParams): AuditFilter {
  const get = (k: string) => (query instanceof URLSearchParams ? query.get(k) : query[k]);
  const outcome = one(get('outcome'));
  return {
    actor: one(get('actor')),
    entityType: one(get('entityType')),
    entityId: one(get('entityId')),
    action: one(get('action')),
    outcome: OUTCOMES.find((o) => o === outcome),
    from: one(get('from')),
    to: one(get('to')),
  };
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
