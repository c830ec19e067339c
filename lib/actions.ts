import 'server-only';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { db, type Executor } from '@/db';
import { audit, auditRefusal, type AuditInput } from '@/db/queries/audit';
import type { PublicUser } from '@/db/queries/users';
import { isAppLocale } from '@/i18n/routing';
import { invalidate } from '@/lib/cache/invalidate';
import { warmPublicPages } from '@/lib/cache/warm';
import { getRequester } from '@/lib/dal';
import { DEFAULT_LOCALE, type Locale } from '@/lib/locales';
import { can, type Permission } from '@/lib/permissions';
import { deniedEntry, refusedBecause, type DeniedEntry } from '@/lib/requester';
import type { ActionState } from '@/lib/action-state';

export type { ActionState } from '@/lib/action-state';

/** A refusal the handler decides (conflict, slug taken…): message keys in the Validation/Errors catalogs. */
export class ActionFailure<T = unknown> extends Error {
  constructor(
    public readonly failure: { formError?: string; fieldErrors?: Record<string, string>; data?: T },
  ) {
    super('action refused');
  }
}

export interface ActionContext<I> {
  user: PublicUser;
  input: I;
  tx: Executor;
  locale: Locale;
  /**
   * Records a refusal the handler decides (not allowed on this item, last admin…) with who asked
   * and from where, outside the transaction that is being rolled back.
   */
  auditDenied: (entry: DeniedEntry) => Promise<void>;
  /** The client's address, for an entry the handler writes itself (a failed check of a password). */
  ip: string | null;
}

export interface ActionOutcome<T = unknown> {
  /** Audit entry of the change (who is added by the helper). */
  audit: { action: string; entityType?: string; entityId?: string; locale?: Locale | null; detail?: Record<string, unknown> };
  /** Cache tags whose pages show what changed. */
  tags?: string[];
  /** Entries written after `audit`, in order (a step taken with a save); who and from where are theirs or the helper's. */
  followedBy?: AuditInput[];
  redirectTo?: string;
  message?: string;
  data?: T;
  /**
   * Done once the change is committed and its pages expired, before the answer or its redirect:
   * what needs the change stored (signing the person in again with a password just changed).
   */
  after?: () => Promise<void>;
}

const SECRET_FIELDS = /password|token/i;

function submittedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries()) {
    if (typeof v === 'string' && !k.startsWith('$ACTION') && !SECRET_FIELDS.test(k)) values[k] = v;
  }
  return values;
}

function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = form.getAll(key);
    // A file input's value is a File (an empty one when nothing was chosen); other inputs are text.
    out[key] = key.endsWith('[]') ? all.filter((v): v is string => typeof v === 'string') : all[0];
  }
  return out;
}

/** The interface language a form was sent from (its hidden `locale` input), for the answer's messages. */
export function formLocale(form: FormData): Locale {
  const raw = form.get('locale');
  return isAppLocale(raw) ? raw : DEFAULT_LOCALE;
}

/** Enough of a translator for message keys chosen at run time (a schema's messages). */
interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/**
 * Zod's issues as messages at their fields ("texts.fr.name" for a nested input), translated
 * from the Validation catalog: a schema's messages are its keys, an unknown one reads
 * "invalid". Placeholders come from the issue: {min}/{max} of a length check, or the params
 * of a custom one.
 */
export function fieldErrorsFrom(issues: readonly z.core.$ZodIssue[], t: Translate): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || 'form';
    const key = t.has(issue.message) ? issue.message : 'invalid';
    const bounds = {
      ...(issue.code === 'too_small' ? { min: Number(issue.minimum) } : {}),
      ...(issue.code === 'too_big' ? { max: Number(issue.maximum) } : {}),
    };
    fieldErrors[field] ??= t(key, { ...bounds, ...(issue as { params?: Record<string, string | number> }).params });
  }
  return fieldErrors;
}

/**
 * Every server action is a public endpoint. This helper gives each one the same order:
 * who is asking (refusals audited) → zod validation (messages translated, at their field) →
 * the change in one transaction, with its audit entry → cache invalidation → redirect outside
 * any try. An unexpected failure is logged and answered with a message while the form keeps
 * what was typed, rather than unmounting the form into the error page.
 */
export function defineAction<S extends z.ZodType, T = unknown>(
  config: { permission: Permission; schema: S; name: string },
  handler: (ctx: ActionContext<z.output<S>>) => Promise<ActionOutcome<T>>,
) {
  return async function action(_prev: ActionState<T>, form: FormData): Promise<ActionState<T>> {
    const locale = formLocale(form);
    const t = await getTranslations({ locale, namespace: 'Validation' });
    const errors = await getTranslations({ locale, namespace: 'Errors' });
    const values = submittedValues(form);

    const requester = await getRequester();
    // One that names no one is capped per address (a script's flood is counted, not written out).
    const auditDenied = (entry: DeniedEntry) => auditRefusal(deniedEntry(requester, entry));
    const { user } = requester;
    if (!user || !can(user.role, config.permission)) {
      // The content language the form was about, when it names one (a translation's editor).
      const contentLocale = form.get('contentLocale');
      await auditDenied({ action: config.name, locale: isAppLocale(contentLocale) ? contentLocale : null, detail: { permission: config.permission } });
      return { status: 'error', formError: errors(refusedBecause(requester)), values };
    }

    const parsed = config.schema.safeParse(formToObject(form));
    if (!parsed.success) return { status: 'error', formError: errors('checkFields'), fieldErrors: fieldErrorsFrom(parsed.error.issues, t), values };

    let outcome: ActionOutcome<T>;
    try {
      outcome = await db.transaction(async (tx) => {
        const result = await handler({ user, input: parsed.data, tx, locale, auditDenied, ip: requester.ip });
        await audit(tx, {
          ...result.audit,
          locale: result.audit.locale ?? null,
          actorId: user.id,
          actorEmail: user.email,
          // From where, as for a refusal and a sign-in: the log answers "who did this, and from where".
          ip: requester.ip,
          outcome: 'ok',
        });
        for (const entry of result.followedBy ?? []) await audit(tx, { actorId: user.id, actorEmail: user.email, ip: requester.ip, outcome: 'ok', ...entry });
        return result;
      });
    } catch (e) {
      if (e instanceof ActionFailure) {
        const f = e.failure as { formError?: string; fieldErrors?: Record<string, string>; data?: T };
        const tr = (key: string) => (t.has(key) ? t(key) : errors.has(key) ? errors(key) : key);
        return {
          status: 'error',
          formError: f.formError ? tr(f.formError) : errors('checkFields'),
          fieldErrors: f.fieldErrors ? Object.fromEntries(Object.entries(f.fieldErrors).map(([k, v]) => [k, tr(v)])) : undefined,
          values,
          data: f.data,
        };
      }
      console.error(`[action ${config.name}]`, e);
      return { status: 'error', formError: errors('unexpected'), values };
    }

    // Readers' pages rendered again before the answer, once their tags are expired already.
    if (outcome.tags?.length && (await invalidate(outcome.tags))) await warmPublicPages(outcome.tags);
    await outcome.after?.();
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    return { status: 'ok', message: outcome.message, data: outcome.data };
  };
}
