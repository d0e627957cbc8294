// Inputs of financieel ontzorgen (B15; ADR 0136, 0137).
import { z } from 'zod';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { checkpointOutcomes, fixedCostKinds, partnerProblemKinds, partnerReportStatuses, reliefExecutors } from '@koers/domain';
import { text, isoDate as dateField } from '../../contract/input-fields.ts';

const isoDate = dateField('Vul een datum in als JJJJ-MM-DD');
const version = z.number('Vul de versie in die u las').int().min(0);
const cents = (label: string) => z.number(`Vul ${label} in (in centen)`).int('Een bedrag in hele centen').min(0, 'Mag niet negatief zijn').max(10_000_000, 'Hoogstens € 100.000');
export const isoMonth = text('Vul een maand in als JJJJ-MM').regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'Vul een maand in als JJJJ-MM');

/** An IBAN validated with ibantools (check digits, country length), stored in electronic format. */
export const iban = text('Vul een IBAN in')
  .transform((v) => electronicFormatIBAN(v) ?? '')
  .refine((v) => isValidIBAN(v), 'Dit is geen geldig IBAN (controleer de cijfers)');

export const fixedCostInput = z.strictObject({
  /** Kept from the version read; a new cost gets one. */
  id: z.uuid('Ongeldige id').optional(),
  kind: z.enum(fixedCostKinds, 'Kies een soort vaste last'),
  payeeName: text('Vul de naam van de ontvanger in').trim().min(1, 'Vul de naam van de ontvanger in').max(70, 'Maximaal 70 tekens'),
  iban,
  reference: text().trim().max(140, 'Maximaal 140 tekens').default(''),
  amountCents: cents('het bedrag').min(1, 'Vul een bedrag groter dan nul in'),
  dayOfMonth: z.number('Vul de dag van de maand in').int().min(1, 'Een dag van 1 tot en met 31').max(31, 'Een dag van 1 tot en met 31'),
});

export const saveAgreementInput = z.strictObject({
  /** 0: a new agreement. */
  version,
  /** 'geweigerd': the person refuses ontzorgen (C7: not fineable; noted for the bijstand consulent). */
  status: z.enum(['actief', 'geweigerd'], 'Kies of de persoon meedoet of weigert'),
  bijstandFrom: isoDate,
  bijstandMonthlyCents: cents('de bijstand per maand'),
  fixedCosts: z.array(fixedCostInput).max(10, 'Ten hoogste 10 vaste lasten').default([]),
  executor: z.enum(reliefExecutors, 'Kies wie de betalingen doet'),
  partnerName: text().trim().max(200, 'Maximaal 200 tekens').nullable().default(null),
  refusalNote: text().trim().max(2000, 'Maximaal 2000 tekens').nullable().default(null),
  housedOn: isoDate.nullable().default(null),
  trainingPlannedOn: isoDate.nullable().default(null),
  trainingAttendedOn: isoDate.nullable().default(null),
});
export type SaveAgreementInput = z.infer<typeof saveAgreementInput>;

export const holdCheckpointInput = z.strictObject({
  version,
  dueOn: isoDate,
  outcome: z.enum(checkpointOutcomes, 'Kies de uitkomst van het ijkmoment'),
  note: text().trim().max(2000, 'Maximaal 2000 tekens').nullable().default(null),
  extensionMonths: z.number('Vul het aantal maanden in').int().min(1, 'Minstens 1 maand').max(12, 'Hoogstens 12 maanden').nullable().default(null),
  handBackMonth: isoMonth.nullable().default(null),
});
export type HoldCheckpointInput = z.infer<typeof holdCheckpointInput>;

export const financeQuery = z.strictObject({ gemeenteId: z.uuid('Kies een gemeente'), month: isoMonth });
export type FinanceQuery = z.infer<typeof financeQuery>;

/** The debtor account is the gemeente's setting ontzorgenAccount (ADR 0147), not an input. */
export const proposeBatchInput = z.strictObject({
  gemeenteId: z.uuid('Kies een gemeente'),
  month: isoMonth,
});
export type ProposeBatchInput = z.infer<typeof proposeBatchInput>;

export const approveBatchInput = z.strictObject({ version });

export const paymentStatusInput = z
  .strictObject({
    version,
    status: z.enum(['betaald', 'geweigerd'], 'Kies betaald of geweigerd'),
    reason: text().trim().max(500, 'Maximaal 500 tekens').nullable().default(null),
  })
  .refine((v) => v.status !== 'geweigerd' || (v.reason ?? '') !== '', { path: ['reason'], message: 'Vul de reden van de weigering in' });
export type PaymentStatusInput = z.infer<typeof paymentStatusInput>;

/** A bank file (pain.002 or camt.054) as text; the web reads the chosen file. ADR 0148. */
export const bankFileInput = z.strictObject({
  bestand: text('Bankbestand: kies een bestand').min(1, 'Bankbestand: het bestand is leeg').max(5 * 1024 * 1024, 'Bankbestand: het bestand is te groot (hoogstens 5 MB)'),
});
export type BankFileInput = z.infer<typeof bankFileInput>;

/** The budgetbeheer partner's report of one month (ADR 0147); version 0: the first report. */
export const partnerReportInput = z
  .strictObject({
    version,
    status: z.enum(partnerReportStatuses, 'Kies of de betalingen zijn gedaan'),
    reason: text().trim().max(1000, 'Maximaal 1000 tekens').nullable().default(null),
  })
  .refine((v) => v.status !== 'niet-uitgevoerd' || (v.reason ?? '') !== '', { path: ['reason'], message: 'Reden: vul in waarom de betalingen niet (alle) zijn gedaan' });
export type PartnerReportInput = z.infer<typeof partnerReportInput>;
export const partnerMonthParams = z.strictObject({ id: z.uuid('Ongeldige id'), month: isoMonth });

export const partnerProblemInput = z.strictObject({
  kind: z.enum(partnerProblemKinds, 'Soort probleem: kies een soort'),
  note: text('Toelichting: vul een toelichting in').trim().min(1, 'Toelichting: vul een toelichting in').max(2000, 'Toelichting: maximaal 2000 tekens'),
});
export type PartnerProblemInput = z.infer<typeof partnerProblemInput>;
export const problemParams = z.strictObject({ id: z.uuid('Ongeldige id'), problemId: z.uuid('Ongeldige id') });

export const batchParams = z.strictObject({ id: z.uuid('Ongeldige id') });
export const exportQuery = financeQuery.extend({ format: z.enum(['csv', 'xlsx'], 'Kies csv of xlsx') });
