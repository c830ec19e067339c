import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/dashboard/back-link';
import { EditorVisit } from '@/components/dashboard/editor/editor-visit';
import { localCopyKey } from '@/components/dashboard/editor/local-copy';
import { SourceChanges } from '@/components/dashboard/editor/source-changes';
import { RichText } from '@/components/site/rich-text';
import { articleTypeEnum } from '@/db/schema';
import { lastSharedChange } from '@/db/queries/article-shared';
import { REVISION_FIELDS, snapshotOf } from '@/db/queries/article-writes';
import {
  getSourceComparison,
  listEditorOptions,
  type EditorArticle,
  type EditorTranslation,
} from '@/db/queries/dashboard-articles';
import type { PublicUser } from '@/db/queries/users';
import { directionOf } from '@/i18n/routing';
import { LOCALES, type Locale } from '@/lib/locales';
import { can } from '@/lib/permissions';
import { emptyDoc } from '@/lib/rich-text/schema';
import { diffFields } from '@/lib/revisions/diff';
import { ArticleEditor, type ArticleFormValues } from './article-editor';
import { EditorHeader, EditorHeaderScope, LanguageChips } from './editor-header';
import { editorHeaderState } from './editor-header-state';
import { editorWorkflow } from './editor-workflow';
import { isTitleSlug } from '@/lib/slug';

/**
 * The editor page for one translation (new or existing): header with state and version, the
 * language tabs, the form, and — for a translation — its source beside it with what changed in
 * the source since the translation was made.
 */
