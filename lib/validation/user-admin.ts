import { z } from 'zod';
import { LOCALES } from '@/lib/locales';
import { emailSchema, nameSchema, roleSchema } from './users';

/** Ticked only on one's own account: "I know this is me". */
const confirmSelf = z
  .string()
  .optional()
  .transform((v) => v === 'yes');

export const userIdSchema = z.object({ id: z.uuid('invalid'), confirmSelf });

export const createUserSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  role: roleSchema,
  preferredLocale: z.enum(LOCALES, { message: 'invalid' }),
});

/** Name, sign-in address and the language of the set-password page, corrected by an admin. */
export const updateUserSchema = z.object({
  id: z.uuid('invalid'),
  name: nameSchema,
  email: emailSchema,
  preferredLocale: z.enum(LOCALES, { message: 'invalid' }),
});

export const changeRoleSchema = z.object({ id: z.uuid('invalid'), role: roleSchema, confirmSelf });
