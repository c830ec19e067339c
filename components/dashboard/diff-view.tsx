import { ContentText } from '@/components/site/content-text';
import type { FieldDiff } from '@/lib/revisions/diff';

/**
 * A readable diff (lib/revisions/diff.ts): one block per changed field, removed words struck
 * through, added words underlined, each also announced in words for screen readers ("added:",
 * "removed:") — never colour alone. A phone number in a part reads left to right in an Arabic
 * text, as on the page (ContentText). Server- and client-safe (no hooks).
 */
export interface DiffViewLabels {
  added: string;
  removed: string;
  unchanged: string;
  fields: Record<string, string>;
}

export function DiffView({ diffs, labels, showUnchanged = false, dir, lang }: { diffs: FieldDiff[]; labels: DiffViewLabels; showUnchanged?: boolean; dir?: 'ltr' | 'rtl'; lang?: string }) {
  const shown = showUnchanged ? diffs : diffs.filter((d) => d.changed);
  if (shown.length === 0) return <p className="text-sm text-muted">{labels.unchanged}</p>;
  return (
    <dl className="space-y-4">
      {shown.map((d) => (
        <div key={d.field}>
          <dt className="mb-1 text-sm font-semibold">{labels.fields[d.field] ?? d.field}</dt>
          <dd lang={lang} dir={dir} className="rounded-md border border-line bg-white p-3 text-sm leading-relaxed whitespace-pre-wrap">
            {d.parts.map((p, i) =>
              p.kind === 'added' ? (
                <ins key={i} className="bg-green-100 text-green-950 underline decoration-green-700 decoration-2">
                  <span className="sr-only">{labels.added} </span>
                  <ContentText text={p.value} />
                </ins>
              ) : p.kind === 'removed' ? (
                <del key={i} className="bg-red-100 text-red-950 line-through decoration-red-700">
                  <span className="sr-only">{labels.removed} </span>
                  <ContentText text={p.value} />
                </del>
              ) : (
                <span key={i}><ContentText text={p.value} /></span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
