// Input of closing a case by hand, reopening it, and linking a household.
import { z } from 'zod';
import { closeReasons } from '@koers/domain';
import { isoDate, text } from '../../contract/input-fields.ts';
import { gemeentecodeInput } from '../../gemeenten/gemeente-input.ts';

const version = z.number('Versie ontbreekt').int().min(1);
const note = text().trim().max(2000, 'Toelichting: maximaal 2000 tekens');

export const closeCaseInput = z
  .strictObject({
    reason: z.enum(closeReasons, 'Kies een reden voor het sluiten'),
    effectiveOn: isoDate('Datum: vul een datum in als JJJJ-MM-DD', { to: 'today' }),
    note: note.nullable().optional(),
    /** Verhuisd: the new gemeente (CBS code and name). */
    movedTo: z
      .strictObject({
        code: gemeentecodeInput,
        name: text('Nieuwe gemeente: vul de naam in').trim().min(1, 'Nieuwe gemeente: vul de naam in').max(100, 'Nieuwe gemeente: maximaal 100 tekens'),
      })
      .optional(),
    version,
  })
  .superRefine((v, ctx) => {
    if (v.reason === 'verhuisd' && !v.movedTo) ctx.addIssue({ code: 'custom', path: ['movedTo'], message: 'Nieuwe gemeente: vul de gemeente in waarnaar de persoon is verhuisd' });
    if (v.reason !== 'verhuisd' && v.movedTo) ctx.addIssue({ code: 'custom', path: ['movedTo'], message: 'Nieuwe gemeente: alleen bij de reden ‘verhuisd naar een andere gemeente’' });
  });
export type CloseCaseInput = z.infer<typeof closeCaseInput>;

export const reopenCaseInput = z.strictObject({
  reason: note.min(1, 'Reden: licht toe waarom het dossier wordt heropend'),
  version,
});
export type ReopenCaseInput = z.infer<typeof reopenCaseInput>;

export const householdRelations = ['partner', 'gezinslid'] as const;
export type HouseholdRelation = (typeof householdRelations)[number];

export const householdInput = z.strictObject({
  otherCaseId: z.uuid('Kies het dossier van het gezinslid'),
  relation: z.enum(householdRelations, 'Kies de relatie'),
});
export type HouseholdInput = z.infer<typeof householdInput>;
