// The end of the road (server: src/routes/einde.ts): DUO exam results, duty fulfilled, the termijn and its extensions.
import { api } from './client.ts';
import type { ApiResponse } from './generated/index.ts';

export type EindeOverview = ApiResponse<'/api/cases/{id}/einde', 'get'>;
export type Explanation = EindeOverview['term']['explanation'];
export type ExamResult = EindeOverview['examResults'][number];
export type Extension = EindeOverview['extensions'][number];

export const extensionGrounds = ['niet-verwijtbaar', 'aanzienlijke-inspanningen'] as const;
export type ExtensionGround = (typeof extensionGrounds)[number];

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const getEinde = (caseId: string) => api.get<EindeOverview>(`${base(caseId)}/einde`);
export const reviewExamResult = (caseId: string, id: string, version: number) => api.post<EindeOverview>(`${base(caseId)}/exam-results/${encodeURIComponent(id)}/review`, { version });
export const requestExtension = (
  caseId: string,
  body: { ground: ExtensionGround; requestedOn: string; months: number; motivation?: string | null; allLessonsFollowed?: boolean; lessonHours?: number },
) => api.post<EindeOverview>(`${base(caseId)}/term-extensions`, body);
export const decideExtension = (caseId: string, id: string, body: { version: number; decision: 'toegekend' | 'afgewezen'; decidedOn: string; motivation: string }) =>
  api.post<EindeOverview>(`${base(caseId)}/term-extensions/${encodeURIComponent(id)}/decision`, body);
