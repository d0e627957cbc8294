import { z } from 'zod';
import { isValidBsn, isValidVNumber } from '@koers/domain';

const isoDate = z.iso.date('Vul een datum in als JJJJ-MM-DD');

export const createCaseInput = z
  .strictObject({
    gemeenteId: z.uuid('Kies een gemeente'),
    bsn: z.string().trim().refine(isValidBsn, 'Dit is geen geldig BSN (9 cijfers en de elfproef)').optional(),
    vNumber: z.string().trim().refine(isValidVNumber, 'Dit is geen geldig V-nummer (10 cijfers)').optional(),
    givenNames: z.string().trim().min(1, 'Vul de voornamen in').max(200),
    familyName: z.string().trim().min(1, 'Vul de achternaam in').max(200),
    birthDate: isoDate,
    nationality: z.string().regex(/^[A-Z]{2}$/, 'Vul de nationaliteit in als landcode van twee letters (ISO 3166-1), bijv. SY'),
    permit: z.enum(['asiel', 'regulier'], 'Kies asiel of regulier'),
  })
  .refine((v) => v.bsn !== undefined || v.vNumber !== undefined, { message: 'Vul een BSN of V-nummer in', path: ['bsn'] });
export type CreateCaseInput = z.infer<typeof createCaseInput>;

export const updateCaseInput = z.strictObject({
  version: z.number().int().min(1),
  bsn: z.string().trim().refine(isValidBsn, 'Dit is geen geldig BSN (9 cijfers en de elfproef)').nullable().optional(),
  vNumber: z.string().trim().refine(isValidVNumber, 'Dit is geen geldig V-nummer (10 cijfers)').nullable().optional(),
  givenNames: z.string().trim().min(1).max(200).optional(),
  familyName: z.string().trim().min(1).max(200).optional(),
  birthDate: isoDate.optional(),
  nationality: z.string().regex(/^[A-Z]{2}$/, 'Landcode van twee letters (ISO 3166-1)').optional(),
  permit: z.enum(['asiel', 'regulier']).optional(),
  reason: z.string().trim().max(1000).optional(),
});
export type UpdateCaseInput = z.infer<typeof updateCaseInput>;
