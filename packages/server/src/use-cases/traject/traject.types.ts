// Input of the traject use cases: inburgeringsaanbod (placement) and gevolgde uren.
import { z } from 'zod';
import { text, isoDate as dateField } from '../../contract/input-fields.ts';
import { hoursCategories } from '@koers/domain';

const isoDate = dateField('Vul een datum in als JJJJ-MM-DD');
const reasonText = text().trim().min(1, 'Vul een reden in').max(1000, 'Maximaal 1000 tekens');

export const literacyValues = ['A', 'AA', 'NVT'] as const;

export const registerPlacementInput = z
  .strictObject({
    /** Without a contract: the instelling from DUO's list. With a contract it comes from the contract's provider. */
    instellingsnummer: text().trim().length(10, 'Het instellingsnummer van DUO heeft 10 tekens').optional(),
    /** The organisation's contract the placement is under (ADR 0116). */
    contractId: z.uuid('Contract: kies een contract').optional(),
    /** With a contract: the location and one of its start moments. */
    location: text().trim().min(1, 'Locatie: kies een locatie').max(200).optional(),
    startMoment: isoDate.optional(),
    /** datumInburgeringsaanbod: enrolment with the cursusinstelling. */
    offeredOn: isoDate,
    expectedStartOn: isoDate.optional(),
    expectedEndOn: isoDate.optional(),
    literacy: z.enum(literacyValues, 'Kies A (analfabeet), AA (anders-gealfabetiseerd) of NVT (niet van toepassing)'),
  })
  .superRefine((v, ctx) => {
    if (v.contractId === undefined && v.instellingsnummer === undefined)
      ctx.addIssue({ code: 'custom', path: ['contractId'], message: 'Contract: kies een contract of een instelling uit de lijst van DUO' });
    if (v.contractId !== undefined && v.instellingsnummer !== undefined)
      ctx.addIssue({ code: 'custom', path: ['instellingsnummer'], message: 'Instelling: kies een contract óf een instelling uit de lijst van DUO, niet allebei' });
    if (v.contractId !== undefined && (v.location === undefined || v.startMoment === undefined))
      ctx.addIssue({ code: 'custom', path: [v.location === undefined ? 'location' : 'startMoment'], message: 'Startmoment: kies een locatie en een startmoment van het contract' });
    if (v.expectedStartOn !== undefined && v.expectedStartOn < v.offeredOn)
      ctx.addIssue({ code: 'custom', path: ['expectedStartOn'], message: 'De verwachte startdatum ligt vóór de datum van het aanbod' });
    const from = v.expectedStartOn ?? v.offeredOn;
    if (v.expectedEndOn !== undefined && v.expectedEndOn < from)
      ctx.addIssue({ code: 'custom', path: ['expectedEndOn'], message: 'De verwachte einddatum ligt vóór de start' });
  });
export type RegisterPlacementInput = z.infer<typeof registerPlacementInput>;

export const withdrawPlacementInput = z.strictObject({
  withdrawnOn: isoDate,
  reason: reasonText,
});
export type WithdrawPlacementInput = z.infer<typeof withdrawPlacementInput>;

export const hoursCategory = z.enum(hoursCategories, 'Kies taallesknm, participatieactiviteiten of participatietaalles');

export const recordHoursInput = z.strictObject({
  /** Optimistic locking: the category's version as read; 0 when nothing was recorded. */
  version: z.number('Vul de versie in die u las').int().min(0),
  /** The cumulative total (DUO receives totals, not increments). */
  total: z.number('Vul het totaal aantal uren in').int('Vul een heel aantal uren in').min(0, 'Minimaal 0 uur').max(9999, 'Maximaal 9999 uur'),
  asOf: isoDate,
  /** Required when the total goes down (a correction). */
  reason: reasonText.optional(),
});
export type RecordHoursInput = z.infer<typeof recordHoursInput>;
