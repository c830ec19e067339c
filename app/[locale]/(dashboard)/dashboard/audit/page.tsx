import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-class';
import { Chip } from '@/components/ui/chip';
import { controlClass } from '@/components/ui/control-class';
import { AUDIT_PAGE_SIZE, auditFilterOptions, listAuditEntries } from '@/db/queries/audit-log';
import { localeFrom } from '@/i18n/params';
import { requirePermission } from '@/lib/dal';
import { formatDate, formatNumber, siteTimeZone } from '@/lib/format';
import { domKey } from '@/lib/dom-key';
import { actionKey, auditFilterFrom, auditQuery, entityHref } from './filter';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/audit'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'AuditLog' });
  return { title: t('title') };
}

const OUTCOME_TONE = { ok: 'success', denied: 'danger', failed: 'warning' } as const;

/** Who did what to which item, and when: sign-ins and refusals included. */
export default async function AuditPage({ params, searchParams }: PageProps<'/[locale]/dashboard/audit'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/audit`, 'audit.view');
  const query = await searchParams;
  const filter = auditFilterFrom(query);
  const requested = Number(typeof query.page === 'string' ? query.page : 1);
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const [t, options, { rows, total }] = await Promise.all([
    getTranslations({ locale, namespace: 'AuditLog' }),
    auditFilterOptions(),
    listAuditEntries(filter, page),
  ]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const here = `/${locale}/dashboard/audit`;
  const label = (kind: 'actions' | 'entities', key: string) => (t.has(`${kind}.${key}`) ? t(`${kind}.${key}`) : key);
  const filtered = Object.values(filter).some(Boolean);
  // Ids scoped to this query: Next may keep the log, visited with other filters, mounted but hidden.
  const fid = `audit-${domKey(JSON.stringify(filter))}-`;

  return (
    <section>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl">{t('title')}</h1>
        <a href={`${here}/export${auditQuery(filter)}`} className={buttonClass('secondary')} download>
          {t('export')}
        </a>
      </div>
      <search className="mb-4">
        <form method="get" className="grid gap-3 rounded-lg border border-line bg-white p-3 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <label htmlFor={`${fid}actor`} className="block text-sm font-semibold">
              {t('filters.person')}
            </label>
            <select id={`${fid}actor`} name="actor" defaultValue={filter.actor ?? ''} className={controlClass}>
              <option value="">{t('filters.anyone')}</option>
              <option value="none">{t('filters.noAccount')}</option>
              {options.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.email})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${fid}action`} className="block text-sm font-semibold">
              {t('filters.action')}
            </label>
            <select id={`${fid}action`} name="action" defaultValue={filter.action ?? ''} className={controlClass}>
              <option value="">{t('filters.anyAction')}</option>
              {options.actions.map((a) => (
                <option key={a} value={a}>
                  {label('actions', actionKey(a))}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${fid}entityType`} className="block text-sm font-semibold">
              {t('filters.entityType')}
            </label>
            <select id={`${fid}entityType`} name="entityType" defaultValue={filter.entityType ?? ''} className={controlClass}>
              <option value="">{t('filters.anyEntity')}</option>
              {options.entityTypes.map((e) => (
                <option key={e} value={e}>
                  {label('entities', e)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${fid}entityId`} className="block text-sm font-semibold">
              {t('filters.entityId')}
            </label>
            <input id={`${fid}entityId`} name="entityId" dir="ltr" defaultValue={filter.entityId ?? ''} className={`${controlClass} font-mono text-sm`} />
          </div>
          <div>
            <label htmlFor={`${fid}from`} className="block text-sm font-semibold">
              {t('filters.from')}
            </label>
            <input id={`${fid}from`} name="from" type="date" defaultValue={filter.from ?? ''} className={controlClass} />
          </div>
          <div>
            <label htmlFor={`${fid}to`} className="block text-sm font-semibold">
              {t('filters.to')}
            </label>
            <input id={`${fid}to`} name="to" type="date" defaultValue={filter.to ?? ''} className={controlClass} />
          </div>
          <div>
            <label htmlFor={`${fid}outcome`} className="block text-sm font-semibold">
              {t('filters.outcome')}
            </label>
            <select id={`${fid}outcome`} name="outcome" defaultValue={filter.outcome ?? ''} className={controlClass}>
              <option value="">{t('filters.anyOutcome')}</option>
              {(['ok', 'denied', 'failed'] as const).map((o) => (
                <option key={o} value={o}>
                  {t(`outcomes.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-end gap-3">
            <button type="submit" className={buttonClass('secondary')}>
              {t('filters.apply')}
            </button>
            {filtered && (
              <Link href={here} className="py-2 underline underline-offset-4">
                {t('filters.clear')}
              </Link>
            )}
          </div>
        </form>
      </search>

      <p className="mb-2 text-sm text-muted">
        {t('count', { count: total, n: formatNumber(locale, total) })} · {t('timeZone', { zone: siteTimeZone() })}
      </p>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="border-b border-line bg-surface">
              <tr>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.at')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.who')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.action')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.item')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.outcome')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const href = entityHref(locale, r.entityType, r.entityId);
                return (
                  <tr key={r.id} className="border-b border-line align-top last:border-0">
                    <td className="px-3 py-2 whitespace-nowrap">
                      <time dateTime={r.at.toISOString()}>
                        {formatDate(locale, r.at, { month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' })}
                      </time>
                    </td>
                    <td className="px-3 py-2">
                      {r.actorName ? <span className="font-semibold">{r.actorName}</span> : !r.actorEmail && <span className="text-muted">{t('system')}</span>}
                      {r.actorEmail && (
                        <div className="text-muted [overflow-wrap:anywhere]">
                          <bdi dir="ltr">{r.actorEmail}</bdi>
                        </div>
                      )}
                      {r.ip && (
                        <div className="text-xs text-muted">
                          <bdi dir="ltr">{r.ip}</bdi>
                        </div>
                      )}
                    </td>
                    <td className="px-3 py-2">
                      {label('actions', actionKey(r.action))}
                      <div className="font-mono text-xs text-muted" dir="ltr">
                        {r.action}
                      </div>
                    </td>
                    <td className="px-3 py-2">
                      {r.entityType && <div>{label('entities', r.entityType)}</div>}
                      {r.entityId &&
                        (href ? (
                          <Link href={href} className="font-mono text-xs underline underline-offset-4" dir="ltr">
                            {r.entityId.slice(0, 8)}
                          </Link>
                        ) : (
                          <span className="font-mono text-xs text-muted" dir="ltr" title={r.entityId}>
                            {r.entityId.slice(0, 8)}
                          </span>
                        ))}
                      {r.locale && <div className="text-xs text-muted">{r.locale.toUpperCase()}</div>}
                    </td>
                    <td className="px-3 py-2">
                      <Chip tone={OUTCOME_TONE[r.outcome]}>{t(`outcomes.${r.outcome}`)}</Chip>
                    </td>
                    <td className="max-w-md px-3 py-2">
                      {r.detail && Object.keys(r.detail).length > 0 && (
                        <details>
                          <summary className="cursor-pointer text-brand-800 underline underline-offset-4">{t('showDetail')}</summary>
                          <pre className="mt-1 overflow-x-auto rounded bg-surface p-2 text-xs whitespace-pre-wrap [overflow-wrap:anywhere]" dir="ltr">
                            {JSON.stringify(r.detail, null, 2)}
                          </pre>
                        </details>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t('pagination')} className="mt-4 flex flex-wrap items-center gap-4">
          {page > 1 ? (
            <Link href={`${here}${auditQuery(filter, { page: String(page - 1) })}`} className="underline underline-offset-4" rel="prev">
              {t('previous')}
            </Link>
          ) : null}
          <span aria-current="page">{t('pageOf', { page: formatNumber(locale, page), pages: formatNumber(locale, pages) })}</span>
          {page < pages ? (
            <Link href={`${here}${auditQuery(filter, { page: String(page + 1) })}`} className="underline underline-offset-4" rel="next">
              {t('next')}
            </Link>
          ) : null}
        </nav>
      )}
    </section>
  );
}
