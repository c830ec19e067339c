import 'server-only';
import { getTranslations } from 'next-intl/server';
import { countWaitingFor } from '@/db/queries/dashboard-articles';
import type { PublicUser } from '@/db/queries/users';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/locales';

/**
 * What waits for the person in the articles, in words: translations others sent for their review,
 * drafts of theirs an editor sent back — each a sentence ("3 traductions attendent votre
 * relecture"), absent when none. The dashboard's Articles link shows their sum and is described by
 * them; the list says each above its filters, with the way to them.
 */
export async function waitingWords(user: Pick<PublicUser, 'id' | 'role'>, locale: Locale): Promise<{ total: number; review?: string; returned?: string }> {
  const [waiting, t] = await Promise.all([countWaitingFor(user), getTranslations({ locale, namespace: 'Dashboard' })]);
  const say = (key: 'awaitingReview' | 'returnedToYou', count: number) => (count > 0 ? t(key, { count, n: formatNumber(locale, count) }) : undefined);
  return { total: waiting.review + waiting.returned, review: say('awaitingReview', waiting.review), returned: say('returnedToYou', waiting.returned) };
}
