import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { localCopyKey } from '@/components/dashboard/editor/local-copy';
import { ConfirmAction } from '@/components/dashboard/confirm-action';
import { DeletePanel } from '@/components/dashboard/delete-panel';
import { Panel } from '@/components/dashboard/panel';
import { Alert } from '@/components/ui/alert';
import { Chip } from '@/components/ui/chip';
import { getOfficeForEdit, listCountryOptions } from '@/db/queries/offices';
import { localeFrom } from '@/i18n/params';
import { langAttributes } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { formatNumber } from '@/lib/format';
import { DEFAULT_LOCALE } from '@/lib/locales';
import { officeFormValues } from '@/lib/offices/form-values';
import { archiveOfficeAction, deleteOfficeAction, restoreOfficeAction, updateOfficeAction } from '../actions';
import { OfficeForm } from '../_components/office-form';

type Props = PageProps<'/[locale]/dashboard/offices/[id]'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const generateMetadata = titleMetadata('AdminOffices', 'editTitle');

/** Where the name goes in a sentence that marks it (a character no translation contains). */
const NAME_SLOT = '\u0000';

const SAVED = ['created', 'updated', 'archived', 'restored'] as const;

export default async function EditOfficePage(props: Props) {
  const locale = await localeFrom(props.params);
  const { id } = await props.params;
  const user = await requirePermission(locale, `/${locale}/dashboard/offices/${id}`, 'office.manage');
  const office = UUID.test(id) ? await getOfficeForEdit(id) : null;
  if (!office) notFound();
  const { saved } = await props.searchParams;
  const [t, countries] = await Promise.all([getTranslations({ locale, namespace: 'AdminOffices' }), listCountryOptions(locale)]);
  const own = office.texts[locale]?.name || null;
  const name = own ?? office.texts[DEFAULT_LOCALE]?.name ?? office.key;
  // The French name standing in for a missing translation is marked so, as in the list.
  const nameLang = own ? {} : langAttributes(DEFAULT_LOCALE, locale);
  // And in the delete question, around the name only (the question is in the interface's language).
  const [beforeName, afterName] = t('deleteQuestion', { name: NAME_SLOT }).split(NAME_SLOT);
  const deleteQuestion = (
    <>
      {beforeName}
      <span {...nameLang}>{name}</span>
      {afterName}
    </>
  );
  const initial = { id: office.id, version: String(office.version), ...officeFormValues(office) };
  const archived = office.status === 'archived';
  const savedKey = SAVED.find((s) => s === saved);

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_18rem]">
      <section className="max-w-4xl">
        <BackLink href={`/${locale}/dashboard/offices`}>{t('backToList')}</BackLink>
        <h1 className="mb-1 flex flex-wrap items-center gap-3 text-2xl">
          <span {...nameLang}>{name}</span>
          <Chip tone={archived ? 'warning' : 'success'}>{t(`statusValue.${office.status}`)}</Chip>
        </h1>
        <p className="mb-4 text-sm text-muted">{t('editIntro')}</p>
        {savedKey && (
          <div className="mb-4">
            <Alert key={office.version} tone="success" announce="page">
              {t(`saved.${savedKey}`)}
            </Alert>
          </div>
        )}
        <OfficeForm
          action={updateOfficeAction}
          locale={locale}
          initial={initial}
          countries={countries}
          submitLabel={t('save')}
          localCopyKey={localCopyKey({ userId: user.id, kind: 'office', id: office.id })}
        />
      </section>
      <div className="space-y-4">
        <Panel title={t('stateHeading')}>
          <p className="mb-3 text-sm">
            {office.citations > 0 ? t('citedBy', { count: office.citations, n: formatNumber(locale, office.citations) }) : t('notCited')}
          </p>
          {archived ? (
            <>
              <p className="mb-3 text-sm text-muted">{t('archivedExplanation')}</p>
              <ConfirmAction action={restoreOfficeAction} locale={locale} fields={{ id: office.id }} labels={{ trigger: t('restore'), pending: t('working') }} />
            </>
          ) : (
            <ConfirmAction
              action={archiveOfficeAction}
              locale={locale}
              fields={{ id: office.id }}
              labels={{ trigger: t('archive'), question: t('archiveQuestion'), confirm: t('archiveConfirm'), cancel: t('cancel'), pending: t('working') }}
            />
          )}
        </Panel>
        <DeletePanel
          action={deleteOfficeAction}
          locale={locale}
          id={office.id}
          blockedBy={office.citations > 0 ? t('cannotDelete') : null}
          labels={{ heading: t('deleteHeading'), delete: t('delete'), question: deleteQuestion, confirm: t('deleteConfirm'), cancel: t('cancel'), pending: t('working') }}
        />
      </div>
    </div>
  );
}
