import { z } from 'zod';
import { text } from '../../contract/input-fields.ts';
import { DUO_TELEFOONNUMMER_PATTERN, roles } from '@koers/domain';
import { newPasswordField } from '../../auth/password-policy.ts';

const gemeenteIds = z.array(z.uuid('Ongeldige gemeente-id')).max(100);

const phoneMessage = 'Telefoonnummer: vul een nummer in zoals DUO het aanneemt (cijfers, eventueel met +, spaties, - of (0)), bijv. 030 123 4567 of +31 (0)30 1234567';
/** Work phone; DUO gets it as the contactpersoon's telefoonnummer, so DUO's pattern applies. '' clears it. */
export const userPhone = text('Telefoonnummer: vul een telefoonnummer in')
  .trim()
  .max(22, 'Telefoonnummer: hoogstens 22 tekens')
  .refine((v) => v === '' || (v.length >= 3 && DUO_TELEFOONNUMMER_PATTERN.test(v)), phoneMessage)
  .nullable()
  .optional();

export const createUserInput = z.strictObject({
  name: text().trim().min(1, 'Vul een naam in').max(200),
  email: z.email('Vul een geldig e-mailadres in').max(254),
  role: z.enum(roles, 'Kies een geldige rol'),
  gemeenteIds,
  password: newPasswordField().optional(),
  phone: userPhone,
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z.strictObject({
  name: text().trim().min(1, 'Vul een naam in').max(200).optional(),
  role: z.enum(roles, 'Kies een geldige rol').optional(),
  gemeenteIds: gemeenteIds.optional(),
  active: z.boolean().optional(),
  phone: userPhone,
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;
