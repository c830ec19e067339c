import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DataTable, PhoneField, phoneRowClass, phoneRowHeader } from '@/components/dashboard/data-table';
import { FilterBar, FilterSelect } from '@/components/dashboard/filter-bar';
import { Pager, redirectPastLastPage } from '@/components/dashboard/pager';
import { ScreenHeading } from '@/components/dashboard/screen-heading';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button-class';
import { Chip } from '@/components/ui/chip';
import { controlClass } from '@/components/ui/control-class';
import { EmailAddress } from '@/components/ui/email-address';
import { TextField } from '@/components/ui/field';
import { AUDIT_PAGE_SIZE, auditFilterOptions, listAuditEntries } from '@/db/queries/audit-log';
import { localeFrom } from '@/i18n/params';
import { langAttributes } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { isolate } from '@/lib/bidi';
import { requirePermission } from '@/lib/dal';
import { formatDate, formatNumber, siteTimeZone, timeZoneName } from '@/lib/format';
import { auditDetailWords } from './detail-words';
import { actionKey, articleHref, auditFilterMessages, auditQuery, entityHref, entryActionKey, itemName, readAuditFilter, unnamedActorLabel } from './filter';

export const generateMetadata = titleMetadata('AuditLog', 'title');

const OUTCOME_TONE = { ok: 'success', denied: 'danger', failed: 'warning' } as const;
/** An item id: room for 8 characters and an ellipsis (monospace, half a character to spare), the rest cut off on screen only; 24 px high on a phone (a target). */
const ID_CLASS = 'inline-block max-w-[9.5ch] truncate align-bottom font-mono text-xs py-1';

