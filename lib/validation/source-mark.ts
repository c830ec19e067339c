import { z } from 'zod';

/**
 * "Changes carried over", on a release's or a page's translation: the source revision the form
 * showed (its id), which the translation is then up to date with — not whatever the source is
 * when the save arrives, which a colleague may have changed meanwhile, unseen. Anything but an
 * id is no mark.
 */
export const markSourceCurrentField = z
  .string()
  .optional()
  .transform((v) => (v && z.uuid().safeParse(v).success ? v : null));
