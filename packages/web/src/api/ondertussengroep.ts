// The light process of the ondertussengroep (Wi2013, ELIP) of a case (server: src/routes/ondertussengroep.ts).
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

export const supportPlanStatuses = ['concept', 'lopend', 'afgerond'] as const;
export type SupportPlanStatus = (typeof supportPlanStatuses)[number];
export const supportOfferKinds = ['extra-taallessen', 'starterz-klas', 'participatie', 'vrijwilligerswerk', 'begeleiding-examen', 'hulp-ontheffingsverzoek', 'anders'] as const;
export type SupportOfferKind = (typeof supportOfferKinds)[number];
export const loanStatuses = ['onbekend', 'lopend', 'bijna-op', 'op'] as const;
export type LoanStatus = (typeof loanStatuses)[number];
export const ontheffingGrounds = ['medisch', 'aantoonbare-inspanningen', 'bijzondere-omstandigheden'] as const;
export type OntheffingGround = (typeof ontheffingGrounds)[number];
export const ontheffingStatuses = ['in-voorbereiding', 'ingediend', 'toegekend', 'afgewezen', 'ingetrokken'] as const;
export type OntheffingStatus = (typeof ontheffingStatuses)[number];

export type Ondertussengroep = ApiResponse<'/api/cases/{id}/ondertussengroep', 'get'>;
export type SupportOffer = Ondertussengroep['plan']['offers'][number];
export type OntheffingRequest = Ondertussengroep['ontheffingen'][number];
export type SupportPlanBody = ApiBody<'/api/cases/{id}/ondertussengroep/plan', 'put'>;
export type OntheffingBody = ApiBody<'/api/cases/{id}/ondertussengroep/ontheffingen', 'post'>;

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/ondertussengroep`;

export const getOndertussengroep = (caseId: string) => api.get<Ondertussengroep>(base(caseId));
export const saveSupportPlan = (caseId: string, body: SupportPlanBody) => api.put<Ondertussengroep>(`${base(caseId)}/plan`, body);
export const recordOntheffing = (caseId: string, body: OntheffingBody) => api.post<OntheffingRequest>(`${base(caseId)}/ontheffingen`, body);
export const updateOntheffing = (caseId: string, requestId: string, body: ApiBody<'/api/cases/{id}/ondertussengroep/ontheffingen/{requestId}', 'patch'>) =>
  api.patch<OntheffingRequest>(`${base(caseId)}/ontheffingen/${encodeURIComponent(requestId)}`, body);
