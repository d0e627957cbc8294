// Handhaving of a case (server: routes/handhaving.ts, ADR 0132). Amounts and explanations come from
// the server's rules core; the browser only shows them.
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';
import type { components } from './generated/koers-api.ts';

export type HandhavingOverview = components['schemas']['Handhaving'];
export type Violation = components['schemas']['Overtreding'];
export type Fine = components['schemas']['Boete'];
/** A fine DUO imposed (C6), with its effect as the server's rules core computed it. */
export type DuoFine = components['schemas']['DuoBoete'];
export type Explanation = Fine['computation'];
export type Amount = NonNullable<Violation['proposal']>;
export type Remedy = NonNullable<Violation['state']['bezwaar']>;

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

export type ViolationInput = ApiBody<'/api/cases/{id}/handhaving', 'post'>;
/** One step of a violation; the body names its kind. */
export type StepInput = ApiBody<'/api/cases/{id}/handhaving/{violationId}/stappen', 'post'>;

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/handhaving`;
type Written = ApiResponse<'/api/cases/{id}/handhaving/{violationId}/stappen', 'post'>;

export const getHandhaving = (caseId: string) => api.get<HandhavingOverview>(base(caseId));
export const recordViolation = (caseId: string, input: ViolationInput) => api.post<ApiResponse<'/api/cases/{id}/handhaving', 'post', 201>>(base(caseId), input);
export const recordStep = (caseId: string, violationId: string, input: StepInput) =>
  api.post<Written>(`${base(caseId)}/${encodeURIComponent(violationId)}/stappen`, input);
export const decide = (caseId: string, violationId: string, input: ApiBody<'/api/cases/{id}/handhaving/{violationId}/besluit', 'post'>) =>
  api.post<Written>(`${base(caseId)}/${encodeURIComponent(violationId)}/besluit`, input);
export type DuoFineInput = ApiBody<'/api/cases/{id}/handhaving/duo-boetes', 'post'>;
export const recordDuoFine = (caseId: string, input: DuoFineInput) => api.post<DuoFine>(`${base(caseId)}/duo-boetes`, input);
export const updateDuoFine = (
  caseId: string,
  id: string,
  input: ApiBody<'/api/cases/{id}/handhaving/duo-boetes/{duoFineId}', 'put'>,
) => api.put<DuoFine>(`${base(caseId)}/duo-boetes/${encodeURIComponent(id)}`, input);
export const recordCollection = (
  caseId: string,
  fineId: string,
  input: ApiBody<'/api/cases/{id}/handhaving/boetes/{fineId}/inning', 'put'>,
) => api.put<Fine>(`${base(caseId)}/boetes/${encodeURIComponent(fineId)}/inning`, input);
export type OpenHandhavingItem = ApiResponse<'/api/handhaving', 'get'>['items'][number];
export const listOpenHandhaving = () => api.get<ApiResponse<'/api/handhaving', 'get'>>('/api/handhaving');

/** "12,50" or "12.50" or "12" euro → cents; null when it is not an amount. */
export function euroToCents(text: string): number | null {
  const t = text.trim().replace(/^€\s*/, '').replace(/\./g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}
