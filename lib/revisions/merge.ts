import { stableJson } from './changed';

/**
 * "Keep my changes" after a save conflict: the fields the person has not changed since the form
 * opened (`initial`) and the other version has — theirs to take, so that going over the other
 * version keeps that person's work there instead of putting back, unseen, what the form opened
 * with. Fields `theirs` does not hold are left as they are.
 */
export function untouchedTheirs<F extends string>(
  fields: readonly F[],
  initial: Partial<Record<F, unknown>>,
  mine: Partial<Record<F, unknown>>,
  theirs: Partial<Record<F, unknown>>,
): F[] {
  const same = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);
  return fields.filter((f) => theirs[f] !== undefined && same(mine[f], initial[f]) && !same(theirs[f], mine[f]));
}
