import { z } from 'zod';
import { emailField } from '@/lib/email';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/password';

/** Messages are keys of the Validation catalog; params fill their placeholders. */
export const emailSchema = emailField('required');
export const nameSchema = z.string().trim().min(1, 'required').max(120, 'tooLong');
export const roleSchema = z.enum(['writer', 'editor', 'admin'], { message: 'invalid' });

export const newPasswordSchema = z
  .object({
    password: z.string().min(PASSWORD_MIN_LENGTH, 'passwordTooShort').max(PASSWORD_MAX_LENGTH, 'tooLong'),
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, { message: 'passwordMismatch', path: ['passwordConfirm'] });

/** A person's own name, from their account page (the address and the role are an admin's to change). */
export const ownNameSchema = z.object({ name: nameSchema });

/** A person's own new password: the current one first, and a new one that is another. */
export const changeOwnPasswordSchema = z
  .object({ currentPassword: z.string().min(1, 'required').max(PASSWORD_MAX_LENGTH, 'tooLong') })
  .and(newPasswordSchema)
  .refine((v) => v.password !== v.currentPassword, { message: 'passwordUnchanged', path: ['password'] });
