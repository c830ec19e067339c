import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

/** Share by plain links: no third-party script, no tracking, works without JavaScript. */
export async function ShareLinks({ locale, title, url }: { locale: Locale; title: string; url: string }) {
  const t = await getTranslations({ locale, namespace: 'Article' });
  const u = encodeURIComponent(url);
  const links = [
    { label: t('shareEmail'), href: `mailto:?subject=${encodeURIComponent(title)}&body=${u}` },
    { label: t('shareX'), href: `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${u}` },
    { label: t('shareLinkedIn'), href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: t('shareFacebook'), href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ];
  return (
    <section aria-labelledby="share" className="mt-8 border-t border-line pt-6 print:hidden">
      <h2 id="share" className="mb-2 text-lg">
        {t('share')}
      </h2>
      <ul className="flex flex-wrap gap-3 text-sm">
        {links.map((l) => (
          <li key={l.label}>
            <a href={l.href} rel="noopener noreferrer" className="button-link">
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
