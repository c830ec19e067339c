import { inArray } from 'drizzle-orm';
import { topics, topicTranslations, LOCALES } from '@/db/schema';
import type { Localized, SeedContext } from './context';
import { freeSlug } from './slugs';

interface TopicContent {
  key: string;
  name: Localized<string>;
}

/**
 * The themes the seed release speaks of: the summit's theme, the rights of migrants, skilled
 * migration and remittances it lists, and the forum against trafficking.
 */
export const TOPICS: readonly TopicContent[] = [
  {
    key: 'migration-and-development',
    name: { fr: 'Migration et développement', en: 'Migration and development', es: 'Migración y desarrollo', ar: 'الهجرة والتنمية' },
  },
  {
    key: 'counter-trafficking',
    name: { fr: 'Lutte contre la traite', en: 'Counter-trafficking', es: 'Lucha contra la trata', ar: 'مكافحة الاتجار بالبشر' },
  },
  {
    key: 'migrant-rights',
    name: { fr: 'Droits des migrants', en: 'Migrant rights', es: 'Derechos de los migrantes', ar: 'حقوق المهاجرين' },
  },
  {
    key: 'remittances',
    name: { fr: 'Remises de fonds', en: 'Remittances', es: 'Remesas', ar: 'التحويلات المالية' },
  },
  {
    key: 'labour-migration',
    name: { fr: 'Migration de main-d’œuvre', en: 'Labour migration', es: 'Migración laboral', ar: 'هجرة اليد العاملة' },
  },
];

/**
 * Topics and their names. A topic that exists (by key) is left exactly as editors keep it.
 * Returns the id of every seed topic, existing or new, by key.
 */
export async function seedTopics({ tx, summary }: SeedContext): Promise<Map<string, string>> {
  for (const topic of TOPICS) {
    const [created] = await tx
      .insert(topics)
      .values({ key: topic.key })
      .onConflictDoNothing({ target: topics.key })
      .returning({ id: topics.id });
    if (!created) continue;
    summary.created.topics++;
    for (const locale of LOCALES) {
      const name = topic.name[locale];
      // Arabic slugs are the English ones: a letter-by-letter transliteration without vowels
      // ("alhjra-waltnmya") reads as nothing to anyone (see lib/slug.ts).
      const slug = await freeSlug(tx, 'topic', locale, locale === 'ar' ? { slug: topic.key, title: name } : { title: name });
      await tx.insert(topicTranslations).values({ topicId: created.id, locale, name, slug });
    }
  }
  const rows = await tx
    .select({ id: topics.id, key: topics.key })
    .from(topics)
    .where(inArray(topics.key, TOPICS.map((t) => t.key)));
  return new Map(rows.map((r) => [r.key, r.id]));
}
