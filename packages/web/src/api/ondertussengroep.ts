// The light process of the ondertussengroep (Wi2013, ELIP) of a case (server: src/routes/ondertussengroep.ts).
import { api } from './client.ts';

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

export interface SupportOffer {
  kind: SupportOfferKind;
  description: string | null;
  provider: string | null;
  startOn: string | null;
  endOn: string | null;
}

export interface OntheffingRequest {
  id: string;
  ground: OntheffingGround;
  status: OntheffingStatus;
  requestedOn: string | null;
  duoDecisionOn: string | null;
  note: string | null;
  noteHidden: boolean;
  version: number;
  updatedAt: string;
}

export interface Ondertussengroep {
  caseId: string;
  regime: string | null;
  process: 'wi2021' | 'licht';
  applies: boolean;
  elip: boolean;
  steps: Array<{ step: string; allowed: boolean; explanation: string }>;
  duoTerm: { start: string | null; endExclusive: string | null };
  plan: {
    exists: boolean;
    status: SupportPlanStatus;
    goal: string | null;
    offers: SupportOffer[];
    dutyEndOn: string | null;
    loanStatus: LoanStatus;
    loanStatusOn: string | null;
    /** 0 while the case has no plan (optimistic locking). */
    version: number;
    updatedAt: string | null;
  };
  ontheffingen: OntheffingRequest[];
  /** Dutch reasons from the rules core. */
  signals: Array<{ kind: string; label: string; dueOn: string; deadline: string | null; reason: string }>;
}

export interface SupportPlanBody {
  version: number;
  status: SupportPlanStatus;
  goal: string | null;
  offers: SupportOffer[];
  dutyEndOn: string | null;
  loanStatus: LoanStatus;
}

export interface OntheffingBody {
  ground: OntheffingGround;
  status: OntheffingStatus;
  requestedOn: string | null;
  duoDecisionOn: string | null;
  note: string | null;
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/ondertussengroep`;

export const getOndertussengroep = (caseId: string) => api.get<Ondertussengroep>(base(caseId));
export const saveSupportPlan = (caseId: string, body: SupportPlanBody) => api.put<Ondertussengroep>(`${base(caseId)}/plan`, body);
export const recordOntheffing = (caseId: string, body: OntheffingBody) => api.post<OntheffingRequest>(`${base(caseId)}/ontheffingen`, body);
export const updateOntheffing = (caseId: string, requestId: string, body: OntheffingBody & { version: number }) =>
  api.patch<OntheffingRequest>(`${base(caseId)}/ontheffingen/${encodeURIComponent(requestId)}`, body);
