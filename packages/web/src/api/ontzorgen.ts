// Financieel ontzorgen (server: src/routes/ontzorgen.ts): the case part and /financien.
import { api } from './client.ts';

export const fixedCostKinds = ['huur', 'energie', 'water', 'zorgverzekering', 'overig'] as const;
export type FixedCostKind = (typeof fixedCostKinds)[number];
export const checkpointOutcomes = ['verlengen', 'afbouwen', 'opschalen', 'teruggeven'] as const;
export type CheckpointOutcome = (typeof checkpointOutcomes)[number];
export type Executor = 'gemeente' | 'budgetbeheer';

export interface FixedCost {
  id?: string;
  kind: FixedCostKind;
  payeeName: string;
  iban: string;
  reference: string;
  amountCents: number;
  dayOfMonth: number;
}

export interface ReliefPayment {
  id: string;
  batchId: string;
  caseId: string;
  month: string;
  kind: string;
  kindLabel: string;
  payeeName: string;
  iban: string;
  reference: string;
  amountCents: number;
  executionDate: string;
  status: 'voorgesteld' | 'goedgekeurd' | 'betaald' | 'geweigerd';
  statusLabel: string;
  rejectionReason: string | null;
  version: number;
}

export interface Ontzorgen {
  caseId: string;
  relief: { applies: boolean; explanation: string; steps: string[]; from: string | null; localToExclusive: string | null };
  bijstandFromSuggestion: string | null;
  checkpointMonths: number[];
  agreement: {
    status: 'actief' | 'geweigerd' | 'beeindigd';
    statusLabel: string;
    pipId: string | null;
    bijstandFrom: string;
    bijstandMonthlyCents: number;
    fixedCosts: (Required<FixedCost> & { kindLabel: string })[];
    totalFixedCents: number;
    remainderCents: number;
    blockedReason: string | null;
    executor: Executor;
    executorLabel: string;
    partnerName: string | null;
    startMonth: string;
    endMonthExclusive: string;
    explanation: string;
    refusalNote: string | null;
    housedOn: string | null;
    trainingPlannedOn: string | null;
    trainingAttendedOn: string | null;
    version: number;
    updatedAt: string;
  } | null;
  checkpoints: { dueOn: string; held: { heldOn: string; outcome: CheckpointOutcome; outcomeLabel: string; note: string | null; extensionMonths: number | null; handBackMonth: string | null } | null; lapsed: boolean }[];
  payments: ReliefPayment[];
  partnerReports: { month: string; status: PartnerReportStatus; statusLabel: string; reason: string | null }[];
  partnerProblems: (PartnerProblem & { version: number })[];
}

export type PartnerReportStatus = 'uitgevoerd' | 'niet-uitgevoerd';
export const partnerProblemKinds = ['achterstand', 'adres-gewijzigd', 'inkomen-gewijzigd', 'geen-contact', 'overig'] as const;
export type PartnerProblemKind = (typeof partnerProblemKinds)[number];
export interface PartnerProblem {
  id: string;
  kind: PartnerProblemKind;
  kindLabel: string;
  note: string;
  reportedOn: string;
  resolvedOn: string | null;
}

/** What a budgetbeheer partner sees of one agreement (server: partner-support.ts): payees, amounts, the period. */
export interface PartnerAgreement {
  caseId: string;
  name: string;
  status: string;
  statusLabel: string;
  startMonth: string;
  endMonthExclusive: string;
  fixedCosts: { kindLabel: string; payeeName: string; iban: string; reference: string; amountCents: number; dayOfMonth: number }[];
  totalCents: number;
  months: { month: string; reportDueOn: string; report: { status: PartnerReportStatus; statusLabel: string; reason: string | null; version: number } | null }[];
  problems: PartnerProblem[];
}

/** The result of reading a bank file (pain.002 or camt.054) for a batch. */
export interface BankImportReport {
  kind: 'pain.002' | 'camt.054';
  kindLabel: string;
  paid: number;
  rejected: number;
  unchanged: number;
  notProcessed: number;
  lines: { endToEndId: string | null; payeeName: string | null; amountCents: number | null; bankStatus: string; outcome: 'betaald' | 'geweigerd' | 'ongewijzigd' | 'niet-verwerkt'; outcomeLabel: string; reason: string | null }[];
}

