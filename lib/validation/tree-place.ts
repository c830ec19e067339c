import { z } from 'zod';

/**
 * A row's order among its siblings (components/dashboard/tree-place-fields.tsx: pages, structure
 * units): a whole number from 0 to 999. A field left empty is refused, not read as 0 (which
 * would silently move the row to the top); a form without the field gets 0.
 */
export const positionField = z.coerce
  .string()
  .trim()
  .regex(/^\d{1,3}$/, 'positionInvalid')
  .transform(Number)
  .default(0);
