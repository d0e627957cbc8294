import { z } from 'zod';
import { minimumPasswordLength } from '../auth/passwords.ts';

export const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, 'Vul uw huidige wachtwoord in').max(1024),
  newPassword: z
    .string()
    .min(minimumPasswordLength, `Het nieuwe wachtwoord moet minstens ${minimumPasswordLength} tekens lang zijn`)
    .max(1024),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
