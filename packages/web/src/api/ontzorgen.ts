// Financieel ontzorgen (server: src/routes/ontzorgen.ts): the case part and /financien.
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';
import type { components } from './generated/koers-api.ts';

export const fixedCostKinds = ['huur', 'energie', 'water', 'zorgverzekering', 'overig'] as const;
export type FixedCostKind = (typeof fixedCostKinds)[number];
export const checkpointOutcomes = ['verlengen', 'afbouwen', 'opschalen', 'teruggeven'] as const;
export type CheckpointOutcome = (typeof checkpointOutcomes)[number];
export type Ontzorgen = components['schemas']['Ontzorgen'];
export type ReliefPayment = components['schemas']['BetalingOntzorgen'];
export type Agreement = NonNullable<Ontzorgen['agreement']>;
export type AgreementBody = ApiBody<'/api/cases/{id}/ontzorgen', 'put'>;
/** A fixed cost as the agreement form sends it. */
export type FixedCost = NonNullable<AgreementBody['fixedCosts']>[number];
export type Executor = AgreementBody['executor'];
export type CheckpointBody = ApiBody<'/api/cases/{id}/ontzorgen/ijkmomenten', 'post'>;

export type PartnerReportStatus = ApiBody<'/api/budgetbeheer/afspraken/{id}/maanden/{month}', 'put'>['status'];
export const partnerProblemKinds = ['achterstand', 'adres-gewijzigd', 'inkomen-gewijzigd', 'geen-contact', 'overig'] as const;
export type PartnerProblemKind = (typeof partnerProblemKinds)[number];
/** What a budgetbeheer partner sees of one agreement (server: partner-support.ts): payees, amounts, the period. */
export type PartnerAgreement = components['schemas']['BudgetbeheerAfspraak'];
export type PartnerProblem = PartnerAgreement['problems'][number];

/** The result of reading a bank file (pain.002 or camt.054) for a batch. */
export type BankImportReport = components['schemas']['BankbestandVerwerkt'];
export type Batch = components['schemas']['BetaalbatchOntzorgen'];
export type FinanceOverview = components['schemas']['FinancienOverzicht'];

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/ontzorgen`;
export const getOntzorgen = (caseId: string) => api.get<Ontzorgen>(base(caseId));
export const saveAgreement = (caseId: string, body: AgreementBody) => api.put<Ontzorgen>(base(caseId), body);
export const holdCheckpoint = (caseId: string, body: CheckpointBody) => api.post<Ontzorgen>(`${base(caseId)}/ijkmomenten`, body);

export const getFinance = (gemeenteId: string, month: string) => api.get<FinanceOverview>(`/api/financien?gemeenteId=${encodeURIComponent(gemeenteId)}&month=${encodeURIComponent(month)}`);
export const proposeBatch = (body: ApiBody<'/api/financien/batches', 'post'>) => api.post<Batch>('/api/financien/batches', body);
export const approveBatch = (id: string, version: number) => api.post<Batch>(`/api/financien/batches/${encodeURIComponent(id)}/goedkeuring`, { version });
export const recordPaymentStatus = (id: string, body: ApiBody<'/api/financien/betalingen/{id}', 'patch'>) => api.patch<ReliefPayment>(`/api/financien/betalingen/${encodeURIComponent(id)}`, body);
export const sepaFileUrl = (batchId: string) => `/api/financien/batches/${encodeURIComponent(batchId)}/sepa.xml`;
export const exportUrl = (gemeenteId: string, month: string, format: 'csv' | 'xlsx') => `/api/financien/export?gemeenteId=${encodeURIComponent(gemeenteId)}&month=${encodeURIComponent(month)}&format=${format}`;
export const importBankFile = (batchId: string, bestand: string) => api.post<BankImportReport>(`/api/financien/batches/${encodeURIComponent(batchId)}/bankbestand`, { bestand });
export const resolvePartnerProblem = (caseId: string, problemId: string, version: number) =>
  api.patch<ApiResponse<'/api/cases/{id}/ontzorgen/problemen/{problemId}', 'patch'>>(`${base(caseId)}/problemen/${encodeURIComponent(problemId)}`, { version });

export const getPartnerAgreements = () => api.get<ApiResponse<'/api/budgetbeheer', 'get'>>('/api/budgetbeheer');
export const reportPartnerMonth = (caseId: string, month: string, body: ApiBody<'/api/budgetbeheer/afspraken/{id}/maanden/{month}', 'put'>) =>
  api.put<PartnerAgreement>(`/api/budgetbeheer/afspraken/${encodeURIComponent(caseId)}/maanden/${encodeURIComponent(month)}`, body);
export const signalPartnerProblem = (caseId: string, body: ApiBody<'/api/budgetbeheer/afspraken/{id}/problemen', 'post'>) => api.post<PartnerAgreement>(`/api/budgetbeheer/afspraken/${encodeURIComponent(caseId)}/problemen`, body);
