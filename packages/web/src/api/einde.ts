// The end of the road (server: src/routes/einde.ts): DUO exam results, duty fulfilled, the termijn and its extensions.
import { api } from './client.ts';

export interface Explanation {
  summary: string;
  steps: ReadonlyArray<{ text: string; articles: readonly string[] }>;
  articles: readonly string[];
}

export interface ExamResult {
  id: string;
  onderdeel: string;
  onderdeelLabel: string;
  niveau: string | null;
  resultaat: string;
  resultaatLabel: string;
  examendatum: string;
  receivedAt: string;
  reviewedAt: string | null;
  version: number;
}

export const extensionGrounds = ['niet-verwijtbaar', 'aanzienlijke-inspanningen'] as const;
export type ExtensionGround = (typeof extensionGrounds)[number];

export interface Extension {
  id: string;
  ground: string;
  groundLabel: string;
  requestedOn: string;
  months: number;
  motivation: string | null;
  assessment: { eligible: boolean; explanation: Explanation } | null;
  decision: 'toegekend' | 'afgewezen' | null;
  decidedOn: string | null;
  decisionMotivation: string | null;
  previousEndExclusive: string | null;
  newEndExclusive: string | null;
  documentId: string | null;
  version: number;
}

export interface EindeOverview {
  caseId: string;
  closed: boolean;
  term: { start: string | null; endExclusive: string | null; explanation: Explanation };
  duty: { met: boolean; explanation: Explanation };
  examResults: ExamResult[];
  extensions: Extension[];
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const getEinde = (caseId: string) => api.get<EindeOverview>(`${base(caseId)}/einde`);
export const reviewExamResult = (caseId: string, id: string, version: number) => api.post<EindeOverview>(`${base(caseId)}/exam-results/${encodeURIComponent(id)}/review`, { version });
export const requestExtension = (
  caseId: string,
  body: { ground: ExtensionGround; requestedOn: string; months: number; motivation?: string | null; allLessonsFollowed?: boolean; lessonHours?: number },
) => api.post<EindeOverview>(`${base(caseId)}/term-extensions`, body);
export const decideExtension = (caseId: string, id: string, body: { version: number; decision: 'toegekend' | 'afgewezen'; decidedOn: string; motivation: string }) =>
  api.post<EindeOverview>(`${base(caseId)}/term-extensions/${encodeURIComponent(id)}/decision`, body);
