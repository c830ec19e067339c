import { getTranslations } from 'next-intl/server';
import type { Executor } from '@/db';
import { getPageSourceComparison, getPageTranslationForEdit, listPageTree, type PageTranslationForEdit, type PageTreeRow } from '@/db/queries/dashboard-pages';
import { PAGE_REVISION_FIELDS, pageSnapshot } from '@/db/queries/page-writes';
import { DEFAULT_LOCALE, type Locale } from '@/lib/locales';
import { diffFields, type FieldDiff } from '@/lib/revisions/diff';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { pageReachWords } from './reach-words';

/**
 * What an organization page's editor shows and does from one translation as stored, for the
 * interface's language: the header's state chips, the state panel (version, who saved it and
 * when, why it is offline, its public address, publish or unpublish, with the unpublish question),
 * the state its next save is sent from (`status`: a save sent from another state is refused,
 * 'stateChanged', db/queries/page-writes.ts), the save buttons it offers, whether its address
 * still follows the title, the text it translates beside the form. Serializable: the page
 * computes it as it opens, and a save or a state panel's step refused for a version or a state
 * someone else changed since answers it for the translation now stored (savePageAction,
 * publishPageAction), so the editor acts on that one without being reloaded, as the release
 * editor does (articles/_components/editor-workflow.ts). One function for both, so the page and
 * the answer cannot disagree.
 */
export interface PageEditorState {
  /** Null: not written yet in this language. */
  translationId: string | null;
  version: number | null;
  /** The state a save is sent from; null for a translation not written yet. */
  status: PageTranslationForEdit['status'] | null;
  /** Its address as stored: a published one keeps it (the form stops following the title). */
  slug: string | null;
  /** Readers see it at its address: the address no longer follows the title. */
  slugKnown: boolean;
  /** The source changed since the text this translation is up to date with. */
  outdated: boolean;
  chip: { state: PageTreeRow['locales'][Locale]['state'] | 'offline'; label: string; why: string | null };
  /** Who saved the current version's text (null: the import's), and when (ISO 8601). */
  lastSave: { byName: string | null; at: string } | null;
  /** The state panel's line: its version and who saved it. */
  versionLine: string | null;
  /** Where readers find it, while they can. */
  publicPath: string | null;
  /** The unpublish question, with the published pages below it takes offline too. */
  unpublishQuestion: string;
  /** The text it translates, as stored, shown beside the form (null: none, as for the French). */
  source: PageSourceShown | null;
}

/** The text a translation translates, beside its form: as stored now, and what changed in it since the translation. */
export interface PageSourceShown {
  locale: Locale;
  heading: string;
  /** Its revision: what a new translation is made from, and what "changes carried over" marks it up to date with. */
  revisionId: string;
  title: string;
  summary: string | null;
  /** Its text, one paragraph a line. */
  paragraphs: string[];
  /** While the translation is outdated: what changed in it since the text the translation is up to date with. */
  changes: { heading: string; diffs: FieldDiff[] } | null;
}

/** Everything the editor's page reads of one translation of a page (null: no such page). */
export interface PageEditorRead {
  translation: PageTranslationForEdit | null;
  tree: PageTreeRow[];
  page: PageTreeRow;
  sourceLocale: Locale | null;
  comparison: Awaited<ReturnType<typeof getPageSourceComparison>> | null;
  state: PageEditorState;
}

/**
 * Reads one translation of a page as the editor shows it, and what it does from it; in a save's
 * transaction (`tx`), the translation as that transaction holds it locked.
 */
export async function readPageEditor(locale: Locale, pageId: string, lang: Locale, tx?: Executor): Promise<PageEditorRead | null> {
  const [t, e, languageNames, reach, tree, translation] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminPages' }),
    getTranslations({ locale, namespace: 'Editor' }),
    getTranslations({ locale, namespace: 'LanguageNames' }),
    pageReachWords(locale),
    listPageTree(locale, tx),
    getPageTranslationForEdit(pageId, lang, tx),
  ]);
  const page = tree.find((p) => p.id === pageId);
  if (!page) return null;
  // The text it translates (the one recorded, else French), to tell whether it changed since.
  const sourceLocale = translation?.sourceLocale ?? (lang === DEFAULT_LOCALE ? null : DEFAULT_LOCALE);
  const comparison = sourceLocale ? await getPageSourceComparison(pageId, sourceLocale, translation?.sourceRevisionId ?? null, tx) : null;
  // Where readers find it: the path of slugs from the root, in this language.
  const trail: string[] = [];
  let complete = true;
  for (let node: PageTreeRow | undefined = page; node; node = node.parentId ? tree.find((p) => p.id === node!.parentId) : undefined) {
    const slug = node.locales[lang].slug;
    if (!slug) {
      complete = false;
      break;
    }
    trail.unshift(slug);
  }
  const unpublishWarning = reach.unpublishWarning(tree, page, lang);
  const outdated = !!translation?.outdated && !!comparison?.base;
  const source = comparison?.current ?? null;
  const state: PageEditorState = {
    translationId: translation?.id ?? null,
    version: translation?.version ?? null,
    status: translation?.status ?? null,
    slug: translation?.slug ?? null,
    slugKnown: translation?.status === 'published',
    outdated,
    chip: reach.chip(tree, page, lang),
    lastSave: translation ? { byName: translation.savedByName, at: translation.savedAt.toISOString() } : null,
    // A version with no author is the import's (the demo content): no account saved it.
    versionLine: translation
      ? translation.savedByName
        ? t('versionLine', { version: String(translation.version), name: translation.savedByName })
        : t('versionLineImported', { version: String(translation.version) })
      : null,
    // Only while readers reach it: under a page not published in this language it would answer 404.
    publicPath: complete && page.locales[lang].reachable ? `/${lang}/${trail.join('/')}` : null,
    unpublishQuestion: [t('unpublishQuestion', { language: languageNames(lang) }), unpublishWarning].filter(Boolean).join(' '),
    source:
      source && sourceLocale
        ? {
            locale: sourceLocale,
            heading: t('sourceHeading', { language: languageNames(sourceLocale) }),
            revisionId: source.id,
            title: source.title,
            summary: source.summary,
            paragraphs: toPlainText(source.body).split(/\n+/).filter(Boolean),
            // What changed in it since the text this translation is up to date with.
            changes:
              outdated && comparison?.base
                ? {
                    heading: e('sourceChanged', { from: String(comparison.base.version), to: String(source.version) }),
                    diffs: diffFields(PAGE_REVISION_FIELDS, pageSnapshot(comparison.base), pageSnapshot(source)),
                  }
                : null,
          }
        : null,
  };
  return { translation, tree, page, sourceLocale, comparison, state };
}
