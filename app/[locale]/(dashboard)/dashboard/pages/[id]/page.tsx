import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { DeletePanel } from '@/components/dashboard/delete-panel';
import { Panel } from '@/components/dashboard/panel';
import { StatusChip } from '@/components/dashboard/status-chip';
import { Alert } from '@/components/ui/alert';
import { db } from '@/db';
import { listPageTree } from '@/db/queries/dashboard-pages';
import { pageDeleteBlock } from '@/db/queries/page-writes';
import { localeFrom } from '@/i18n/params';
import { directionOf, langAttributes } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { isolateIn } from '@/lib/bidi';
import { requirePermission } from '@/lib/dal';
import { LOCALES } from '@/lib/locales';
import { possibleParents } from '@/lib/tree';
import { deletePageAction, updatePageSettingsAction } from '../actions';
import { pageDeleteBlockMessage } from '../_components/delete-block';
import { PagePlaceForm } from '../_components/page-place-form';
import { pageReachWords } from '../_components/reach-words';

type Props = PageProps<'/[locale]/dashboard/pages/[id]'>;

export const generateMetadata = titleMetadata('AdminPages', 'pageTitle');

/** One page: its languages (each opens the editor) and its place in the tree. */
export default async function PageOverview({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { id } = await params;
  await requirePermission(locale, `/${locale}/dashboard/pages/${id}`, 'page.edit');
  const [t, w, languages, languageNames, tree, query, block, reach] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminPages' }),
    getTranslations({ locale, namespace: 'Workflow' }),
    getTranslations({ locale, namespace: 'Languages' }),
    getTranslations({ locale, namespace: 'LanguageNames' }),
    listPageTree(locale),
    searchParams,
    pageDeleteBlock(db, id),
    pageReachWords(locale),
  ]);
  const page = tree.find((p) => p.id === id);
  if (!page) notFound();
  // The title in the interface language, or French standing in: marked, and isolated in sentences.
  const titleInText = isolateIn(page.title, page.titleLocale, locale);
  const parents = possibleParents(tree, id).map(({ id: pid, title, titleLocale, depth }) => ({ id: pid, label: title, depth, ...langAttributes(titleLocale, locale) }));
  return (
    <section className="max-w-3xl space-y-6">
      <BackLink href={`/${locale}/dashboard/pages`}>{t('backToList')}</BackLink>
      {/* The title's language on the title alone: on an Arabic page a French stand-in runs left to
          right, and the heading still starts on the right, as the page's other headings. */}
      <h1 className="text-2xl">
        <span {...langAttributes(page.titleLocale, locale)}>{page.title}</span>
      </h1>
      {query.saved === 'settings' && (
        <Alert key={page.version} tone="success" announce="page">
          {t('saved.settings')}
        </Alert>
      )}
      <Panel title={t('languagesHeading')}>
        <ul className="divide-y divide-line">
          {LOCALES.map((l) => {
            const s = page.locales[l];
            const chip = reach.chip(tree, page, l);
            return (
              <li key={l} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <span className="flex items-center gap-3">
                  <span lang={l} className="w-24 font-semibold">
                    {languages(l)}
                  </span>
                  <StatusChip state={chip.state} label={chip.label} />
                  {s.outdated && <StatusChip state="outdated" label={w('status.outdated')} />}
                  {s.title && (
                    <span lang={l} dir={directionOf(l)} className="text-muted">
                      {s.title}
                    </span>
                  )}
                </span>
                <Link href={`/${locale}/dashboard/pages/${id}/${l}`} className="underline underline-offset-4">
                  {t(s.state === 'missing' ? 'writeIn' : 'editIn', { title: titleInText, language: languageNames(l) })}
                </Link>
                {chip.why && <p className="w-full text-sm text-muted">{chip.why}</p>}
              </li>
            );
          })}
        </ul>
      </Panel>
      <Panel title={t('placeHeading')} intro={t('placeIntro')}>
        <PagePlaceForm
          action={updatePageSettingsAction}
          locale={locale}
          initial={{ id: page.id, version: page.version, parentId: page.parentId ?? '', position: String(page.position) }}
          parents={parents}
          withTitle={false}
          submitLabel={t('savePlace')}
        />
      </Panel>
      <DeletePanel
        action={deletePageAction}
        locale={locale}
        id={page.id}
        blockedBy={block ? await pageDeleteBlockMessage(locale, block) : null}
        labels={{ heading: t('deleteHeading'), delete: t('delete'), question: t('deleteQuestion', { title: titleInText }), confirm: t('deleteConfirm'), cancel: t('cancel'), pending: t('working') }}
      />
    </section>
  );
}
