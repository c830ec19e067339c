import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { ACCOUNT_DONE } from './_components/done';

export const generateMetadata = titleMetadata('Account', 'title');

/**
 * What the last change on the account page did (`?done=`), in its place under the page's header
 * (`layout.tsx`, which requires the signed-in user). Mounted anew with each change's answer.
 */
export default async function AccountDonePage({ params, searchParams }: PageProps<'/[locale]/dashboard/account'>) {
  const locale = await localeFrom(params);
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: 'Account' }), searchParams]);
  const done = ACCOUNT_DONE.find((d) => d === query.done);
  return done ? (
    <Alert tone={done === 'nameUnchanged' ? 'info' : 'success'} announce="page">
      {t(`done.${done}`)}
    </Alert>
  ) : null;
}
