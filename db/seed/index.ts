/**
 * The demo content: everything the seed document (db/seed/fixtures/legacy-oim-fr.txt) tells us,
 * and a few clearly marked samples. See PRODUCT.md, "What the seed tells us".
 *
 * Safe to run on any database, any number of times: it only creates what is missing, by stable
 * keys (countries by code, topics, pages, org units and offices by `key`, articles by
 * `articles.key`), and never updates a row. An entity that exists is left exactly as editors keep
 * it, translations and children included; one an editor deleted comes back on the next explicit
 * run (`npm run db:seed`), which is why `npm start` seeds only an empty database
 * ({@link isDatabaseEmpty}). Everything runs in one transaction: a run lands whole or not at all.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { articles, offices, orgUnits, pages, topics } from '@/db/schema';
import { emptySummary, type SeedSummary } from './context';
import { seedCountries } from './countries';
import { readLegacyPage } from './legacy';
import { seedOffices } from './offices';
import { seedOrgUnits } from './org-units';
import { seedPages } from './pages';
import { seedRelease } from './release-ibero-american-summit';
import { seedSamples } from './samples';
import { seedTopics } from './topics';

export type { SeedFinding, SeedSummary } from './context';

/** Two seeds started at once (two app processes) run one after the other, not interleaved. */
const SEED_LOCK = 727275;

export async function seedDemoContent(db: Database): Promise<SeedSummary> {
  // Parsed before the transaction: a fixture that no longer parses fails before touching anything.
  const legacy = readLegacyPage();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const ctx = { tx, summary: emptySummary() };
    await seedCountries(ctx);
    const topicIds = await seedTopics(ctx);
    await seedPages(ctx);
    await seedOrgUnits(ctx);
    const { montevideoId } = await seedOffices(ctx, legacy);
    await seedRelease(ctx, legacy, { montevideoId, topicIds });
    await seedSamples(ctx);
    return ctx.summary;
  });
}

/**
 * True when the database holds no editorial content at all (no page, article, office, org unit
 * or topic): the only state in which starting the app loads the demo content by itself. Users,
 * countries and the audit log do not count: a first admin may exist before any content does.
 */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const tables = [pages, articles, offices, orgUnits, topics];
  const found = await Promise.all(tables.map((t) => db.select({ one: sql<number>`1` }).from(t).limit(1)));
  return found.every((rows) => rows.length === 0);
}

/** The summary as lines for a terminal: what was created, then each finding and what was done. */
export function formatSeedSummary(summary: SeedSummary): string[] {
  const created = Object.entries(summary.created).filter(([, n]) => n > 0);
  const lines = [
    created.length === 0
      ? 'nothing to create: the demo content is already there'
      : `created ${created.map(([what, n]) => `${n} ${what}`).join(', ')}`,
  ];
  for (const f of summary.findings) {
    const { code, severity, ...data } = f.issue;
    lines.push(`${severity} ${code} (${f.subject}, ${f.action}): ${JSON.stringify(data)}`);
  }
  return lines;
}
