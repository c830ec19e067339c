import pg from 'pg';
import { LOCALES, type Locale } from '@/lib/locales';
import { NOTIFY_CHANNEL } from './channel';
import { pagesInOrder, renderAhead } from './render-ahead';
import { expireHere } from './self';
import { tags } from './tags';

/**
 * Keeps this server's cache right about changes it did not make itself:
 *
 * - other processes' mutations arrive as NOTIFY messages carrying tags (lib/cache/invalidate.ts);
 * - scheduled publishes: visibility is decided in SQL at read time, but a page cached before
 *   the publish time would go on showing the old state. Every cached read that a scheduled
 *   publish changes carries the tag of that instant (`at:<ms>`, lib/cache/schedule.ts); this
 *   coordinator tells Next, ahead of time, that the tag expires at that instant, so the first
 *   request after it renders anew. A timer then expires the affected content tags once more
 *   right after the instant (in case the expiry could not be set in time) and again a few
 *   seconds later (a render that straddled the instant read the old state but was stored after
 *   it); after each, the pages a release or a profile page coming due shows on are rendered
 *   again (its language's news list, the release's page, the home page: lib/cache/render-ahead.ts),
 *   so that its first readers, many in its first minutes, get a stored page as they do after a
 *   publish from the dashboard.
 *
 * Next allows expiring tags only inside a request, so everything goes through this server's
 * internal endpoint (app/api/internal/revalidate). Started once per server by instrumentation.ts.
 */
const MAX_TIMEOUT = 2 ** 31 - 1;
/** Upcoming instants announced to Next ahead of time (a week of schedule is plenty). */
const ANNOUNCE_HORIZON = '7 days';
const ANNOUNCE_LIMIT = 200;
/** A render slower than this that straddles a publish instant could keep the old state. */
const SETTLE_MS = 3_000;

export function startCacheCoordinator(): void {
  const g = globalThis as unknown as { communiqueCoordinator?: boolean };
  if (g.communiqueCoordinator || !process.env.DATABASE_URL) return;
  g.communiqueCoordinator = true;

  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let checkedUntil = new Date();
  /** Instants (ms) whose `at:` tag expiry this process's cache already knows. */
  const announced = new Set<number>();

  const expire = async (tagList: string[]) => {
    if (tagList.length > 0) await expireHere({ tags: tagList });
  };

  /** Tells Next when each upcoming `at:` tag expires; each instant once per process. */
  const announce = async (instants: Date[]) => {
    for (const at of instants) {
      const ms = at.getTime();
      if (announced.has(ms) || ms <= Date.now()) continue;
      if (await expireHere({ tags: [tags.scheduled(at)], at: ms })) announced.add(ms);
    }
  };

  const arm = async () => {
    if (!client) return;
    if (timer) clearTimeout(timer);
    const { rows } = await client.query<{ at: Date }>(
      `select distinct publish_at as at from (
         select publish_at from article_translations where status = 'published' and publish_at > now()
         union
         select publish_at from page_translations where status = 'published' and publish_at > now()
       ) upcoming
       where publish_at <= now() + interval '${ANNOUNCE_HORIZON}'
       order by 1 limit ${ANNOUNCE_LIMIT}`,
    );
    await announce(rows.map((r) => r.at));
    const next = rows[0]?.at;
    if (!next) return;
    const delay = Math.min(Math.max(0, next.getTime() - Date.now()) + 5, MAX_TIMEOUT);
    timer = setTimeout(() => void fire(), delay);
    timer.unref();
  };

  /**
   * What became visible in (since, until]: its content tags, and the pages to render again (its
   * languages' news lists and home pages, the articles' own pages).
   */
  const dueIn = async (since: Date, until: Date): Promise<{ tags: string[]; pages: string[] }> => {
    if (!client) return { tags: [], pages: [] };
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
    return {
      tags: [
        ...new Set([
          ...articles.rows.flatMap((r) => [tags.articleLists(r.locale), tags.article(r.article_id), tags.slug(r.slug)]),
          ...pagesDue.rows.flatMap((r) => (LOCALES.includes(r.locale) ? [tags.pages(r.locale)] : [])),
        ]),
      ],
      pages: pagesInOrder([...articles.rows, ...pagesDue.rows].map((r) => r.locale).filter((l) => LOCALES.includes(l)), articles.rows),
    };
  };

  /** Expired here, then, in a production server (a development one compiles each page on demand), rendered again. */
  const expireAndRender = async (due: { tags: string[]; pages: string[] }) => {
    if (due.tags.length === 0 || !(await expireHere({ tags: due.tags }))) return;
    if (process.env.NODE_ENV === 'production') await renderAhead(due.pages);
  };

  const fire = async () => {
    if (!client) return;
    const since = checkedUntil;
    const { rows } = await client.query<{ now: Date }>('select now() as now');
    const until = rows[0]?.now ?? new Date();
    const due = await dueIn(since, until);
    checkedUntil = until;
    await expireAndRender(due);
    if (due.tags.length > 0) setTimeout(() => void expireAndRender(due), SETTLE_MS).unref();
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
