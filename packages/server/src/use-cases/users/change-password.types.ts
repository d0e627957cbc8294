import { z } from 'zod';
import { text } from '../../contract/input-fields.ts';
import { newPasswordField } from '../../auth/password-policy.ts';

export const changePasswordInput = z.strictObject({
  currentPassword: text().min(1, 'Vul uw huidige wachtwoord in').max(1024),
  newPassword: newPasswordField(),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
