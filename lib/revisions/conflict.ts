/**
 * Conflict-safe saving (optimistic concurrency), for any record with a `version` counter:
 * the form carries the version it was based on; the save locks the row (SELECT … FOR UPDATE),
 * compares, and refuses when someone else saved in between — never a silent overwrite. The
 * refusal carries who saved, when, and what they saved, so the form can keep the person's own
 * text and show the difference for a merge.
 */
import type { FieldDiff } from './diff';

export interface SavedStamp {
  version: number;
  updatedAt: Date;
  /** Display name of who made the current version, null if unknown (e.g. the seed). */
  updatedByName: string | null;
}

/** What a refused save answers (ActionFailure data), serializable to the client. */
export interface ConflictInfo {
  /** The version now stored: re-saving "on top of it" sends this as the base. */
  currentVersion: number;
  savedBy: string | null;
  /** ISO 8601, UTC; the client shows it in the editor's time zone. */
  savedAt: string;
  /** The stored text fields, to load into the form if the person prefers them. */
  theirs: Record<string, string>;
  /** From what is stored (theirs) to what the person submitted (mine). */
  diff: FieldDiff[];
}

/** True when the submitted base version is not the stored one: someone saved in between. */
export function isStale(stored: { version: number }, baseVersion: number | null | undefined): boolean {
  return baseVersion == null || stored.version !== baseVersion;
}

export function conflictInfo(stored: SavedStamp, theirs: Record<string, string>, diff: FieldDiff[]): ConflictInfo {
  return {
    currentVersion: stored.version,
    savedBy: stored.updatedByName,
    savedAt: stored.updatedAt.toISOString(),
    theirs,
    diff,
  };
}
