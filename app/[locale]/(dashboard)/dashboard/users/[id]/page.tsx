import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { USER_DONE } from '../_components/done';

type Props = PageProps<'/[locale]/dashboard/users/[id]'>;

export const generateMetadata = titleMetadata('AdminUsers', 'editTitle');

/**
 * What the last change to the account did (`?done=`), in its place in the account's screen
 * (`layout.tsx`, which checks who may see it). Nothing else: this part is mounted anew with each
 * change's answer.
 */
export default async function UserDonePage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: 'AdminUsers' }), searchParams]);
  const done = USER_DONE.find((d) => d === query.done);
  return done ? (
    <Alert tone={done === 'detailsUnchanged' || done === 'roleUnchanged' ? 'info' : 'success'} announce="page">
      {t(`done.${done}`)}
    </Alert>
  ) : null;
}
