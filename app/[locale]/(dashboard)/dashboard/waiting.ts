import 'server-only';
import { cache } from 'react';
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
export function waitingWords(user: Pick<PublicUser, 'id' | 'role'>, locale: Locale): Promise<{ total: number; review?: string; returned?: string }> {
  return waitingOnce(user.id, user.role, locale);
}

// Read once per request: the layout's badge and the articles list's lines ask for the same
// counts in the same render (React's cache is keyed by its arguments, so by plain values here).
const waitingOnce = cache(async (id: string, role: PublicUser['role'], locale: Locale) => {
  const [waiting, t] = await Promise.all([countWaitingFor({ id, role }), getTranslations({ locale, namespace: 'Dashboard' })]);
  const say = (key: 'awaitingReview' | 'returnedToYou', count: number) => (count > 0 ? t(key, { count, n: formatNumber(locale, count) }) : undefined);
  return { total: waiting.review + waiting.returned, review: say('awaitingReview', waiting.review), returned: say('returnedToYou', waiting.returned) };
});
