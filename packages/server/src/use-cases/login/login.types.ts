import { z } from 'zod';
import { text } from '../../contract/input-fields.ts';

export const loginInput = z.strictObject({
  email: text().trim().min(1, 'Vul uw e-mailadres in').max(254),
  password: text().min(1, 'Vul uw wachtwoord in').max(1024),
});
export type LoginInput = z.infer<typeof loginInput>;
