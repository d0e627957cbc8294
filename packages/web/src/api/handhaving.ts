// Handhaving of a case (server: routes/handhaving.ts, ADR 0132). Amounts and explanations come from
// the server's rules core; the browser only shows them.
import { api } from './client.ts';

export interface Explanation {
  summary: string;
  steps: readonly { text: string; articles: readonly string[] }[];
  articles: readonly string[];
}
export interface Amount {
  amountCents: number;
  explanation: Explanation;
}
export interface Fine {
  id: string;
  amountCents: number;
  computation: Explanation;
  status: string;
  statusLabel: string;
  collectionStatus: CollectionStatus;
  collectionStatusLabel: string;
  paidCents: number;
  outstandingCents: number;
  collectionNote: string | null;
  version: number;
}
export interface Remedy {
  receivedOn: string;
  outcome: string | null;
  decidedOn: string | null;
  /** The fine before a partial outcome lowered it. */
  loweredFromCents?: number | null;
}
/** A fine DUO imposed (C6), with its effect as the server's rules core computed it. */
export interface DuoFine {
  id: string;
  kind: DuoFineKind;
  kindLabel: string;
  article: string;
  decisionOn: string;
  amountCents: number;
  newTermMonths: number | null;
  newTermEnd: string | null;
  capCents: number | null;
  effect: Explanation;
  documentId: string | null;
  note: string | null;
  source: string;
  withdrawnOn: string | null;
  reviewedOn: string | null;
  version: number;
}
export interface Violation {
  id: string;
  ground: string;
  groundLabel: string;
  article: number;
  establishedOn: string;
  source: { kind: string; kindLabel: string; id: string | null; description: string };
  facts: string;
  stage: string;
  stageLabel: string;
  version: number;
  state: {
    bijstandLowered: { decisionOn: string; documentId: string | null } | null;
    warning: { sentOn: string; respondBy: string } | null;
    voornemen: {
      on: string;
      culpability: string | null;
      motivation: string;
      reduction: { cents: number; reason: string } | null;
      amountCents: number;
      zienswijzeBy: string;
    } | null;
    zienswijze: { form: string; on: string; summary: string } | null;
    beschikking: { notifiedOn: string; amountCents: number; newDeadline: string | null } | null;
    bezwaar: Remedy | null;
    beroep: Remedy | null;
    finalOn: string | null;
  };
  steps: {
    kind: string;
    label: string;
    article: string | null;
    occurredOn: string;
    authorName: string | null;
    documentId: string | null;
    summary: string;
  }[];
  nextSteps: { kind: StepKind | 'besluit'; label: string }[];
  proposal: Amount | null;
  decisionPreview: Amount | null;
  decision: { fine: boolean; on: string; reason: string | null; preparedByName: string | null; decidedByName: string | null } | null;
  fine: Fine | null;
}
export interface HandhavingOverview {
  violations: Violation[];
  term: { capCents: number; imposedCents: number; roomCents: number; overCapCents: number; explanation: Explanation };
  outstandingCents: number;
  duoFines: { items: DuoFine[]; note: string; termEndExclusive: string | null };
  canDecide: boolean;
}

