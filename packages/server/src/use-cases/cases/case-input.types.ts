import { z } from 'zod';
import { birthDate, text, isoDate as dateField } from '../../contract/input-fields.ts';
import { isValidBsn, isValidVNumber } from '@koers/domain';

const isoDate = dateField('Vul een datum in als JJJJ-MM-DD');
const optionalDate = isoDate.nullable().optional();

export const caseSources = ['handmatig', 'coa', 'duo', 'verhuizing', 'import'] as const;
export type CaseSource = (typeof caseSources)[number];
export const permitPurposes = ['non-temporary', 'temporary', 'religious-worker'] as const;

/** Fields of a registration besides identity and name; shared by hand entry, the COA import and DUO. */
const registrationFields = {
  permitPurpose: z.enum(permitPurposes, 'Kies een verblijfsdoel').nullable().optional(),
  joinsProtectedHolder: z.boolean().optional(),
  euFamilyMember: z.boolean().optional(),
  linkedOn: optionalDate,
  dutyStartOn: optionalDate,
  duoNoticeOn: optionalDate,
  registeredOn: optionalDate,
  movedInOn: optionalDate,
  housedOn: optionalDate,
  thirdPartyInfoReceivedOn: optionalDate,
  coaReference: text().trim().max(100).nullable().optional(),
  coaLocation: text().trim().max(200).nullable().optional(),
  phone: text().trim().max(40).regex(/^[+0-9 ()-]*$/, 'Vul een telefoonnummer in met alleen cijfers, spaties, +, - of haakjes').nullable().optional(),
  email: z.union([z.email('Vul een geldig e-mailadres in'), z.literal('')]).nullable().optional(),
  address: text().trim().max(300).nullable().optional(),
  preferredLanguage: text().trim().max(60).nullable().optional(),
  interpreterNeeded: z.boolean().optional(),
};

const bsn = text().trim().refine(isValidBsn, 'Dit is geen geldig BSN (9 cijfers en de elfproef)');
const vNumber = text().trim().refine(isValidVNumber, 'Dit is geen geldig V-nummer (10 cijfers)');
const nationality = text().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'Vul de nationaliteit in als landcode van twee letters (ISO 3166-1), bijv. SY');

export const createCaseInput = z
  .strictObject({
    gemeenteId: z.uuid('Kies een gemeente'),
    bsn: bsn.optional(),
    vNumber: vNumber.optional(),
    givenNames: text().trim().min(1, 'Vul de voornamen in').max(200),
    familyName: text().trim().min(1, 'Vul de achternaam in').max(200),
    birthDate: birthDate(),
    nationality,
    permit: z.enum(['asiel', 'regulier'], 'Kies asiel of regulier'),
    caseManagerId: z.uuid('Kies een trajectregisseur').nullable().optional(),
    ...registrationFields,
  })
  .refine((v) => v.bsn !== undefined || v.vNumber !== undefined, { message: 'Vul een BSN of V-nummer in', path: ['bsn'] });
export type CreateCaseInput = z.infer<typeof createCaseInput>;

/** What every registration path hands to `registerNewcomer`. */
export type RegistrationInput = Omit<CreateCaseInput, 'caseManagerId'> & { caseManagerId?: string | null; source: CaseSource };

export const updateCaseInput = z.strictObject({
  version: z.number().int().min(1),
  bsn: bsn.nullable().optional(),
  vNumber: vNumber.nullable().optional(),
  givenNames: text().trim().min(1, 'Vul de voornamen in').max(200).optional(),
  familyName: text().trim().min(1, 'Vul de achternaam in').max(200).optional(),
  birthDate: birthDate().optional(),
  nationality: nationality.optional(),
  permit: z.enum(['asiel', 'regulier'], 'Kies asiel of regulier').optional(),
  ...registrationFields,
  reason: text().trim().max(1000).optional(),
});
export type UpdateCaseInput = z.infer<typeof updateCaseInput>;

export const caseManagerInput = z.strictObject({
  /** Optimistic locking: the case's version as read. */
  version: z.number('Vul de versie in die u las').int().min(1),
  caseManagerId: z.uuid('Kies een trajectregisseur').nullable(),
});
export type CaseManagerInput = z.infer<typeof caseManagerInput>;

export const assignmentInput = z.strictObject({
  userId: z.uuid('Kies een partner'),
  kind: z.enum(['begeleiding', 'taalaanbieder', 'budgetbeheer'], 'Kies begeleiding, taalaanbieder of budgetbeheer'),
});
export type AssignmentInput = z.infer<typeof assignmentInput>;
