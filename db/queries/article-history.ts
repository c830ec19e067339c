/**
 * What a translation's history shows besides its versions and the changes of the settings every
 * language shares (./article-shared.ts): the description of its main image typed in its editor,
 * and its schedule set, moved, withdrawn or cut short. Neither has revisions of its own: the
 * audit entries of the actions that made them are their record, read here.
 */
import { sql } from 'drizzle-orm';
import { db } from '@/db';
import type { PublicUser } from '@/db/queries/users';
import type { Locale } from '@/db/schema';
import { DISPLAY_STATUSES, type DisplayStatus } from '@/lib/articles/workflow';

type Actor = Pick<PublicUser, 'id' | 'role'>;

/** A save that changed the main image's description in the translation's language. */
export interface HeroAltChange {
  /** ISO 8601, UTC. */
  at: string;
  byName: string | null;
  /** The text before (null: none) and after; null in entries written before they were recorded. */
  text: { before: string | null; after: string | null } | null;
}

const textOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The changes of the main image's description in `locale` made from the release's editor since
 * `since` (the translation's first version), newest first; who by their name now. Its saves say
 * so in their audit entry (heroAltChanged), with the text before and after since they record it
 * (`changed["heroAlt.<locale>"]`, lib/audit-detail.ts).
 */
export async function listHeroAltChanges(_actor: Actor, articleId: string, locale: Locale, since: Date): Promise<HeroAltChange[]> {
  const { rows } = await db.execute<{ at: Date | string; name: string | null; change: unknown }>(sql`select l.at, u.name, l.detail->'changed'->${`heroAlt.${locale}`} as change
    from audit_log l left join users u on u.id = l.actor_id
   where l.action in ('article.save', 'article.create') and l.outcome = 'ok'
     and l.detail->>'articleId' = ${articleId} and l.locale = ${locale} and l.detail->>'heroAltChanged' = 'true'
     and l.at >= ${since.toISOString()}::timestamptz
   order by l.at desc, l.id desc`);
  return rows.map((r) => {
    const c = r.change;
    const text = c && typeof c === 'object' && !Array.isArray(c) ? { before: textOrNull((c as Record<string, unknown>).before), after: textOrNull((c as Record<string, unknown>).after) } : null;
    return { at: new Date(r.at).toISOString(), byName: r.name, text };
  });
}

/** A change of a translation's schedule (a publication for a time to come). */
export interface ScheduleChange {
  /** ISO 8601, UTC: when the change was made. */
  at: string;
  byName: string | null;
  /**
   * `scheduled`: for a time, from another state; `rescheduled`: moved to another time;
   * `cancelled`: withdrawn before its time (unpublished, archived); `publishedEarly`: published
   * at once instead.
   */
  kind: 'scheduled' | 'rescheduled' | 'cancelled' | 'publishedEarly';
  /** The time it is scheduled for after the change (scheduled, rescheduled). */
  publishAt: string | null;
  /**
   * The time it was scheduled for before (rescheduled, cancelled, published early): as the entry
   * recorded it (previousPublishAt), else for an older entry the time the schedule before it set
   * (still to come then); null when neither is known.
   */
  previousPublishAt: string | null;
  /** Its state after the change. */
  to: DisplayStatus;
}

/** One audit entry of a workflow step, as ScheduleChange reads it. */
export type StepEntry = {
  at: Date | string;
  name: string | null;
  from: string | null;
  to: string | null;
  publishAt: string | null;
  previousPublishAt: string | null;
};

const instant = (v: string | null) => (v && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : null);
const isStatus = (v: string | null): v is DisplayStatus => DISPLAY_STATUSES.includes(v as DisplayStatus);

/**
 * The schedule's changes among a translation's workflow steps (oldest first), newest first:
 * each step that led to "scheduled" or from it. The time a step moved or withdrew is the one
 * its entry recorded, else the one the previous schedule set, if that was still to come then.
 */
export function scheduleChanges(steps: StepEntry[]): ScheduleChange[] {
  const out: ScheduleChange[] = [];
  let current: string | null = null;
  for (const s of steps) {
    const at = new Date(s.at).toISOString();
    const from = s.from;
    const to = isStatus(s.to) ? s.to : null;
    if (!to || (from !== 'scheduled' && to !== 'scheduled')) continue;
    const known = current && current > at ? current : null;
    const previous = from === 'scheduled' ? (instant(s.previousPublishAt) ?? known) : null;
    const publishAt = to === 'scheduled' ? instant(s.publishAt) : null;
    const kind = from !== 'scheduled' ? 'scheduled' : to === 'scheduled' ? 'rescheduled' : to === 'published' ? 'publishedEarly' : 'cancelled';
    out.push({ at, byName: s.name, kind, publishAt, previousPublishAt: previous, to });
    current = publishAt;
  }
  return out.reverse();
}

/**
 * The schedule's changes of one translation, newest first (scheduleChanges), from the audit
 * entries of its workflow steps: a schedule is logged as article.schedule (older ones as
 * article.publish to "scheduled"), and each step says the state it left and the one it led to.
 */
export async function listScheduleChanges(_actor: Actor, translationId: string): Promise<ScheduleChange[]> {
  const { rows } = await db.execute<StepEntry>(sql`select l.at, u.name, l.detail->>'from' as "from", l.detail->>'to' as "to",
         l.detail->>'publishAt' as "publishAt", l.detail->>'previousPublishAt' as "previousPublishAt"
    from audit_log l left join users u on u.id = l.actor_id
   where l.entity_type = 'article_translation' and l.entity_id = ${translationId} and l.outcome = 'ok'
     and l.action in ('article.schedule', 'article.publish', 'article.unpublish', 'article.archive', 'article.return')
     and 'scheduled' in (l.detail->>'from', l.detail->>'to')
   order by l.at, l.id`);
  return scheduleChanges(rows);
}
