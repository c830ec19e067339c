/**
 * Rows the administration tests need on their fresh database (test/vitest-db-setup.ts): a few
 * countries with names, users of each role, an office, a news article. Written directly, so a
 * test exercises only the code it is about.
 */
import { db } from '@/db';
import { countries, countryTranslations, officePhones, offices, officeTranslations, topics, users, LOCALES, type Role } from '@/db/schema';
import { getUserById, type PublicUser } from '@/db/queries/users';
import { insertArticleIfMissing, type ArticleTranslationContent } from '@/db/seed/articles';
import { emptySummary } from '@/db/seed/context';

export async function insertCountries(codes: string[] = ['UY', 'GY', 'FR', 'CH', 'AR']): Promise<void> {
  await db.insert(countries).values(codes.map((code) => ({ code }))).onConflictDoNothing();
  await db
    .insert(countryTranslations)
    .values(codes.flatMap((code) => LOCALES.map((locale) => ({ countryCode: code, locale, name: new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code }))))
    .onConflictDoNothing();
}

let n = 0;

export async function insertUser(role: Role, opts: { status?: 'active' | 'disabled'; email?: string } = {}): Promise<PublicUser> {
  n++;
  const [row] = await db
    .insert(users)
    .values({ email: opts.email ?? `${role}${n}-${Date.now()}@example.org`, name: `${role} ${n}`, role, status: opts.status ?? 'active', passwordHash: 'x' })
    .returning({ id: users.id });
  return (await getUserById(row!.id))!;
}

/**
 * A news article (no office, not a demo sample) with these translations, filed under the topics
 * (by key: the demo content's) and countries given, none by default, written as the seed writes
 * one; its id.
 */
export async function insertNewsArticle(
  key: string,
  translations: [ArticleTranslationContent, ...ArticleTranslationContent[]],
  filed: { topicKeys?: string[]; countries?: string[] } = {},
): Promise<string> {
  const topicRows = filed.topicKeys?.length ? await db.select({ id: topics.id, key: topics.key }).from(topics) : [];
  const topicIds = (filed.topicKeys ?? []).map((k) => topicRows.find((t) => t.key === k)!.id);
  const id = await db.transaction((tx) =>
    insertArticleIfMissing(
      { tx, summary: emptySummary() },
      { key, type: 'news', isSample: false, contactOfficeId: null, topicIds, countryCodes: filed.countries ?? [], translations },
    ),
  );
  return id!;
}

export async function insertOffice(opts: { key?: string; country?: string; name?: string; phones?: string[] } = {}): Promise<string> {
  n++;
  const [o] = await db
    .insert(offices)
    .values({ key: opts.key ?? `office-${n}`, countryCode: opts.country ?? 'UY', email: 'office@example.org' })
    .returning({ id: offices.id });
  await db.insert(officeTranslations).values({ officeId: o!.id, locale: 'fr', name: opts.name ?? `Bureau ${n}`, city: 'Montevideo' });
  const phones = opts.phones ?? ['+59829168043'];
  if (phones.length) await db.insert(officePhones).values(phones.map((e164, position) => ({ officeId: o!.id, e164, position })));
  return o!.id;
}

/** A release's body of one paragraph, as the editor sends it. */
export const paragraphBody = (text: string): string => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The release editor's form as the browser sends it for a French release (saving, from Geneva, with `officeId` as contact); `o` overrides fields. */
export function articleForm(officeId: string, title: string, text: string, o: Record<string, string> = {}) {
  return {
    locale: 'fr',
    contentLocale: 'fr',
    type: 'press_release',
    title,
    slug: '',
    slugAuto: '1',
    lede: '',
    body: paragraphBody(text),
    dateline: 'Genève',
    contactOfficeId: officeId,
    intent: 'save',
    ...o,
  };
}
