import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { localCopyKey } from '@/components/dashboard/editor/local-copy';
import { ConfirmAction } from '@/components/dashboard/confirm-action';
import { Panel } from '@/components/dashboard/panel';
import { StatusChip } from '@/components/dashboard/status-chip';
import { Alert } from '@/components/ui/alert';
import { listMediaChoices } from '@/db/queries/media';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { directionOf, isAppLocale, langAttributes } from '@/i18n/routing';
import { requirePermission } from '@/lib/dal';
import { LOCALES } from '@/lib/locales';
import { can } from '@/lib/permissions';
import { isTitleSlug } from '@/lib/slug';
import { emptyDoc } from '@/lib/rich-text/schema';
import { translatePageAction } from '../../actions';
import { PageEditor } from '../../_components/page-editor';
import { readPageEditor } from '../../_components/page-editor-state';
import { PageSource, PageStateChips, PageStatePanel, PageStateScope, UntilStoredAnswer } from '../../_components/page-state';
import { pageReachWords } from '../../_components/reach-words';

type Props = { params: Promise<{ locale: string; id: string; lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata('AdminPages', 'editorTitle');

const SAVED = ['save', 'publish', 'published', 'unpublished', 'restored'] as const;

/** One translation of a page: the editor on the left, its state and languages on the right. */
export default async function PageTranslationEditor({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { id, lang } = await params;
  const user = await requirePermission(locale, `/${locale}/dashboard/pages/${id}/${lang}`, 'page.edit');
  if (!isAppLocale(lang) || !/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const [t, w, languages, languageNames, read, query, images, reach] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminPages' }),
    getTranslations({ locale, namespace: 'Workflow' }),
    getTranslations({ locale, namespace: 'Languages' }),
    getTranslations({ locale, namespace: 'LanguageNames' }),
    // The translation, the tree it sits in, and what the editor shows and does from its state
    // (as a refused save answers it: ../../_components/page-editor-state.ts).
    readPageEditor(locale, id, lang),
    searchParams,
    // The media library's images the body may show, described in the language edited.
    listMediaChoices(locale, lang),
    pageReachWords(locale),
  ]);
  if (!read) notFound();
  const { tree, page, translation, sourceLocale, comparison, state } = read;
  const { chip } = state;
  // The text it translates (the one recorded, else French) as it is now: a new translation may start as its copy.
  const source = comparison?.current ?? null;
  const saved = SAVED.find((s) => s === query.saved);
  const savedMessage = (s: (typeof SAVED)[number]) => {
    if (s === 'publish' || s === 'published') return reach.published(tree, page, lang, s);
    if (s === 'unpublished') return reach.unpublished(tree, page, lang);
    // The change shows only where readers reach the page.
    return t(`saved.${s === 'save' && page.locales[lang].reachable ? 'saveLive' : s}`);
  };
  // Keyed as the form is: a new version, or another state, starts afresh from what the page reads;
  // so does any write since (its time): a step back to the state the page was opened in, after a
  // refusal showed another (redirected to the same address), draws it anew rather than that one.
  const opening = translation ? `${translation.version}-${translation.status}-${translation.updatedAt.getTime()}` : 'new';

  return (
    // On a phone the column beside the form comes first, after the heading: the state, the
    // source to translate from and the other languages are read before the form and its
    // buttons, not found under them. From xl, the heading and the form share the first column,
    // the rest stands beside them, as one column spanning both rows.
    <PageStateScope key={opening}>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_18rem] xl:grid-rows-[auto_1fr] xl:gap-y-0">
        <header className="min-w-0 xl:col-start-1 xl:row-start-1">
          <BackLink href={`/${locale}/dashboard/pages/${id}`}>
            <span {...langAttributes(page.titleLocale, locale)}>{page.title}</span>
          </BackLink>
          <h1 className="mb-4 flex flex-wrap items-center gap-3 text-2xl">
            {t('editorHeading', { language: languageNames(lang) })}
            <PageStateChips stored={state} />
          </h1>
          {/* Once a refused save showed the translation as stored since, what the page said as it was read is gone. */}
          <UntilStoredAnswer>
            {saved && (
              <div className="mb-4">
                {/* Published yet offline is no plain success: it waits for a page above. */}
                <Alert key={opening} tone={(saved === 'publish' || saved === 'published') && chip.state === 'offline' ? 'warning' : 'success'} announce="page">
                  {savedMessage(saved)}
                </Alert>
              </div>
            )}
            {!translation && source && sourceLocale && (
              <div className="mb-4 space-y-3">
                <Alert tone="info">{t('newTranslation', { language: languageNames(lang) })}</Alert>
                <div className="flex flex-wrap items-center gap-3 text-sm">
                  <ConfirmAction
                    action={translatePageAction}
                    locale={locale}
                    fields={{ pageId: id, contentLocale: lang }}
                    labels={{ trigger: t('translateFromSource', { language: languageNames(sourceLocale) }), pending: t('working') }}
                  />
                  <span className="text-muted">{t('translateFromSourceHint')}</span>
                </div>
              </div>
            )}
          </UntilStoredAnswer>
        </header>
        <aside className="space-y-4 xl:col-start-2 xl:row-span-2 xl:row-start-1">
          <Panel title={t('stateHeading')} className="text-sm">
            <PageStatePanel
              stored={state}
              uiLocale={locale}
              historyHref={`/${locale}/dashboard/pages/${id}/${lang}/history`}
              labels={{
                viewPublic: t('viewPublic'),
                unpublish: t('unpublish'),
                unpublishConfirm: t('unpublishConfirm'),
                publishSaved: t('publishSaved'),
                cancel: t('cancel'),
                working: t('working'),
                history: t('history'),
                notWrittenYet: t('notWrittenYet'),
                deleted: t('deletedNoSteps'),
              }}
            />
          </Panel>
          {/* Beside the form: the text it translates and, when it has changed since the text this
              translation is up to date with, what changed (as stored, once a refused save met it). */}
          <PageSource stored={state} />
          <Panel as="nav" title={t('otherLanguages')} className="text-sm">
            <ul className="space-y-1">
              {LOCALES.filter((l) => l !== lang).map((l) => {
                const other = reach.chip(tree, page, l);
                return (
                  <li key={l} className="flex items-center justify-between gap-2">
                    <Link href={`/${locale}/dashboard/pages/${id}/${l}`} lang={l} className="underline underline-offset-4">
                      {languages(l)}
                    </Link>
                    <span className="flex flex-wrap justify-end gap-1">
                      <StatusChip state={other.state} label={other.label} title={other.why ?? undefined} />
                      {page.locales[l].outdated && <StatusChip state="outdated" label={w('status.outdated')} />}
                    </span>
                  </li>
                );
              })}
            </ul>
          </Panel>
        </aside>
        <section className="min-w-0 xl:col-start-1 xl:row-start-2">
          <PageEditor
            // A new version (saved, restored, published elsewhere) starts the form afresh from it.
            key={opening}
            uiLocale={locale}
            contentLocale={lang}
            contentDir={directionOf(lang)}
            pageId={id}
            stored={state}
            images={images}
            canUploadImages={can(user.role, 'media.upload')}
            localCopyKey={localCopyKey({ userId: user.id, kind: 'page', id, contentLocale: lang })}
            initial={{
              title: translation?.title ?? '',
              slug: translation?.slug ?? '',
              // Still made from the title while readers do not know the address: it follows the title.
              slugAuto: !translation || (translation.status !== 'published' && isTitleSlug(translation.slug, translation.title, lang)),
              summary: translation?.summary ?? '',
              body: translation?.body ?? emptyDoc(),
            }}
          />
        </section>
      </div>
    </PageStateScope>
  );
}
