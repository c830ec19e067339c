import { refresh } from 'next/cache';
import { Refusal } from '@/lib/articles/refusal';

/**
 * A write refused because the screen it was sent from shows what is no longer true (someone
 * else saved a new version, published, scheduled or unpublished it since): the screen is drawn
 * again from the database (`refresh()`), so the person carries on from what is stored now
 * rather than being told to reload. Only for screens whose refusal stays shown once redrawn,
 * and that hold nothing typed: a history, whose restore answers beside the version chosen. The
 * editors are drawn anew for each version stored (their key), which would drop the refusal and
 * the text typed; their refusals carry the state now instead (withCurrentState, withStoredState).
 */
export function redrawnWhenRefused<T>(formErrors: readonly string[], write: Promise<T>): Promise<T> {
  return write.catch((e: unknown) => {
    if (e instanceof Refusal && formErrors.includes(e.detail.formError ?? '')) refresh();
    throw e;
  });
}
