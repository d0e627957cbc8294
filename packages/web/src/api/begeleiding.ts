// Maatschappelijke begeleiding (R17, ADR 0149): the begeleider's "Mijn cliënten" and the part in the
// case file. Shapes as packages/server/src/routes/begeleiding.ts declares them (OpenAPI "Begeleiding…").
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

export const contactKinds = ['huisbezoek', 'spreekuur', 'telefonisch', 'anders'] as const;
export type ContactKind = (typeof contactKinds)[number];
export const contactTopics = ['wonen', 'zorg', 'werk', 'inkomen', 'verzekeringen', 'onderwijs', 'leefomgeving', 'inburgering', 'anders'] as const;
export type ContactTopic = (typeof contactTopics)[number];

export type Begeleiding = ApiResponse<'/api/cases/{id}/begeleiding', 'get'>;
export type ZrmMatrix = Begeleiding['matrix'];
export type BegeleidingContact = Begeleiding['contacts'][number];
export type ZrmMeasurement = Begeleiding['measurements'][number];
export type BegeleidingProblem = Begeleiding['problems'][number];
export type BegeleidingPeriod = NonNullable<Begeleiding['period']>;
export type ClientListItem = ApiResponse<'/api/begeleiding/clienten', 'get'>[number];
export type Client = ApiResponse<'/api/begeleiding/clienten/{id}', 'get'>;
export type ContactInput = ApiBody<'/api/begeleiding/clienten/{id}/contacten', 'post'>;
export type PeriodInput = ApiBody<'/api/cases/{id}/begeleiding/periode', 'put'>;

const base = (caseId: string) => `/api/begeleiding/clienten/${encodeURIComponent(caseId)}`;

export const getClients = () => api.get<ClientListItem[]>('/api/begeleiding/clienten');
export const getClient = (caseId: string) => api.get<Client>(base(caseId));
export const addContact = (caseId: string, input: ContactInput) => api.post<BegeleidingContact>(`${base(caseId)}/contacten`, input);
export const recordMeasurement = (caseId: string, input: ApiBody<'/api/begeleiding/clienten/{id}/zelfredzaamheid', 'post'>) =>
  api.post<ZrmMeasurement>(`${base(caseId)}/zelfredzaamheid`, input);
export const signalProblem = (caseId: string, text: string) => api.post<BegeleidingProblem>(`${base(caseId)}/problemen`, { text });
export const setPeriodAsBegeleider = (caseId: string, input: PeriodInput) => api.put<BegeleidingPeriod>(`${base(caseId)}/periode`, input);

export const getCaseBegeleiding = (caseId: string) => api.get<Begeleiding>(`/api/cases/${encodeURIComponent(caseId)}/begeleiding`);
export const setPeriodAsRegisseur = (caseId: string, input: PeriodInput) => api.put<BegeleidingPeriod>(`/api/cases/${encodeURIComponent(caseId)}/begeleiding/periode`, input);
export const handleProblem = (caseId: string, problemId: string, input: ApiBody<'/api/cases/{id}/begeleiding/problemen/{problemId}', 'patch'>) =>
  api.patch<BegeleidingProblem>(`/api/cases/${encodeURIComponent(caseId)}/begeleiding/problemen/${encodeURIComponent(problemId)}`, input);
