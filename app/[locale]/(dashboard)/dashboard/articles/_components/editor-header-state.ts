import type { SharedChangeEntry, SharedFields } from '@/db/queries/article-shared';
import type { EditorTranslation } from '@/db/queries/dashboard-articles';
import { displayStatus, displayStatusAt, type DisplayStatus } from '@/lib/articles/workflow';

/**
 * What the release editor's header says of a translation as it is stored: its title, its
 * state, its last save (who, when), its schedule, who sent it for review, who sent it back.
 * Serializable: the page computes it as it opens, and a save refused for a version someone
 * else saved meanwhile answers it for that version (saveArticleAction), so the header shows
 * what is stored now as it does once a save goes through (./editor-header.tsx).
 */
export interface EditorHeaderState {
  title: string;
  status: DisplayStatus;
  outdated: boolean;
  version: number;
  /**
   * The last save: of the text, or a later one of the settings every language shares (made from
   * any language's editor), then with the fields it changed (`shared`). `byName` null: no account
   * made it (the import's text), or its author is unknown (a shared change).
   */
  lastSave: { byName: string | null; at: string; shared: (keyof SharedFields)[] | null };
  /** ISO 8601, UTC. */
  publishAt: string | null;
  submittedByName: string | null;
  returned: EditorTranslation['returned'];
}

export function editorHeaderState(translation: EditorTranslation, sharedChange: SharedChangeEntry | null, now: Date = new Date()): EditorHeaderState {
  const shared = sharedChange && sharedChange.at >= translation.savedAt ? sharedChange : null;
  return {
    title: translation.title,
    status: displayStatus({ status: translation.status, publishAt: translation.publishAt ? new Date(translation.publishAt) : null }, now),
    outdated: translation.outdated,
    version: translation.version,
    lastSave: shared ? { byName: shared.byName, at: shared.at, shared: shared.fields } : { byName: translation.savedByName, at: translation.savedAt, shared: null },
    publishAt: translation.publishAt,
    submittedByName: translation.submittedByName,
    returned: translation.returned,
  };
}

/** The header of a page left open, at `now`: a scheduled translation that has come out is published (displayStatusAt). */
export function headerAt(header: EditorHeaderState, now: Date): EditorHeaderState {
  const status = displayStatusAt(header.status, header.publishAt, now);
  return status === header.status ? header : { ...header, status };
}
