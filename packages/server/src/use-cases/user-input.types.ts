import { z } from 'zod';
import { roles } from '@koers/domain';
import { minimumPasswordLength } from '../auth/passwords.ts';

const gemeenteIds = z.array(z.uuid('Ongeldige gemeente-id')).max(100);

export const createUserInput = z.strictObject({
  name: z.string().trim().min(1, 'Vul een naam in').max(200),
  email: z.email('Vul een geldig e-mailadres in').max(254),
  role: z.enum(roles, 'Kies een geldige rol'),
  gemeenteIds,
  password: z.string().min(minimumPasswordLength, `Het wachtwoord moet minstens ${minimumPasswordLength} tekens lang zijn`).max(1024).optional(),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z.strictObject({
  name: z.string().trim().min(1, 'Vul een naam in').max(200).optional(),
  role: z.enum(roles, 'Kies een geldige rol').optional(),
  gemeenteIds: gemeenteIds.optional(),
  active: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;