export const violationGrounds = [
  'intake-niet-verschenen',
  'intake-niet-meegewerkt',
  'begeleiding-niet-meegewerkt',
  'intensiteit-pvt',
  'intensiteit-map',
  'intensiteit-leerroute',
] as const;
export type ViolationGround = (typeof violationGrounds)[number];
export const sourceKinds = ['brede-intake', 'voortgangsgesprek', 'aanbiedersrapportage', 'anders'] as const;
export type SourceKind = (typeof sourceKinds)[number];
export const stepKinds = [
  'bijstand-verlaagd',
  'waarschuwing',
  'voornemen',
  'zienswijze',
  'bezwaar',
  'bezwaar-beslist',
  'beroep',
  'beroep-beslist',
  'onherroepelijk',
] as const;
export type StepKind = (typeof stepKinds)[number];
export const culpabilities = ['opzet', 'grove-schuld', 'normaal', 'verminderd'] as const;
export const zienswijzeForms = ['schriftelijk', 'mondeling', 'niet-gegeven'] as const;
export const bezwaarOutcomes = ['ongegrond', 'deels-gegrond', 'gegrond', 'niet-ontvankelijk', 'ingetrokken'] as const;
export const beroepOutcomes = ['in-stand', 'verlaagd', 'vernietigd', 'niet-ontvankelijk', 'ingetrokken'] as const;
export const duoFineKinds = ['pvt-map', 'pvt-map-nieuwe-termijn', 'pvt-map-herhaald', 'leerroute', 'leerroute-nieuwe-termijn', 'leerroute-herhaald'] as const;
export type DuoFineKind = (typeof duoFineKinds)[number];
/** The two-yearly repeat fines set no new termijn (art. 24 lid 4 Wi 2021); the rest do. */
export const startsNewTerm = (kind: DuoFineKind): boolean => !kind.endsWith('-herhaald');
export const collectionStatuses = ['open', 'betaald', 'in-termijnen', 'uit-handen-gegeven', 'kwijtgescholden'] as const;
export type CollectionStatus = (typeof collectionStatuses)[number];

export interface ViolationInput {
  ground: ViolationGround;
  establishedOn: string;
  source: { kind: SourceKind; id?: string | null; description: string };
  facts: string;
  /** Documents of the case file that show the facts (a letter, a report of the provider). */
  evidenceDocumentIds?: string[];
}
export type StepInput = { kind: StepKind; version: number } & Record<string, unknown>;

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/handhaving`;
type Written = { id: string; version: number; documentId?: string | null };

export const getHandhaving = (caseId: string) => api.get<HandhavingOverview>(base(caseId));
export const recordViolation = (caseId: string, input: ViolationInput) => api.post<Written>(base(caseId), input);
export const recordStep = (caseId: string, violationId: string, input: StepInput) =>
  api.post<Written>(`${base(caseId)}/${encodeURIComponent(violationId)}/stappen`, input);
export const decide = (caseId: string, violationId: string, input: { version: number; on: string; fine: boolean; reason: string | null }) =>
  api.post<Written>(`${base(caseId)}/${encodeURIComponent(violationId)}/besluit`, input);
export interface DuoFineInput {
  kind: DuoFineKind;
  decisionOn: string;
  amountCents: number;
  newTermMonths: 6 | 12 | 18 | 24 | null;
  documentId: string | null;
  note: string | null;
}
export const recordDuoFine = (caseId: string, input: DuoFineInput) => api.post<DuoFine>(`${base(caseId)}/duo-boetes`, input);
export const updateDuoFine = (
  caseId: string,
  id: string,
  input: DuoFineInput & { version: number; withdrawnOn: string | null; reviewedOn: string | null },
) => api.put<DuoFine>(`${base(caseId)}/duo-boetes/${encodeURIComponent(id)}`, input);
export const recordCollection = (
  caseId: string,
  fineId: string,
  input: { version: number; collectionStatus: CollectionStatus; paidCents: number; note: string | null },
) => api.put<Fine>(`${base(caseId)}/boetes/${encodeURIComponent(fineId)}/inning`, input);
export interface OpenHandhavingItem {
  violationId: string;
  caseId: string;
  caseNumber: string | null;
  name: string;
  caseManagerName: string | null;
  article: number;
  groundLabel: string;
  establishedOn: string;
  stage: string;
  stageLabel: string;
}
export const listOpenHandhaving = () => api.get<{ items: OpenHandhavingItem[] }>('/api/handhaving');

/** "12,50" or "12.50" or "12" euro → cents; null when it is not an amount. */
export function euroToCents(text: string): number | null {
  const t = text.trim().replace(/^€\s*/, '').replace(/\./g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}
