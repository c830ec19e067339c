/**
 * An expected refusal from the article write path (conflict, slug taken, not allowed…), thrown
 * inside the transaction so nothing is written. Plain (no 'server-only'), so database tests can
 * call the write functions directly; the actions turn it into an ActionFailure. Messages are
 * keys of the Validation or Errors catalogs.
 */
import type { Locale } from '@/lib/locales';

export interface RefusalDetail<T = unknown> {
  formError?: string;
  fieldErrors?: Record<string, string>;
  data?: T;
  /** Languages the messages name (their `{languages}`), listed by the action in the person's language. */
  languages?: Locale[];
  /** The message's other placeholders (who saved, which version), for messages the action words itself. */
  values?: Record<string, string>;
  /**
   * When set, the refusal is an authorization denial and is written to the audit log, with the
   * language of the translation it concerns; the item is a translation unless said otherwise.
   */
  denied?: { action: string; entityType?: 'article' | 'article_translation'; entityId?: string; locale?: Locale; detail?: Record<string, unknown> };
}

export class Refusal<T = unknown> extends Error {
  constructor(public readonly detail: RefusalDetail<T>) {
    super(detail.formError ?? Object.values(detail.fieldErrors ?? {})[0] ?? 'refused');
    this.name = 'Refusal';
  }
}

export const fieldRefusal = (field: string, key: string) => new Refusal({ fieldErrors: { [field]: key } });
