import { z } from 'zod';

export const loginInput = z.strictObject({
  email: z.string().trim().min(1, 'Vul uw e-mailadres in').max(254),
  password: z.string().min(1, 'Vul uw wachtwoord in').max(1024),
});
export type LoginInput = z.infer<typeof loginInput>;
