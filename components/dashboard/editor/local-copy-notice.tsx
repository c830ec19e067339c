'use client';

import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { useLocale, useTranslations } from 'next-intl';
import { LocalTime } from '@/components/dashboard/local-time';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button-class';
import type { Locale } from '@/lib/locales';
import type { LocalCopyOffer } from './use-local-copy';

const WORDS = {
  text: { found: 'localCopyFound', hint: 'localCopyHint', older: 'localCopyOlder', restore: 'localCopyRestore', discard: 'localCopyDiscard' },
  form: { found: 'localCopyFormFound', hint: 'localCopyFormHint', older: 'localCopyFormOlder', restore: 'localCopyFormRestore', discard: 'localCopyFormDiscard' },
} as const;

/**
 * Above an editor's form, when it opened with unsaved text kept in this browser from an earlier
 * visit (a crash, a tab closed anyway): when it was kept, and two ways on — restore it into the
 * form, or discard it. Either way the notice goes, and the focus goes to the form's title, where
 * the person carries on; it is never left on the page's body.
 *
 * The copy is looked for once the page is live, so the notice comes after the page: it arrives
 * in a live region that was there from the start, so a screen reader says it (a region added
 * with its message already inside is not reliably announced).
 *
 * `subject`: what was kept, in words — a text (the article and page editors), or the changes
 * made to a form of several fields (an office's contact details).
 */
export function LocalCopyNotice({
  copy,
  subject = 'text',
}: {
  /** The editor's `localCopy` (use-editor-form.ts). */
  copy: { offer: LocalCopyOffer | null; loadedVersion: number | null; restore: () => void; discard: () => void };
  subject?: 'text' | 'form';
}) {
  const t = useTranslations('Editor');
  const locale = useLocale() as Locale;
  const ref = useRef<HTMLDivElement>(null);
  const { offer, loadedVersion } = copy;
  if (!offer) return <div ref={ref} role="status" />;

  const decide = (choice: () => void) => {
    // The form the notice is in or above, which stays: found before the notice goes.
    const form = ref.current?.closest('form') ?? ref.current?.parentElement?.querySelector('form');
    flushSync(choice);
    const fields = [form?.querySelector<HTMLElement>('[name="title"]'), ...(form?.querySelectorAll<HTMLElement>('input:not([type="hidden"]), select, textarea') ?? [])];
    fields.find((f) => f && !f.matches(':disabled') && f.checkVisibility())?.focus();
  };
  const k = WORDS[subject];
  const older = offer.baseVersion !== null && loadedVersion !== null && offer.baseVersion !== loadedVersion;

  return (
    <div ref={ref} role="status">
      <Alert tone="warning" announce={false}>
        <p className="font-semibold">
          {t.rich(k.found, {
            time: () => (
              <bdi>
                <LocalTime iso={offer.savedAt} locale={locale} />
              </bdi>
            ),
          })}
        </p>
        <p className="mt-1">
          {older ? t(k.older, { base: String(offer.baseVersion), current: String(loadedVersion) }) : t(k.hint)}
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className={buttonClass('primary')} onClick={() => decide(copy.restore)}>
            {t(k.restore)}
          </button>
          <button type="button" className={buttonClass('secondary')} onClick={() => decide(copy.discard)}>
            {t(k.discard)}
          </button>
        </div>
      </Alert>
    </div>
  );
}