export async function EditorScreen({
  user,
  uiLocale,
  contentLocale,
  article,
  translation,
  visit,
  deleted,
}: {
  /** Another language of this article was just deleted (the page it was on is gone). */
  deleted?: Locale;
  /** For a new article: a value drawn for each visit, so that one starts from an empty form; null when the page is drawn again for an action (components/dashboard/editor/editor-visit.tsx). */
  visit?: string | null;
  user: PublicUser;
  uiLocale: Locale;
  contentLocale: Locale;
  article: EditorArticle | null;
  translation: EditorTranslation | null;
}) {
  const [t, w, types, names, languageNames, options, sharedChange] = await Promise.all([
    getTranslations({ locale: uiLocale, namespace: 'Editor' }),
    getTranslations({ locale: uiLocale, namespace: 'Workflow' }),
    getTranslations({ locale: uiLocale, namespace: 'ArticleType' }),
    getTranslations({ locale: uiLocale, namespace: 'Languages' }),
    // Names in the interface language, for sentences ("Traduire en anglais").
    getTranslations({ locale: uiLocale, namespace: 'LanguageNames' }),
    listEditorOptions(user, uiLocale, contentLocale),
    translation && article ? lastSharedChange(user, article.id) : null,
  ]);
  const base = `/${uiLocale}/dashboard/articles`;
  const source =
    translation?.sourceLocale && article
      ? await getSourceComparison(user, article.id, translation.sourceLocale, translation.sourceRevisionId)
      : null;
  // What the editor does from the translation's state (its stamp, buttons, steps, whether it is
  // editable): the same function answers it for the state a refused save met since.
  const workflow = editorWorkflow(user, translation);
  const editable = workflow.edit;
  // The settings every language shows (type, office, topics, countries, image) are what readers
  // see once one language is out: only those who may edit published content change them then
  // (the server refuses otherwise, db/queries/article-writes.ts), so the form shows them fixed.
  // Why, in its hint: a language readers see, else one only scheduled (nothing online yet).
  const sharedLocked = can(user.role, 'article.editPublished')
    ? null
    : article?.translations.some((x) => x.state === 'published')
      ? 'live'
      : article?.translations.some((x) => x.state === 'scheduled')
        ? 'scheduled'
        : null;
  const heroAlt = article?.heroAlt[contentLocale] ?? '';
  const slugKnown = workflow.slugKnown;
  const initial: ArticleFormValues = {
    type: article?.type ?? 'press_release',
    title: translation?.title ?? '',
    slug: translation?.slug ?? '',
    // Once readers have seen the address it stays when the title changes (a typo fixed must
    // not move the page people shared); the person changes it by hand if they mean to.
    slugAuto: !translation || (!slugKnown && isTitleSlug(translation.slug, translation.title, contentLocale)),
    lede: translation?.lede ?? '',
    body: translation?.body ?? emptyDoc(),
    dateline: translation?.dateline ?? '',
    contactOfficeId: article?.contactOfficeId ?? '',
    topicIds: article?.topicIds ?? [],
    countryCodes: article?.countryCodes ?? [],
    heroMediaId: article?.heroMediaId ?? '',
    heroAlt,
  };
  const fieldLabels = { title: t('title'), slug: t('slug'), lede: t('lede'), dateline: t('dateline'), body: t('body') };
  const baseDiff =
    source && translation?.outdated && source.base
      ? diffFields(REVISION_FIELDS, snapshotOf(source.base), snapshotOf(source.current))
      : null;
  // Outdated for a change further up only (below), the source beside it has no change to show.
  const sourceDiff = baseDiff?.some((d) => d.changed) ? baseDiff : null;
  // A translation of a translation: what its source is itself behind on (the French changed
  // since the French the English follows), shown so that a flag with nothing new in the source
  // beside it is explained.
  const upstream = translation?.outdated && source?.upstream ? source.upstream : null;
  const upstreamDiff = upstream ? diffFields(REVISION_FIELDS, snapshotOf(upstream.base), snapshotOf(upstream.current)) : null;
  // "Changes carried over" marks the translation up to date with the source shown: offered when
  // that is not the one it already follows (else the flag comes from further up, and stays).
  const markableSource = source && source.current.id !== translation?.sourceRevisionId ? source.current.id : null;
  // Unsaved text kept in this browser belongs to this person and this translation (one not
  // written yet: of this article, or of a new one in this language).
  const copyTarget = translation?.id ?? (article ? `new-in-${article.id}` : 'new');
  const copyKey = editable ? localCopyKey({ userId: user.id, kind: 'article', id: copyTarget, contentLocale }) : null;
  // A new version (saved, stepped, restored, saved by someone else and read again) starts the
  // form afresh from it, and the header from what the page read.
  const editorKey = `${translation?.id ?? 'new'}:${translation?.version ?? 0}:${translation?.status ?? ''}:${translation?.updatedAt ?? ''}:${article?.version ?? 0}`;

  const stored = translation ? editorHeaderState(translation, sharedChange) : null;
  // The other languages' states in the tabs: a schedule among them comes out with the page open too.
  const others = (article?.translations ?? []).flatMap((x) => (x.locale === contentLocale || x.state === 'missing' ? [] : [{ status: x.state, publishAt: x.publishAt }]));
  const screen = (
    <EditorHeaderScope key={editorKey} stored={stored} others={others}>
      <div className="space-y-5">
        <BackLink href={base}>{t('backToList')}</BackLink>
        {deleted && (
          <Alert tone="success" announce="page">
            {w('deletedLanguage', { language: languageNames(deleted) })}
          </Alert>
        )}
        <EditorHeader
          stored={stored}
          // A language not written yet of an existing release is a version of it, named by its
          // title, isolated (FSI…PDI) so that one in another direction keeps the quotes around it.
          newHeading={
            article?.translations[0]
              ? t('newLanguageHeading', { language: languageNames(contentLocale), title: `\u2068${article.translations[0].title}\u2069` })
              : t('newHeading', { language: languageNames(contentLocale) })
          }
          languageLabel={t('languageLabel', { language: languageNames(contentLocale) })}
          uiLocale={uiLocale}
          contentLocale={contentLocale}
        />

        {article && (
          <nav aria-label={t('languagesNav')} className="flex flex-wrap items-center gap-2 border-b border-line pb-3">
            {LOCALES.map((l) => {
              const tr = article.translations.find((x) => x.locale === l);
              const state = tr?.state ?? 'missing';
              const current = l === contentLocale;
              return (
                <Link
                  key={l}
                  href={`${base}/${article.id}/${l}`}
                  aria-current={current ? 'page' : undefined}
                  className={`inline-flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm ${current ? 'border-brand-800 bg-brand-50 font-semibold' : 'border-line bg-white'}`}
                >
                  {names(l)}{' '}
                  {/* At the editor's clock; the language edited as the header says it (a version met since included). */}
                  <LanguageChips state={state} outdated={!!tr?.outdated} publishAt={tr?.publishAt ?? null} edited={current} />
                </Link>
              );
            })}
            {translation && (
              <span className="ms-auto flex gap-3 text-sm">
                <a href={`/${contentLocale}/preview/articles/${article.id}?ui=${uiLocale}`} className="inline-block py-0.5 text-brand-800 underline underline-offset-4">
                  {t('preview')}
                </a>
                <Link href={`${base}/${article.id}/${contentLocale}/history`} className="inline-block py-0.5 text-brand-800 underline underline-offset-4">
                  {t('history')}
                </Link>
              </span>
            )}
          </nav>
        )}

        {/* The source comes first: on a narrow screen it is read before the form and its buttons,
            not found under them; on a wide one it stands in the second column, beside the form. */}
        <div className={source ? 'grid gap-6 xl:grid-cols-2' : ''}>
          {source && translation?.sourceLocale && (
            <aside aria-labelledby={`source-${translation.id}`} className="space-y-4 xl:col-start-2 xl:row-start-1">
              <h2 id={`source-${translation.id}`} className="text-lg">
                {t('sourceHeading', { language: languageNames(translation.sourceLocale), version: String(source.current.version) })}
              </h2>
              {sourceDiff && (
                <SourceChanges
                  id={`source-changes-${translation.id}`}
                  heading={t('sourceChanged', { from: String(source.base?.version ?? 0), to: String(source.current.version) })}
                  diffs={sourceDiff}
                  lang={translation.sourceLocale}
                  dir={directionOf(translation.sourceLocale)}
                  labels={{ added: t('diffAdded'), removed: t('diffRemoved'), unchanged: t('diffNone'), fields: fieldLabels }}
                />
              )}
              {upstream && upstreamDiff && (
                <SourceChanges
                  id={`source-upstream-${translation.id}`}
                  heading={t('sourceUpstreamChanged', {
                    original: languageNames(upstream.locale),
                    source: languageNames(translation.sourceLocale),
                    from: String(upstream.base.version),
                    to: String(upstream.current.version),
                  })}
                  diffs={upstreamDiff}
                  lang={upstream.locale}
                  dir={directionOf(upstream.locale)}
                  labels={{ added: t('diffAdded'), removed: t('diffRemoved'), unchanged: t('diffNone'), fields: fieldLabels }}
                />
              )}
              <div lang={translation.sourceLocale} dir={directionOf(translation.sourceLocale)} className="space-y-3 rounded-md border border-line bg-white p-4">
                <p className="text-xl font-semibold">{source.current.title}</p>
                {source.current.lede && <p className="text-muted">{source.current.lede}</p>}
                <RichText doc={source.current.body} />
              </div>
            </aside>
          )}
          <ArticleEditor
            key={editorKey}
            uiLocale={uiLocale}
            contentLocale={contentLocale}
            contentDir={directionOf(contentLocale)}
            articleId={article?.id ?? null}
            version={translation?.version ?? null}
            articleVersion={article?.version ?? null}
            workflow={workflow}
            outdated={!!translation?.outdated}
            sourceRevisionId={markableSource}
            sharedLocked={sharedLocked}
            localCopyKey={copyKey}
            initial={initial}
            options={{
              types: articleTypeEnum.enumValues.map((value) => ({ value, label: types(value) })),
              offices: options.offices.filter((o) => !o.archived || o.id === article?.contactOfficeId),
              topics: options.topics,
              countries: options.countries,
              media: options.media,
            }}
            allowed={{ uploadImages: can(user.role, 'media.upload'), submit: can(user.role, 'article.submit') }}
            translationId={translation?.id ?? null}
            embargoes={(article?.translations ?? []).flatMap((x) =>
              x.locale !== contentLocale && x.state === 'scheduled' && x.publishAt ? [{ language: languageNames(x.locale), publishAt: x.publishAt }] : [],
            )}
          />
        </div>
      </div>
    </EditorHeaderScope>
  );
  return visit === undefined ? screen : <EditorVisit visit={visit}>{screen}</EditorVisit>;
}
