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
