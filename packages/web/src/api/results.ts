// PVT, MAP and Z-route results of a case (server: src/routes/results.ts).
import { api } from './client.ts';

export const resultKinds = ['pvt', 'map', 'zroute'] as const;
export type ResultKind = (typeof resultKinds)[number];

export interface Culpability {
  on: string;
  required: boolean;
  allowed: boolean;
  noAllowed: boolean;
  /** Dutch, from the rules core. */
  explanation: string;
}

export interface ResultDuoStatus {
  messageId: string;
  berichtId: string;
  status: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface Result {
  kind: ResultKind;
  label: string;
  completedOn: string | null;
  culpable: boolean | null;
  note: string | null;
  /** 0 while never recorded; a change names it (optimistic locking). */
  version: number;
  updatedAt: string | null;
  duo: ResultDuoStatus | null;
  culpability: Culpability | null;
}

export interface ResultsOverview {
  caseId: string;
  bsnKnown: boolean;
  term: { start: string; endExclusive: string } | null;
  hasCurrentPip: boolean;
  currentPipRoute: string | null;
  results: Result[];
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/results`;

/** `on`: judge 'verwijtbaar' for that date (the date being entered) instead of today. */
export const getResults = (caseId: string, on?: string) => api.get<ResultsOverview>(on ? `${base(caseId)}?on=${encodeURIComponent(on)}` : base(caseId));
export const recordResult = (caseId: string, kind: ResultKind, body: { version: number; completedOn: string | null; culpable: boolean | null; note?: string | null }) =>
  api.put<ResultsOverview>(`${base(caseId)}/${kind}`, body);
