/**
 * The editorial workflow of one article translation, as pure rules shared by the server (which
 * enforces them in every action) and the UI (which only offers what the server would accept).
 *
 *   draft ──submit──▶ in_review ──publish──▶ published (now, or "scheduled" when the time is ahead)
 *     ▲                  │ return                 │ unpublish          │ archive
 *     └──────────────────┴────────────────────────┴────────────────────┘──▶ archived ──unpublish──▶ draft
 *
 * A draft (or one in review) is archived only once readers have seen it (unpublished since);
 * one they never saw is deleted instead.
 *
 * "Scheduled" is never stored: it is a published translation whose publish time is still ahead,
 * so visibility is decided when content is read (db/queries/visibility.ts).
 */
import type { Role, TranslationStatus } from '@/db/schema';
import { can, type Permission } from '@/lib/permissions';

export const TRANSITIONS = ['submit', 'publish', 'return', 'unpublish', 'archive'] as const;

/** Longest note an editor may leave when sending a translation back to draft. */
export const RETURN_NOTE_MAX = 2000;
export type Transition = (typeof TRANSITIONS)[number];

/** What a person sees: the stored status, with "scheduled" derived from the publish time. */
export const DISPLAY_STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'archived'] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

/** One cell of the per-locale matrix. */
export type MatrixState = DisplayStatus | 'missing';

export const TRANSITION_PERMISSION: Record<Transition, Permission> = {
  submit: 'article.submit',
  publish: 'article.publish',
  return: 'article.publish',
  unpublish: 'article.unpublish',
  archive: 'article.archive',
};

const ALLOWED_FROM: Record<Transition, readonly TranslationStatus[]> = {
  submit: ['draft'],
  // From "published" too: publishing again moves the time (publish now, or reschedule).
  publish: ['draft', 'in_review', 'published'],
  return: ['in_review'],
  unpublish: ['published', 'archived'],
  archive: ['draft', 'in_review', 'published'],
};

/** Where each transition leads. */
export const TRANSITION_TARGET: Record<Transition, TranslationStatus> = {
  submit: 'in_review',
  publish: 'published',
  return: 'draft',
  unpublish: 'draft',
  archive: 'archived',
};

export interface Actor {
  id: string;
  role: Role;
}

export interface WorkflowState {
  status: TranslationStatus;
  publishAt: Date | null;
  submittedById: string | null;
  /** When readers first saw it (wasEverPublic); a scheduled translation's coming time. */
  firstPublishedAt: Date | string | null;
}

export function displayStatus(t: Pick<WorkflowState, 'status' | 'publishAt'>, now: Date = new Date()): DisplayStatus {
  if (t.status === 'published' && t.publishAt && t.publishAt.getTime() > now.getTime()) return 'scheduled';
  return t.status;
}

/**
 * A state shown from an earlier reading (a page left open), at `now`: what the page read anew
 * would show, as long as nothing stored changed. Only a scheduled translation changes so: it is
 * published (stored so) and comes out at its time.
 */
export function displayStatusAt(shown: DisplayStatus, publishAt: Date | string | null, now: Date): DisplayStatus {
  if (shown !== 'scheduled') return shown;
  return displayStatus({ status: 'published', publishAt: publishAt === null ? null : new Date(publishAt) }, now);
}

/** Longest wait a browser timer takes (2^31 - 1 ms, some 24 days): a longer one fires at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * How long from `now` until a state shown changes by itself (displayStatusAt: a scheduled
 * translation comes out), as a timer's delay: 0 once due, at most what a timer waits (it is set
 * again then); null when it does not change with time.
 */
export function untilShownChange(shown: DisplayStatus, publishAt: Date | string | null, now: Date): number | null {
  if (shown !== 'scheduled' || publishAt === null) return null;
  return Math.min(Math.max(new Date(publishAt).getTime() - now.getTime(), 0), LONGEST_TIMER_MS);
}

/**
 * Of several states a page shows at once (the editor's language tabs: each its own schedule), the
 * publish time of the first one still to change by itself, read at `now` (null: as the page read
 * them): the time one timer waits for, for all of them. Null when none changes with time.
 */
export function nextShownChange(shown: readonly { status: DisplayStatus; publishAt: Date | string | null }[], now: Date | null): Date | null {
  let next: Date | null = null;
  for (const s of shown) {
    if (s.publishAt === null || (now ? displayStatusAt(s.status, s.publishAt, now) : s.status) !== 'scheduled') continue;
    const at = new Date(s.publishAt);
    if (!next || at.getTime() < next.getTime()) next = at;
  }
  return next;
}

