'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { useLocalTimeText } from '@/components/dashboard/local-time';
import { buttonClass } from '@/components/ui/button-class';
import { isAppLocale } from '@/i18n/routing';
import type { SetPasswordLink } from '../actions';

const subscribe = () => () => {};

/**
 * The one-time link, shown once: the admin copies it and passes it on (no e-mail server is
 * assumed). The origin is the one the admin is using, so the link works wherever the site runs.
 */
export function SetPasswordLinkBox({ link, locale }: { link: SetPasswordLink; locale: string }) {
  const t = useTranslations('UserLinks');
  const origin = useSyncExternalStore(subscribe, () => window.location.origin, () => '');
  const url = `${origin}${link.path}`;
  const [copied, setCopied] = useState(false);
  const id = useId();
  // In the admin's time zone, as every other time of the dashboard (the user's page says when
  // the account was created in it too).
  const expires = useLocalTimeText(link.expiresAt, isAppLocale(locale) ? locale : 'fr');
  return (
    <div className="space-y-2 rounded-md border border-brand-700 bg-brand-50 p-4">
      <p className="font-semibold">{t('linkFor', { name: link.name })}</p>
      <label htmlFor={id} className="block text-sm">
        {t('linkLabel')}
      </label>
      <input
        id={id}
        readOnly
        dir="ltr"
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full rounded-md border border-line bg-white px-3 py-2 font-mono text-sm"
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClass('secondary')}
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
        >
          {t('copy')}
        </button>
        <span role="status" className="text-sm">
          {copied ? t('copied') : ''}
        </span>
      </div>
      <p className="text-sm text-muted">{t('linkHint', { expires })}</p>
    </div>
  );
}
