import { getTranslations } from 'next-intl/server';
import type { PublishedArticle, TaxonomyLink } from '@/db/queries/public-articles';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { ContactCard } from '@/components/site/contact-card';
import { RichText } from '@/components/site/rich-text';
import { ContentText } from '@/components/site/content-text';
import { ShareLinks } from '@/components/site/share-links';
import { Link } from '@/i18n/link';
import { langAttributes } from '@/i18n/routing';
import { formatDate } from '@/lib/format';
import { storedImageProps } from '@/lib/media/image-props';
import type { Locale } from '@/lib/locales';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { typeset } from '@/lib/typography';

/**
 * The public rendering of one article translation: breadcrumb, kicker, headline, dateline,
 * lede, body, contact card, topics and countries, other languages, share links. Used by the
 * public page (app/[locale]/(site)/news/[slug]) and by the signed-in preview of a draft, so a
 * preview is exactly what readers will get. Receives plain data; fetches only translations.
 */
export async function ArticleView({ locale, article, url }: { locale: Locale; article: PublishedArticle; url: string }) {
  const [t, names, types, bc, news] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'LanguageNames' }),
    getTranslations({ locale, namespace: 'ArticleType' }),
    getTranslations({ locale, namespace: 'Breadcrumb' }),
    getTranslations({ locale, namespace: 'News' }),
  ]);
  const date = formatDate(locale, article.publishedAt);
  const others = article.alternates.filter((a) => a.locale !== locale);

  return (
    <>
      <Breadcrumb label={bc('label')} items={[{ title: bc('home'), href: '/' }, { title: news('title'), href: '/news' }, { title: article.title }]} textLocale={locale} />
      <article className="mx-auto max-w-3xl">
        <header className="mb-8">
          <p className="mb-3 text-sm font-bold tracking-wide text-brand-800 uppercase">{types(article.type)}</p>
          <h1 className="mb-4 text-3xl sm:text-4xl">{typeset(article.title, locale)}</h1>
          <p className="text-muted">
            {article.dateline && (
              <>
                <span className="font-semibold text-ink uppercase">{typeset(article.dateline, locale)}</span>
                <span aria-hidden="true"> — </span>
              </>
            )}
            <time dateTime={article.publishedAt} className="whitespace-nowrap">
              {date}
            </time>
          </p>
          {/* A lede that is the body's opening sentence is not printed twice. */}
          {article.lede && !toPlainText(article.body).startsWith(article.lede) && (
            <p className="mt-5 text-xl leading-relaxed text-ink">
              <ContentText text={article.lede} locale={locale} />
            </p>
          )}
        </header>

        {article.hero && (
          <figure className="mb-8">
            {/* A portrait photo at the column's width would be screens tall: held to most of the screen's height, whole (contain), in the box its stored size gives. */}
            {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- srcset and alt from storedImageProps; stored dimensions (no layout shift) */}
            <img {...storedImageProps(article.hero, { sizes: '(min-width: 48rem) 48rem, 100vw', eager: true })} className="h-auto max-h-[75vh] w-full rounded-md object-contain" />
            {/* A credit is written in its own script ("© OIM 2006"): isolated, its © stays in front on an Arabic page. */}
            {article.hero.credit && (
              <figcaption className="mt-2 text-sm text-muted">
                <bdi>{article.hero.credit}</bdi>
              </figcaption>
            )}
          </figure>
        )}

        {article.isSample && <p className="mb-6 rounded-md border border-accent-700 bg-accent-100 px-4 py-3 text-ink">{t('sampleNote', { type: article.type })}</p>}

        <RichText doc={article.body} locale={locale} />

        {article.contact && (
          <div className="mt-10">
            <ContactCard office={article.contact} locale={locale} heading={t('contactHeading')} />
          </div>
        )}

        {(article.topics.length > 0 || article.countries.length > 0) && (
          <dl className="mt-8 grid gap-3 text-sm sm:grid-cols-2 print:hidden">
            {article.topics.length > 0 && (
              <div>
                <dt className="font-semibold">{t('topics')}</dt>
                <dd>
                  <TaxonomyLinks links={article.topics} locale={locale} />
                </dd>
              </div>
            )}
            {article.countries.length > 0 && (
              <div>
                <dt className="font-semibold">{t('countries')}</dt>
                <dd>
                  <TaxonomyLinks links={article.countries} locale={locale} />
                </dd>
              </div>
            )}
          </dl>
        )}

        {others.length > 0 && (
          <section aria-labelledby="also" className="mt-8 border-t border-line pt-6 print:hidden">
            <h2 id="also" className="mb-2 text-lg">
              {t('alsoAvailable')}
            </h2>
            <ul className="flex flex-wrap gap-3">
              {others.map((o) => (
                <li key={o.locale}>
                  <a
                    href={`/${o.locale}/news/${o.slug}`}
                    hrefLang={o.locale}
                    className="button-link rounded-md px-4 py-2"
                  >
                    <span className="block text-xs text-muted">{names(o.locale)}</span>
                    {/* A block in its own direction, as the page of a release missing in this language shows it
                        (availability-notice.tsx): an English title in Arabic starts at the left, whole. */}
                    <span {...langAttributes(o.locale, locale)} className="block font-semibold">
                      {o.title}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}

        <ShareLinks locale={locale} title={article.title} url={url} />
      </article>
    </>
  );
}

/** Topics or countries, each a link to its news list. */
function TaxonomyLinks({ links, locale }: { links: TaxonomyLink[]; locale: Locale }) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {links.map((l) => (
        <li key={l.href}>
          <Link href={l.href} locale={locale} className="text-link">
            {l.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
