// PVT, MAP and Z-route results of a case (server: src/routes/results.ts).
import { api } from './client.ts';
import type { ApiResponse } from './generated/index.ts';

export const resultKinds = ['pvt', 'map', 'zroute'] as const;
export type ResultKind = (typeof resultKinds)[number];

export type ResultsOverview = ApiResponse<'/api/cases/{id}/results', 'get'>;
export type Result = ResultsOverview['results'][number];
export type Culpability = NonNullable<Result['culpability']>;
export type ResultDuoStatus = NonNullable<Result['duo']>;

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/results`;

/** `on`: judge 'verwijtbaar' for that date (the date being entered) instead of today. */
export const getResults = (caseId: string, on?: string) => api.get<ResultsOverview>(on ? `${base(caseId)}?on=${encodeURIComponent(on)}` : base(caseId));
export const recordResult = (caseId: string, kind: ResultKind, body: { version: number; completedOn: string | null; culpable: boolean | null; note?: string | null }) =>
  api.put<ResultsOverview>(`${base(caseId)}/${kind}`, body);
