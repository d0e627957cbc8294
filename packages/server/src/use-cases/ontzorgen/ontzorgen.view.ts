// What the API returns for financieel ontzorgen (B15; ADR 0136, 0137, 0147): the case part, the
// payments and batches of /financien, a bank file read, and the budgetbeheer partner's limited view.
// The builders live with their use cases (ontzorgen-support, finance-support, partner-support).
import { z } from 'zod';
import { agreementStatuses, checkpointOutcomes, fixedCostKinds, reliefExecutors } from '@koers/domain';

const nullableString = z.string().nullable();

export const paymentViewSchema = z
  .object({
    id: z.string(),
    batchId: z.string(),
    caseId: z.string(),
    month: z.string(),
    kind: z.string(),
    kindLabel: z.string(),
    payeeName: z.string(),
    iban: z.string(),
    reference: z.string(),
    amountCents: z.number().int(),
    executionDate: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    rejectionReason: nullableString,
    version: z.number(),
  })
  .meta({ id: 'BetalingOntzorgen' });
export type PaymentView = z.output<typeof paymentViewSchema>;

/** A payment on /financien, with whom it is for. */
export const personPaymentViewSchema = paymentViewSchema.extend({ name: z.string(), caseNumber: nullableString });
export type PersonPaymentView = z.output<typeof personPaymentViewSchema>;

const partnerProblemSchema = z.object({ id: z.string(), kind: z.string(), kindLabel: z.string(), note: z.string(), reportedOn: z.string(), resolvedOn: nullableString });

/** The budgetbeheer partner's view (ADR 0147): nothing of the case beyond the name, payees, amounts and period. */
export const partnerAgreementViewSchema = z
  .object({
    caseId: z.string(),
    name: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    startMonth: z.string(),
    endMonthExclusive: z.string(),
    fixedCosts: z.array(z.object({ kindLabel: z.string(), payeeName: z.string(), iban: z.string(), reference: z.string(), amountCents: z.number().int(), dayOfMonth: z.number().int() })),
    totalCents: z.number().int(),
    months: z.array(z.object({ month: z.string(), reportDueOn: z.string(), report: z.object({ status: z.string(), statusLabel: z.string(), reason: nullableString, version: z.number() }).nullable() })),
    problems: z.array(partnerProblemSchema),
  })
  .meta({ id: 'BudgetbeheerAfspraak' });
export type PartnerAgreementView = z.output<typeof partnerAgreementViewSchema>;

export const partnerAgreementListSchema = z.object({ agreements: z.array(partnerAgreementViewSchema) });
export type PartnerAgreementList = z.output<typeof partnerAgreementListSchema>;

/** A partner's melding marked as handled. */
export const resolvedPartnerProblemSchema = z.object({ id: z.string(), resolvedOn: z.string(), version: z.number() });
export type ResolvedPartnerProblem = z.output<typeof resolvedPartnerProblemSchema>;

/** What reading a bank file did with one of its lines. */
export const bankLineOutcomes = ['betaald', 'geweigerd', 'ongewijzigd', 'niet-verwerkt'] as const;

export const bankImportReportSchema = z
  .object({
    kind: z.string(),
    kindLabel: z.string(),
    paid: z.number().int(),
    rejected: z.number().int(),
    unchanged: z.number().int(),
    notProcessed: z.number().int(),
    lines: z.array(
      z.object({
        endToEndId: nullableString,
        payeeName: nullableString,
        amountCents: z.number().int().nullable(),
        bankStatus: z.string(),
        outcome: z.enum(bankLineOutcomes),
        outcomeLabel: z.string(),
        reason: nullableString,
      }),
    ),
  })
  .meta({ id: 'BankbestandVerwerkt' });
export type BankImportReport = z.output<typeof bankImportReportSchema>;

const fixedCostSchema = z.object({ id: z.string(), kind: z.enum(fixedCostKinds), kindLabel: z.string(), payeeName: z.string(), iban: z.string(), reference: z.string(), amountCents: z.number().int(), dayOfMonth: z.number().int() });

export const ontzorgenViewSchema = z
  .object({
    caseId: z.string(),
    relief: z.object({ applies: z.boolean(), explanation: z.string(), steps: z.array(z.string()), from: nullableString, localToExclusive: nullableString }),
    bijstandFromSuggestion: nullableString,
    checkpointMonths: z.array(z.number()),
    agreement: z
      .object({
        status: z.enum(agreementStatuses),
        statusLabel: z.string(),
        pipId: nullableString,
        bijstandFrom: z.string(),
        bijstandMonthlyCents: z.number().int(),
        fixedCosts: z.array(fixedCostSchema),
        totalFixedCents: z.number().int(),
        remainderCents: z.number().int(),
        blockedReason: nullableString,
        executor: z.enum(reliefExecutors),
        executorLabel: z.string(),
        partnerName: nullableString,
        startMonth: z.string(),
        endMonthExclusive: z.string(),
        explanation: z.string(),
        refusalNote: nullableString,
        housedOn: nullableString,
        trainingPlannedOn: nullableString,
        trainingAttendedOn: nullableString,
        version: z.number(),
        updatedAt: z.string(),
      })
      .nullable(),
    checkpoints: z.array(
      z.object({
        dueOn: z.string(),
        held: z.object({ dueOn: z.string(), heldOn: z.string(), outcome: z.enum(checkpointOutcomes), outcomeLabel: z.string(), note: nullableString, extensionMonths: z.number().nullable(), handBackMonth: nullableString }).nullable(),
        lapsed: z.boolean(),
      }),
    ),
    payments: z.array(paymentViewSchema),
    partnerReports: z.array(z.object({ month: z.string(), status: z.string(), statusLabel: z.string(), reason: nullableString })),
    partnerProblems: z.array(partnerProblemSchema.extend({ version: z.number() })),
  })
  .meta({ id: 'Ontzorgen' });
export type OntzorgenView = z.output<typeof ontzorgenViewSchema>;

export const batchViewSchema = z
  .object({
    id: z.string(),
    month: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    debtorName: z.string(),
    debtorIban: z.string(),
    debtorBic: nullableString,
    totalCents: z.number().int(),
    paymentCount: z.number().int(),
    /** Cases the proposal leaves out, with the reason. */
    flagged: z.array(z.object({ caseId: z.string(), name: z.string(), reason: z.string() })),
    createdBy: z.string(),
    createdAt: z.string(),
    approvedBy: nullableString,
    approvedAt: nullableString,
    messageId: nullableString,
    version: z.number(),
  })
  .meta({ id: 'BetaalbatchOntzorgen' });
export type BatchView = z.output<typeof batchViewSchema>;

const who = { caseId: z.string(), name: z.string(), caseNumber: nullableString };
export const financeOverviewSchema = z
  .object({
    gemeente: z.object({ id: z.string(), name: z.string() }),
    month: z.string(),
    batches: z.array(batchViewSchema.extend({ payments: z.array(personPaymentViewSchema) })),
    rejected: z.array(personPaymentViewSchema),
    agreementsEnding: z.array(z.object({ ...who, endMonthExclusive: z.string(), executor: z.enum(reliefExecutors) })),
    checkpointsDue: z.array(z.object({ ...who, dueOn: z.string() })),
    activeAgreements: z.number().int(),
  })
  .meta({ id: 'FinancienOverzicht' });
export type FinanceOverview = z.output<typeof financeOverviewSchema>;