export interface AgreementBody {
  version: number;
  status: 'actief' | 'geweigerd';
  bijstandFrom: string;
  bijstandMonthlyCents: number;
  fixedCosts: FixedCost[];
  executor: Executor;
  partnerName: string | null;
  refusalNote: string | null;
  housedOn: string | null;
  trainingPlannedOn: string | null;
  trainingAttendedOn: string | null;
}

export interface CheckpointBody {
  version: number;
  dueOn: string;
  outcome: CheckpointOutcome;
  note: string | null;
  extensionMonths: number | null;
  handBackMonth: string | null;
}

interface Person {
  caseId: string;
  name: string;
  caseNumber: string | null;
}
export interface Batch {
  id: string;
  month: string;
  status: 'voorstel' | 'goedgekeurd';
  statusLabel: string;
  debtorName: string;
  debtorIban: string;
  debtorBic: string | null;
  totalCents: number;
  paymentCount: number;
  flagged: { caseId: string; name: string; reason: string }[];
  createdBy: string;
  createdAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  messageId: string | null;
  version: number;
}
export interface FinanceOverview {
  gemeente: { id: string; name: string };
  month: string;
  batches: (Batch & { payments: (ReliefPayment & Person)[] })[];
  rejected: (ReliefPayment & Person)[];
  agreementsEnding: (Person & { endMonthExclusive: string; executor: string })[];
  checkpointsDue: (Person & { dueOn: string })[];
  activeAgreements: number;
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/ontzorgen`;
export const getOntzorgen = (caseId: string) => api.get<Ontzorgen>(base(caseId));
export const saveAgreement = (caseId: string, body: AgreementBody) => api.put<Ontzorgen>(base(caseId), body);
export const holdCheckpoint = (caseId: string, body: CheckpointBody) => api.post<Ontzorgen>(`${base(caseId)}/ijkmomenten`, body);

export const getFinance = (gemeenteId: string, month: string) => api.get<FinanceOverview>(`/api/financien?gemeenteId=${encodeURIComponent(gemeenteId)}&month=${encodeURIComponent(month)}`);
export const proposeBatch = (body: { gemeenteId: string; month: string }) => api.post<Batch>('/api/financien/batches', body);
export const approveBatch = (id: string, version: number) => api.post<Batch>(`/api/financien/batches/${encodeURIComponent(id)}/goedkeuring`, { version });
export const recordPaymentStatus = (id: string, body: { version: number; status: 'betaald' | 'geweigerd'; reason: string | null }) => api.patch<ReliefPayment>(`/api/financien/betalingen/${encodeURIComponent(id)}`, body);
export const sepaFileUrl = (batchId: string) => `/api/financien/batches/${encodeURIComponent(batchId)}/sepa.xml`;
export const exportUrl = (gemeenteId: string, month: string, format: 'csv' | 'xlsx') => `/api/financien/export?gemeenteId=${encodeURIComponent(gemeenteId)}&month=${encodeURIComponent(month)}&format=${format}`;
export const importBankFile = (batchId: string, bestand: string) => api.post<BankImportReport>(`/api/financien/batches/${encodeURIComponent(batchId)}/bankbestand`, { bestand });
export const resolvePartnerProblem = (caseId: string, problemId: string, version: number) =>
  api.patch<{ id: string; resolvedOn: string; version: number }>(`${base(caseId)}/problemen/${encodeURIComponent(problemId)}`, { version });

export const getPartnerAgreements = () => api.get<{ agreements: PartnerAgreement[] }>('/api/budgetbeheer');
export const reportPartnerMonth = (caseId: string, month: string, body: { version: number; status: PartnerReportStatus; reason: string | null }) =>
  api.put<PartnerAgreement>(`/api/budgetbeheer/afspraken/${encodeURIComponent(caseId)}/maanden/${encodeURIComponent(month)}`, body);
export const signalPartnerProblem = (caseId: string, body: { kind: PartnerProblemKind; note: string }) => api.post<PartnerAgreement>(`/api/budgetbeheer/afspraken/${encodeURIComponent(caseId)}/problemen`, body);
