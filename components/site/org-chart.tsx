import type { OrgUnitNode } from '@/db/queries/public-pages';
import { langAttributes } from '@/i18n/routing';
import type { Locale } from '@/lib/locales';
import { typeset } from '@/lib/typography';

/**
 * The structure as nested lists: a readable tree on screen (connectors drawn with borders,
 * which mirror in right-to-left pages) and a plain nested list for screen readers.
 */
function Units({ units, level, locale }: { units: OrgUnitNode[]; level: number; locale: Locale }) {
  return (
    <ul className={level === 0 ? 'space-y-4' : 'mt-3 space-y-3 border-s-2 border-brand-100 ps-5'}>
      {units.map((u) => (
        <li key={u.id} className="relative">
          {level > 0 && <span aria-hidden="true" className="absolute -start-5 top-6 h-0.5 w-4 bg-brand-100" />}
          {/* The top units' transparent border is what outlines them in forced colours (Windows high
              contrast), which paint no background. */}
          <div className={level === 0 ? 'rounded-lg border border-transparent bg-brand-800 p-4 text-white' : 'rounded-lg border border-line bg-white p-4'}>
            <p className="font-bold" {...langAttributes(u.nameLocale, locale)}>
              {typeset(u.name, u.nameLocale)}
            </p>
            {(u.headTitle || u.headName) && (
              <p className={level === 0 ? 'text-sm text-white/90' : 'text-sm text-muted'}>
                {u.headTitle && <span {...langAttributes(u.headTitleLocale, locale)}>{typeset(u.headTitle, u.headTitleLocale)}</span>}
                {u.headTitle && u.headName && ' — '}
                {u.headName && <bdi>{u.headName}</bdi>}
              </p>
            )}
          </div>
          {u.children.length > 0 && <Units units={u.children} level={level + 1} locale={locale} />}
        </li>
      ))}
    </ul>
  );
}

export function OrgChart({ units, heading, locale }: { units: OrgUnitNode[]; heading: string; locale: Locale }) {
  if (units.length === 0) return null;
  return (
    <section aria-labelledby="org-chart" className="mt-10">
      <h2 id="org-chart" className="mb-4 text-2xl">
        {heading}
      </h2>
      <Units units={units} level={0} locale={locale} />
    </section>
  );
}
