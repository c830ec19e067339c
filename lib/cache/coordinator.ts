import pg from 'pg';
import { LOCALES, type Locale } from '@/lib/locales';
import { NOTIFY_CHANNEL, REVALIDATE_HEADER } from './channel';
import { revalidateToken } from './internal-secret';
import { tags } from './tags';

/**
 * Keeps this server's cache right about changes it did not make itself:
 *
 * - other processes' mutations arrive as NOTIFY messages carrying tags (lib/cache/invalidate.ts);
 * - scheduled publishes: visibility is already decided in SQL at read time, but a page cached
 *   before the publish time would go on showing the old state; a timer armed for the next
 *   publish time expires exactly the tags of what becomes visible, at that instant.
 *
 * Next allows expiring tags only inside a request, so both go through this server's internal
 * endpoint (app/api/internal/revalidate). Started once per server by instrumentation.ts.
 */
const MAX_TIMEOUT = 2 ** 31 - 1;

export function startCacheCoordinator(): void {
  const g = globalThis as unknown as { communiqueCoordinator?: boolean };
  if (g.communiqueCoordinator || !process.env.DATABASE_URL) return;
  g.communiqueCoordinator = true;

  const url = `http://127.0.0.1:${process.env.PORT ?? 3000}/api/internal/revalidate`;
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let checkedUntil = new Date();

  const expire = async (tagList: string[]) => {
    if (tagList.length === 0) return;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [REVALIDATE_HEADER]: revalidateToken() },
        body: JSON.stringify({ tags: tagList }),
      });
      if (!res.ok) console.error(`[cache] expiring tags failed: HTTP ${res.status}`);
    } catch (e) {
      console.error(`[cache] expiring tags failed: ${(e as Error).message}`);
    }
  };

  const arm = async () => {
    if (!client) return;
    if (timer) clearTimeout(timer);
    const { rows } = await client.query<{ next: Date | null }>(
      `select least(
         (select min(publish_at) from article_translations where status = 'published' and publish_at > now()),
         (select min(publish_at) from page_translations where status = 'published' and publish_at > now())
       ) as next`,
    );
    const next = rows[0]?.next;
    if (!next) return;
    const delay = Math.min(Math.max(0, next.getTime() - Date.now()) + 5, MAX_TIMEOUT);
    timer = setTimeout(() => void fire(), delay);
    timer.unref();
  };

  const fire = async () => {
    if (!client) return;
    const since = checkedUntil;
    const { rows } = await client.query<{ now: Date }>('select now() as now');
    const until = rows[0]?.now ?? new Date();
    const [articles, pagesDue] = await Promise.all([
      client.query<{ article_id: string; locale: Locale; slug: string }>(
        `select article_id, locale, slug from article_translations
          where status = 'published' and publish_at > $1 and publish_at <= $2`,
        [since, until],
      ),
      client.query<{ locale: Locale }>(
        `select distinct locale from page_translations where status = 'published' and publish_at > $1 and publish_at <= $2`,
        [since, until],
      ),
    ]);
    checkedUntil = until;
    const due = [
      ...articles.rows.flatMap((r) => [tags.articleLists(r.locale), tags.article(r.article_id), tags.slug(r.slug)]),
      ...pagesDue.rows.flatMap((r) => (LOCALES.includes(r.locale) ? [tags.pages(r.locale)] : [])),
    ];
    await expire([...new Set(due)]);
    await arm();
  };

  const connect = async (attempt = 0): Promise<void> => {
    try {
      client = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: 'communique-cache' });
      client.on('error', (e) => {
        console.error(`[cache] listener lost its connection: ${e.message}`);
        client = undefined;
        setTimeout(() => void connect(1), 1000).unref();
      });
      client.on('notification', (msg) => {
        if (msg.channel !== NOTIFY_CHANNEL || !msg.payload) return;
        try {
          const { tags: tagList, from } = JSON.parse(msg.payload) as { tags: string[]; from: number };
          if (from !== process.pid) void expire(tagList);
        } catch {
          // not ours
        }
        void arm().catch(() => undefined);
      });
      await client.connect();
      await client.query(`listen ${NOTIFY_CHANNEL}`);
      // Anything that became visible while the listener was down is re-checked now.
      await fire();
    } catch (e) {
      client = undefined;
      const wait = Math.min(30_000, 500 * 2 ** attempt);
      console.error(`[cache] cannot listen for changes (${(e as Error).message}); retrying in ${wait} ms`);
      setTimeout(() => void connect(attempt + 1), wait).unref();
    }
  };

  void connect();
}
