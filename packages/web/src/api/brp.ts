// BRP lookup of a case (Haal Centraal BRP Personen via the server): the BRP's data in Koers terms,
// the differences with the case, and taking chosen fields over. Shapes generated from the routes
// (ADR 0165).
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';
import type { CaseDetail } from './cases.ts';

export type BrpLookup = ApiResponse<'/api/cases/{id}/brp', 'get'>;
export type BrpDifference = BrpLookup['differences'][number];
export type BrpNationality = BrpLookup['persoon']['nationalities'][number];
export type BrpDate = NonNullable<BrpLookup['persoon']['birthDate']>;
/** The case fields the BRP can fill. */
export type BrpField = ApiBody<'/api/cases/{id}/brp/overnemen', 'post'>['fields'][number];

export const lookupBrp = (caseId: string) => api.get<BrpLookup>(`/api/cases/${caseId}/brp`);

export const applyBrp = (caseId: string, version: number, fields: BrpField[]) =>
  api.post<{ case: CaseDetail; applied: BrpField[] }>(`/api/cases/${caseId}/brp/overnemen`, { version, fields });
