'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRef } from 'react';
import { CheckboxGroup, FilteredCheckboxGroup } from '@/components/ui/checkbox-group';
import { SelectField, TextField } from '@/components/ui/field';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { storedImageProps } from '@/lib/media/image-props';
import type { ArticleEditorOptions, ArticleFormValues } from './article-form-values';

const FIELDS = ['contactOfficeId', 'topics', 'countries', 'heroMediaId', 'heroAlt'] as const;

/**
 * Contact office, topics, countries and hero image: shared by every translation of the article
 * (only the image's alt text is per language). Folded away unless one of them has a problem.
 * `locked`: shown but fixed (another language is live and this person may not change what it
 * shows); the stored values still go with the form, as hidden fields, so a save keeps them.
 */
export function ArticleSharedFields({
  values: v,
  set,
  fieldError: fe,
  options,
  contentLocale,
  contentDir,
  open,
  locked,
}: {
  values: ArticleFormValues;
  set: <K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) => void;
  fieldError: (field: string) => string | undefined;
  options: ArticleEditorOptions;
  contentLocale: Locale;
  contentDir: 'ltr' | 'rtl';
  /** Shown unfolded (a conflict is about them), as when one of them has a problem. */
  open: boolean;
  locked: boolean;
}) {
  const t = useTranslations('Editor');
  const s = useTranslations('ArticleShared');
  const uiLocale = useLocale() as Locale;
  const hero = options.media.find((m) => m.id === v.heroMediaId);
  // What was in the description field for each image chosen on this visit: picking an image
  // again (after "no image" or another one) brings back what was typed for it.
  const altsTyped = useRef(new Map<string, string>());
  return (
    <details className="rounded-md border border-line bg-white p-3" open={open || FIELDS.some((f) => !!fe(f))}>
      <summary className="cursor-pointer font-semibold">{t('metadata')}</summary>
      {locked && <LockedValues values={v} />}
      <div className="mt-4 space-y-4">
        {locked && <p className="text-sm text-muted">{s('locked')}</p>}
        {/* Disabled controls are not sent: LockedValues sends the stored values instead. */}
        <fieldset disabled={locked} className="space-y-4">
          <SelectField
            name="contactOfficeId"
            label={t('office')}
            hint={t('officeHint')}
            value={v.contactOfficeId}
            onChange={(e) => set('contactOfficeId', e.target.value)}
            error={fe('contactOfficeId')}
          >
            <option value="">{t('noOffice')}</option>
            {options.offices.map((o) => (
              // A stand-in name alone is in its own language; in the sentence saying it is archived, in the interface's.
              <option key={o.id} value={o.id} lang={o.archived ? undefined : o.lang} dir={o.archived ? undefined : o.dir}>
                {o.archived ? t('officeArchived', { name: o.name }) : o.name}
              </option>
            ))}
          </SelectField>
          <CheckboxGroup
            legend={t('topics')}
            name="topics[]"
            items={options.topics.map((x) => ({ value: x.id, label: x.name, lang: x.lang, dir: x.dir }))}
            selected={v.topicIds}
            onChange={(ids) => set('topicIds', ids)}
            error={fe('topics')}
          />
          <FilteredCheckboxGroup
            legend={t('countries')}
            name="countries[]"
            items={options.countries.map((x) => ({ value: x.code, label: x.name }))}
            selected={v.countryCodes}
            onChange={(codes) => set('countryCodes', codes)}
            error={fe('countries')}
            labels={{
              filter: t('countriesFilter'),
              hint: t('countriesFilterHint'),
              matches: (count) => t('countriesMatches', { count, n: formatNumber(uiLocale, count) }),
              more: (count) => t('countriesMore', { count, n: formatNumber(uiLocale, count) }),
            }}
          />
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="heroMediaId"
            label={t('hero')}
            hint={
              <>
                {options.media.length === 0 ? t('heroNone') : t('heroHint')}{' '}
                {/* A new tab: what is typed here stays; the list of images is read again on the next visit of this page. */}
                <a href={`/${uiLocale}/dashboard/media/new`} target="_blank" rel="noopener" className="underline underline-offset-4">
                  {t('heroLibrary')}
                </a>
              </>
            }
            value={v.heroMediaId}
            onChange={(e) => {
              const id = e.target.value;
              if (v.heroMediaId) altsTyped.current.set(v.heroMediaId, v.heroAlt);
              set('heroMediaId', id);
              // The text is the image's own (the library keeps one per language): show the chosen one's.
              set('heroAlt', altsTyped.current.get(id) ?? options.media.find((m) => m.id === id)?.alt ?? '');
            }}
            error={fe('heroMediaId')}
            disabled={locked}
          >
            <option value="">{t('noHero')}</option>
            {options.media.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </SelectField>
          {/* No image, nothing to describe: the field comes with an image. */}
          {v.heroMediaId && (
            <TextField
              name="heroAlt"
              label={t('heroAlt')}
              hint={t('heroAltHint')}
              value={v.heroAlt}
              onChange={(e) => set('heroAlt', e.target.value)}
              error={fe('heroAlt')}
              lang={contentLocale}
              dir={contentDir}
            />
          )}
        </div>
        {hero && (
          // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- a thumbnail (alt ""), to check the choice
          <img {...storedImageProps({ src: hero.src, width: hero.width, height: hero.height, alt: '' }, { sizes: '16rem' })} className="h-auto max-h-40 w-auto rounded-md border border-line bg-paper" />
        )}
      </div>
    </details>
  );
}

/** The shared settings as stored, sent with the form while their controls are fixed (disabled controls are not sent). */
function LockedValues({ values: v }: { values: ArticleFormValues }) {
  return (
    <>
      <input type="hidden" name="type" value={v.type} />
      <input type="hidden" name="contactOfficeId" value={v.contactOfficeId} />
      <input type="hidden" name="heroMediaId" value={v.heroMediaId} />
      {v.topicIds.map((id) => (
        <input key={id} type="hidden" name="topics[]" value={id} />
      ))}
      {v.countryCodes.map((code) => (
        <input key={code} type="hidden" name="countries[]" value={code} />
      ))}
    </>
  );
}
