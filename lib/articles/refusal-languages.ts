import 'server-only';
/**
 * A refusal's messages that name languages (lib/articles/refusal.ts `languages`), in the
 * interface language: for releases and organization pages alike.
 */
import { getTranslations } from 'next-intl/server';
import type { RefusalDetail } from '@/lib/articles/refusal';
import { intlLocale } from '@/lib/format';
import type { Locale } from '@/lib/locales';

/** The languages' names as a list in the interface language ("anglais et espagnol", "English and Spanish"). */
export async function languageList(languages: Locale[], locale: Locale): Promise<string> {
  const names = await getTranslations({ locale, namespace: 'LanguageNames' });
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(languages.map((l) => names(l)));
}

/**
 * A refusal's Validation and Errors messages with its languages named; the others stay keys,
 * translated by defineAction.
 */
export async function withLanguages(failure: Omit<RefusalDetail, 'denied' | 'languages'>, languages: Locale[], locale: Locale) {
  const [validation, errors, list] = await Promise.all([
    getTranslations({ locale, namespace: 'Validation' }),
    getTranslations({ locale, namespace: 'Errors' }),
    languageList(languages, locale),
  ]);
  const say = (key: string) =>
    validation.has(key) ? validation(key, { languages: list }) : errors.has(key) ? errors(key, { languages: list }) : key;
  return {
    ...failure,
    formError: failure.formError && say(failure.formError),
    fieldErrors: failure.fieldErrors && Object.fromEntries(Object.entries(failure.fieldErrors).map(([k, v]) => [k, say(v)])),
  };
}

