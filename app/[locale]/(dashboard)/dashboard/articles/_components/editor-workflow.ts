import type { EditorTranslation } from '@/db/queries/dashboard-articles';
import {
  availableTransitions,
  canDeleteTranslation,
  canEditContent,
  displayStatus,
  displayStatusAt,
  wasEverPublic,
  workflowStamp,
  type Actor,
  type DisplayStatus,
  type Transition,
} from '@/lib/articles/workflow';
import { can } from '@/lib/permissions';

/** The steps the editor offers below the form: those that keep the text. */
export type StepTransition = Extract<Transition, 'return' | 'unpublish' | 'archive'>;

/**
 * What the release editor does from a translation's workflow state, for one person: the stamp a
 * save or a step from it sends (lib/articles/workflow.ts), the state the publish box words its
 * buttons for, the steps offered, and the rights that depend on the state. Serializable: the page
 * computes it as it opens, and a save refused for a state changed since answers it for the state
 * now stored (saveArticleAction), so the editor acts on that one without being reloaded. One
 * function for both, so the page and the answer cannot disagree.
 */
export interface EditorWorkflow {
  /** workflowStamp: a step (or a save taking one) from another state is refused. Null: not written yet. */
  stamp: string | null;
  status: DisplayStatus | null;
  /** ISO 8601, UTC. */
  publishAt: string | null;
  /** This person may change the text (canEditContent; write a new one: article.create): else the form is read-only. */
  edit: boolean;
  /** This person may publish it (not an archived one: it is taken out of the archive first). */
  publish: boolean;
  /** This person sent it for review: someone else must publish it. */
  ownSubmission: boolean;
  steps: StepTransition[];
  /** Readers never saw it and this person may delete it. */
  deletable: boolean;
  inReview: boolean;
  /** Readers have seen it at its address: the address no longer follows the title. */
  slugKnown: boolean;
}

/** `translation` null: one not written yet (a new article, or a new language of one). */
export function editorWorkflow(user: Actor, translation: EditorTranslation | null, now: Date = new Date()): EditorWorkflow {
  if (!translation) {
    return {
      stamp: null,
      status: null,
      publishAt: null,
      edit: can(user.role, 'article.create'),
      publish: can(user.role, 'article.publish'),
      ownSubmission: false,
      steps: [],
      deletable: false,
      inReview: false,
      slugKnown: false,
    };
  }
  const state = { status: translation.status, publishAt: translation.publishAt ? new Date(translation.publishAt) : null, submittedById: translation.submittedById, firstPublishedAt: translation.firstPublishedAt };
  return {
    stamp: workflowStamp(state),
    status: displayStatus(state, now),
    publishAt: translation.publishAt,
    edit: canEditContent(user.role, translation.status),
    publish: can(user.role, 'article.publish') && translation.status !== 'archived',
    ownSubmission: translation.status === 'in_review' && translation.submittedById === user.id,
    steps: availableTransitions(user, state).filter((x): x is StepTransition => x === 'return' || x === 'unpublish' || x === 'archive'),
    deletable: canDeleteTranslation(user, translation),
    inReview: translation.status === 'in_review',
    slugKnown: wasEverPublic(translation.firstPublishedAt, now),
  };
}

/**
 * The workflow a page left open acts on at `now`, as the page read anew would compute it while
 * nothing stored changed: a scheduled translation that has come out is published, and readers
 * have seen its address. The rest (stamp, rights, steps) does not depend on the time.
 */
export function workflowAt(workflow: EditorWorkflow, now: Date): EditorWorkflow {
  if (workflow.status === null) return workflow;
  const status = displayStatusAt(workflow.status, workflow.publishAt, now);
  if (status === workflow.status) return workflow;
  return { ...workflow, status, slugKnown: true };
}