/** Who did what to which item, and when: sign-ins and refusals included. */
export default async function AuditPage({ params, searchParams }: PageProps<'/[locale]/dashboard/audit'>) {
  const locale = await localeFrom(params);
  const user = await requirePermission(locale, `/${locale}/dashboard/audit`, 'audit.view');
  const query = await searchParams;
  // A refused value leaves no filter to read the log with: the form says why at the field, and
  // no list is shown (one that ignored the date would answer another question than the one asked).
  const { values, filter, errors } = readAuditFilter(query);
  const requested = Number(typeof query.page === 'string' ? query.page : 1);
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const [t, shared, options, { rows, total }] = await Promise.all([
    getTranslations({ locale, namespace: 'AuditLog' }),
    getTranslations({ locale, namespace: 'ArticleShared' }),
    auditFilterOptions(),
    filter ? listAuditEntries(filter, page) : { rows: [], total: 0 },
  ]);
  const words = await auditDetailWords(user, locale, rows);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const here = `/${locale}/dashboard/audit`;
  const label = (kind: 'actions' | 'entities', key: string) => (t.has(`${kind}.${key}`) ? t(`${kind}.${key}`) : key);
  const filtered = Object.values(values).some(Boolean);
  const fieldErrors = auditFilterMessages(errors, locale, t);
  const pageHref = (n: number) => `${here}${filter ? auditQuery(filter, { page: String(n) }) : ''}`;
  if (filter) redirectPastLastPage(page, pages, pageHref);
  const columns = ['at', 'who', 'action', 'item', 'outcome', 'detail'] as const;
  const unnamed = (r: (typeof rows)[number]) => unnamedActorLabel(r, t);
  // A change as recorded (lib/audit-detail.ts), in words (./detail-words.ts): "Nom (espagnol)",
  // a role or a language by its name; an empty value said so.
  // A person by name and address: two people of the same name are told apart. Plain text (an
  // option holds no markup): the address isolated left to right, the name in its own direction.
  const personOption = (p: { name: string; email: string }) => t('filters.personOption', { name: isolate(p.name), email: isolate(p.email, 'ltr') });
  const valueLabel = (text: string | null) => (text === null ? <span className="text-muted">{t('noValue')}</span> : <bdi>{text}</bdi>);

  return (
    <section>
      <ScreenHeading title={t('title')}>
        {filter && (
          // On a phone the two buttons stack at the same width (one wraps its long name); side by side from sm up.
          <div className="grid gap-2 sm:flex sm:flex-wrap">
            <a href={`${here}/export${auditQuery(filter)}`} className={buttonClass('secondary')} download>
              {t('export')}
            </a>
            {/* The same file for a spreadsheet that expects semicolons (a language writing decimals with a comma). */}
            <a href={`${here}/export${auditQuery(filter, { sep: 'semicolon' })}`} className={buttonClass('secondary')} download>
              {t('exportSemicolon')}
            </a>
          </div>
        )}
      </ScreenHeading>
      {/* Two by two on a phone too (the person's choice, with its long names, on a line of its own), so the first entries start on the first screen. */}
      <FilterBar
        action={here}
        apply={t('filters.apply')}
        clear={filtered ? { href: here, label: t('filters.clear') } : null}
        className="grid-cols-2 max-sm:[&>:first-child]:col-span-2 lg:grid-cols-4"
      >
        <FilterSelect
          name="actor"
          label={t('filters.person')}
          value={values.actor}
          any={t('filters.anyone')}
          options={[{ value: 'none', label: t('filters.noAccount') }, ...options.people.map((p) => ({ value: p.id, label: personOption(p) }))]}
        />
        <FilterSelect
          name="action"
          label={t('filters.action')}
          value={values.action}
          any={t('filters.anyAction')}
          options={options.actions.map((a) => ({ value: a, label: label('actions', actionKey(a)) }))}
        />
        <FilterSelect
          name="entityType"
          label={t('filters.entityType')}
          value={values.entityType}
          any={t('filters.anyEntity')}
          options={options.entityTypes.map((e) => ({ value: e, label: label('entities', e) }))}
        />
        <TextField
          name="entityId"
          label={t('filters.entityId')}
          dir="ltr"
          defaultValue={values.entityId ?? ''}
          error={fieldErrors.entityId}
          className={`${controlClass} font-mono text-sm`}
        />
        {(['from', 'to'] as const).map((field) => (
          <TextField
            key={field}
            name={field}
            // A date field empties itself of a day that does not exist: a plain one keeps it in view.
            type={errors[field] === 'notADay' ? 'text' : 'date'}
            dir="ltr"
            label={t(`filters.${field}`)}
            defaultValue={values[field] ?? ''}
            error={fieldErrors[field]}
          />
        ))}
        <FilterSelect
          name="outcome"
          label={t('filters.outcome')}
          value={values.outcome}
          any={t('filters.anyOutcome')}
          options={(['ok', 'denied', 'failed'] as const).map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        />
      </FilterBar>

      {!filter ? (
        <Alert tone="warning">{t('filterInvalid')}</Alert>
      ) : (
        <p className="mb-2 text-sm text-muted">
          {t('count', { count: total, n: formatNumber(locale, total) })} · {t('timeZone', { zone: timeZoneName(locale, siteTimeZone()) })}
        </p>
      )}
      {!filter ? null : rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        // A block of lines per entry on a phone (its time first): what was done, to what, and the detail in sight, never scrolled sideways.
        <DataTable stacked="phone" caption={t('title')} columns={columns.map((c) => t(`columns.${c}`))}>
          {rows.map((r, i) => {
            const href = entityHref(locale, r.entityType, r.entityId);
            const named = itemName(r, locale);
            const releaseHref = articleHref(locale, r.article);
            const { changes, shared: sharedLines, why } = words[i]!;
            // A person's name is in no particular language: it takes the page's.
            const nameLang = named?.locale ? langAttributes(named.locale, locale) : {};
            return (
              <tr key={r.id} role="row" className={phoneRowClass}>
                <td role="cell" className={`${phoneRowHeader} whitespace-nowrap max-md:font-semibold`}>
                  <time dateTime={r.at.toISOString()}>
                    {formatDate(locale, r.at, { month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' })}
                  </time>
                </td>
                <PhoneField label={t('columns.who')}>
                  {r.actorName ? <span className="font-semibold">{r.actorName}</span> : unnamed(r) && <span className="text-muted">{unnamed(r)}</span>}
                  {r.actorEmail && (
                    <div className="text-muted">
                      <EmailAddress email={r.actorEmail} />
                    </div>
                  )}
                  {r.ip && (
                    <div className="text-xs text-muted">
                      <bdi dir="ltr">{r.ip}</bdi>
                    </div>
                  )}
                </PhoneField>
                <PhoneField label={t('columns.action')} className="md:min-w-36">
                  {label('actions', entryActionKey(r))}
                  {/* Isolated left to right, but on the side the page starts from, under the action's name (Arabic too). */}
                  <div className="text-xs text-muted">
                    <bdi dir="ltr" className="font-mono">
                      {r.action}
                    </bdi>
                  </div>
                </PhoneField>
                <PhoneField label={t('columns.item')} className="md:min-w-40">
                  {r.entityType && <div>{label('entities', r.entityType)}</div>}
                  {/* The release by its title, another item by its name, in the language it is written in; a
                      deleted release by the title its entry kept, with no link. */}
                  {named && (
                    <div>
                      {releaseHref ? (
                        <Link href={releaseHref} className="font-semibold underline underline-offset-2 wrap-anywhere" {...nameLang}>
                          {named.name}
                        </Link>
                      ) : (
                        <span className="font-semibold wrap-anywhere" {...nameLang}>
                          {named.name}
                        </span>
                      )}
                    </div>
                  )}
                  {/* The whole id is in the page (read aloud, copied, shown on hover), cut to its first
                      8 characters on screen only; the filter finds an item by that start. */}
                  {r.entityId &&
                    (href ? (
                      <Link href={href} className={`${ID_CLASS} underline underline-offset-2`} dir="ltr" title={r.entityId}>
                        {r.entityId}
                      </Link>
                    ) : (
                      <span className={`${ID_CLASS} text-muted`} dir="ltr" title={r.entityId}>
                        {r.entityId}
                      </span>
                    ))}
                  {r.locale && <div className="text-xs text-muted">{r.locale.toUpperCase()}</div>}
                </PhoneField>
                <PhoneField label={t('columns.outcome')}>
                  <Chip tone={OUTCOME_TONE[r.outcome]}>{t(`outcomes.${r.outcome}`)}</Chip>
                </PhoneField>
                {/* Wide enough to read, not the whole screen on a desktop; the whole width of the entry on a phone. */}
                <PhoneField label={t('columns.detail')} wide className="md:max-w-md md:min-w-64">
                  {/* Why a sign-in failed or a change was refused: what the entry is read for, so not folded away. */}
                  {why && <p className="mb-1 text-sm">{why}</p>}
                  {r.detail && Object.keys(r.detail).length > 0 && (
                    <details>
                      {/* A target of 24 px at least, for a finger on a phone and a pointer alike (WCAG 2.5.8). */}
                      <summary className="w-fit cursor-pointer py-0.5 text-brand-800 underline underline-offset-4">{t('showDetail')}</summary>
                      {changes.length > 0 && (
                        <dl className="mt-1 text-sm">
                          {changes.map((c) => (
                            <div key={c.key} className="mb-1">
                              <dt className="font-semibold">{c.field}</dt>
                              <dd>{t.rich('changeValues', { before: () => valueLabel(c.before), after: () => valueLabel(c.after) })}</dd>
                            </div>
                          ))}
                        </dl>
                      )}
                      {/* The release's shared settings, by the names of what the save recorded by id, as its history says them. */}
                      {sharedLines.length > 0 && (
                        <div className="mt-1 text-sm">
                          <p className="font-semibold">{shared('historyRow')}</p>
                          <ul>
                            {sharedLines.map((line, n) => (
                              <li key={n}>{line}</li>
                            ))}
                          </ul>
                        </div>
                      )}
                      <pre className="mt-1 overflow-x-auto rounded bg-surface p-2 text-xs whitespace-pre-wrap [overflow-wrap:anywhere]" dir="ltr">
                        {JSON.stringify(r.detail, null, 2)}
                      </pre>
                    </details>
                  )}
                </PhoneField>
              </tr>
            );
          })}
        </DataTable>
      )}
      {filter && (
        <Pager
          page={page}
          pageCount={pages}
          hrefOf={pageHref}
          labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page: formatNumber(locale, page), pages: formatNumber(locale, pages) }) }}
        />
      )}
    </section>
  );
}
