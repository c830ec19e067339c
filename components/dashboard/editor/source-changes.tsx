import { DiffView, type DiffViewLabels } from '@/components/dashboard/diff-view';
import type { FieldDiff } from '@/lib/revisions/diff';

/**
 * Beside an outdated translation: what changed in its source since the text the translation is
 * up to date with, as a diff in the source's language.
 */
export function SourceChanges({ id, heading, diffs, labels, lang, dir }: { id: string; heading: string; diffs: FieldDiff[]; labels: DiffViewLabels; lang: string; dir: 'ltr' | 'rtl' }) {
  return (
    <section aria-labelledby={id} className="space-y-2 rounded-md border border-orange-700 bg-orange-50 p-3">
      <h3 id={id} className="text-base">
        {heading}
      </h3>
      <DiffView diffs={diffs} lang={lang} dir={dir} labels={labels} />
    </section>
  );
}