/**
 * The workflow state a person's page showed: the stored status and the publish time. A step
 * (and a save that takes one) is refused when it no longer matches, as a text edit is when its
 * version does: workflow steps leave the text's version alone, so without it an editor could
 * publish, from a page loaded earlier, a translation a colleague has just sent back to draft
 * (and wipe the colleague's note with it). Nothing time-dependent goes in: a scheduled
 * translation that has since come out is the same state.
 */
export function workflowStamp(t: Pick<WorkflowState, 'status' | 'publishAt'>): string {
  return t.publishAt ? `${t.status}@${t.publishAt.toISOString()}` : t.status;
}

/** True when readers can see it now (the same rule as the SQL of articleVisible()). */
export function isVisible(t: Pick<WorkflowState, 'status' | 'publishAt'>, now: Date = new Date()): boolean {
  return t.status === 'published' && !!t.publishAt && t.publishAt.getTime() <= now.getTime();
}

/** Message key (Errors.article.*) of why `actor` may not apply `transition` now, or null if they may. */
export type TransitionRefusal = 'forbidden' | 'article.notFromState' | 'article.ownSubmission';

export function transitionRefusal(actor: Actor, t: WorkflowState, transition: Transition): TransitionRefusal | null {
  if (!can(actor.role, TRANSITION_PERMISSION[transition])) return 'forbidden';
  if (!ALLOWED_FROM[transition].includes(t.status)) return 'article.notFromState';
  // A draft readers never saw is deleted (deleteRefusal) or left a draft, not archived: archiving
  // keeps what readers have seen (its address, its feed entries), and would take from its writer
  // the draft they may still delete or edit.
  if (transition === 'archive' && t.status !== 'published' && !wasEverPublic(t.firstPublishedAt)) return 'article.notFromState';
  // Nobody approves their own submission: the person who asked for review cannot be the one
  // who publishes it; another editor must.
  if (transition === 'publish' && t.status === 'in_review' && t.submittedById === actor.id) return 'article.ownSubmission';
  return null;
}

export function availableTransitions(actor: Actor, t: WorkflowState): Transition[] {
  return TRANSITIONS.filter((tr) => transitionRefusal(actor, t, tr) === null);
}

/**
 * Who may change the content: drafts and translations in review by anyone who edits articles;
 * what readers see (or will see at a scheduled time) and archived translations only by those
 * who may publish, since their save changes the public page at once.
 */
export function canEditContent(role: Role, status: TranslationStatus): boolean {
  if (!can(role, 'article.edit')) return false;
  if (status === 'draft' || status === 'in_review') return true;
  return can(role, 'article.editPublished');
}

/**
 * A translation readers have never seen (never published, not scheduled) can be deleted, with
 * its whole history; one that was ever public is only archived, so its address, its feed entries
 * and its audit trail keep meaning something. Those who publish delete any such draft; a writer
 * only one that is theirs alone (they started it and wrote every version), so nobody loses a
 * colleague's work to a writer's delete.
 */
export interface DeletableState {
  status: TranslationStatus;
  firstPublishedAt: Date | string | null;
  /** Who started it and who wrote each of its versions; null for the seed or an importer. */
  authorIds: readonly (string | null)[];
}

export type DeleteRefusal = 'article.cannotDelete' | 'article.othersWork';

/**
 * Whether readers have ever seen a translation: its first publication time is past. A scheduled
 * translation records the time it will come out, which is no publication until then (and a
 * schedule withdrawn before its time leaves none: applyTransition clears it).
 */
export function wasEverPublic(firstPublishedAt: Date | string | null, now: Date = new Date()): boolean {
  return firstPublishedAt !== null && new Date(firstPublishedAt).getTime() <= now.getTime();
}

export function deleteRefusal(actor: Actor, t: DeletableState, now: Date = new Date()): DeleteRefusal | null {
  if (t.status !== 'draft' && t.status !== 'in_review') return 'article.cannotDelete';
  if (wasEverPublic(t.firstPublishedAt, now) || !canEditContent(actor.role, t.status)) return 'article.cannotDelete';
  if (!can(actor.role, 'article.deleteOthers') && t.authorIds.some((id) => id !== actor.id)) return 'article.othersWork';
  return null;
}

export function canDeleteTranslation(actor: Actor, t: DeletableState): boolean {
  return deleteRefusal(actor, t) === null;
}

/** A publish time a little in the past is "now" (the form took a while to send). */
export const PUBLISH_CLOCK_SKEW_MS = 60_000;

/** null when `at` is acceptable as a publish time, else the message key of why not. */
export function publishTimeRefusal(at: Date | null, now: Date = new Date()): 'article.schedulePast' | null {
  if (!at) return null;
  return at.getTime() < now.getTime() - PUBLISH_CLOCK_SKEW_MS ? 'article.schedulePast' : null;
}
