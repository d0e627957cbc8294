// The traject of a case: inburgeringsaanbod (placements) and gevolgde uren, each with the status of
// its latest DUO message; and DUO's list of instellingen. Shapes as
// packages/server/src/routes/traject.ts declares them (OpenAPI schemas "Traject", "Inburgeringsaanbod", "DuoInstelling").
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

export const hoursCategories = ['taallesknm', 'participatieactiviteiten', 'participatietaalles'] as const;
export type HoursCategory = (typeof hoursCategories)[number];
export const literacyValues = ['NVT', 'A', 'AA'] as const;
export type Literacy = (typeof literacyValues)[number];

export type Traject = ApiResponse<'/api/cases/{id}/traject', 'get'>;
export type Placement = Traject['placements'][number];
export type HoursRow = Traject['hours'][number];
export type TrajectDuoStatus = NonNullable<Placement['duo']>;
export type Instelling = ApiResponse<'/api/duo/instellingen', 'get'>[number];

type PlacementBody = ApiBody<'/api/cases/{id}/placements', 'post'>;
/** A placement at a DUO instelling picked by number. */
export type PlacementInput = PlacementBody & { instellingsnummer: string };
export type HoursInput = ApiBody<'/api/cases/{id}/hours/{category}', 'put'>;

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const getTraject = (caseId: string) => api.get<Traject>(`${base(caseId)}/traject`);
export const getInstellingen = () => api.get<Instelling[]>('/api/duo/instellingen');
export const registerPlacement = (caseId: string, input: PlacementInput) => api.post<Placement>(`${base(caseId)}/placements`, input);
export const withdrawPlacement = (caseId: string, placementId: string, input: { withdrawnOn: string; reason: string }) =>
  api.post<Placement>(`${base(caseId)}/placements/${encodeURIComponent(placementId)}/withdraw`, input);
export const recordHours = (caseId: string, category: HoursCategory, input: HoursInput) =>
  api.put<ApiResponse<'/api/cases/{id}/hours/{category}', 'put'>>(`${base(caseId)}/hours/${category}`, input);

/** A contract a placement of this case may pick (GET /api/cases/:id/contracts?op=…). */
export type CaseContract = ApiResponse<'/api/cases/{id}/contracts', 'get'>[number];
/** A placement under one of the organisation's contracts (ADR 0116). */
export type ContractPlacementInput = PlacementBody & { contractId: string; location: string; startMoment: string };

export const getCaseContracts = (caseId: string, on: string) =>
  api.get<CaseContract[]>(`${base(caseId)}/contracts?op=${encodeURIComponent(on)}`);
export const registerContractPlacement = (caseId: string, input: ContractPlacementInput) =>
  api.post<Placement>(`${base(caseId)}/placements`, input);
