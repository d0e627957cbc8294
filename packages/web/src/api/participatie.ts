// Participation places of a gemeente and the 'Participatie' part of a case (server: src/routes/participatie.ts).
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiResponse } from './generated/index.ts';
import { caseKeys } from './caseQueries.ts';

export const participationPlaceKinds = ['vrijwilligerswerk', 'werkervaringsplaats', 'werkcarrousel', 'overig'] as const;
export type ParticipationPlaceKind = (typeof participationPlaceKinds)[number];

export type ParticipationPlace = ApiResponse<'/api/gemeenten/{id}/participatieplekken', 'get'>['places'][number];
export interface ParticipationPlaceFields {
  organisation: string;
  name: string;
  kind: ParticipationPlaceKind;
  hoursPerWeek: number;
  contact: string | null;
}

export type CaseParticipatie = ApiResponse<'/api/cases/{id}/participatie', 'get'>;
export type ParticipationPlacement = CaseParticipatie['placements'][number];
export type ZRouteLedger = NonNullable<CaseParticipatie['ledger']>;

const enc = encodeURIComponent;

export const listParticipationPlaces = (gemeenteId: string) => api.get<{ places: ParticipationPlace[]; canManage: boolean }>(`/api/gemeenten/${enc(gemeenteId)}/participatieplekken`);
export const addParticipationPlace = (gemeenteId: string, input: ParticipationPlaceFields) => api.post<ParticipationPlace>('/api/participatieplekken', { gemeenteId, ...input });
export const updateParticipationPlace = (place: ParticipationPlace, input: ParticipationPlaceFields & { active: boolean }) =>
  api.put<ParticipationPlace>(`/api/participatieplekken/${enc(place.id)}`, { ...input, version: place.version });

export const getCaseParticipatie = (caseId: string) => api.get<CaseParticipatie>(`/api/cases/${enc(caseId)}/participatie`);
export const addParticipationPlacement = (caseId: string, input: { placeId: string; startsOn: string; endsOn: string | null; hoursPerWeek: number }) =>
  api.post<CaseParticipatie>(`/api/cases/${enc(caseId)}/participatie/plaatsingen`, input);
export const updateParticipationPlacement = (caseId: string, placement: ParticipationPlacement, input: { endsOn: string | null; hoursPerWeek: number }) =>
  api.put<CaseParticipatie>(`/api/cases/${enc(caseId)}/participatie/plaatsingen/${enc(placement.id)}`, { ...input, version: placement.version });
export const recordParticipationHours = (caseId: string, placement: ParticipationPlacement, input: { periodStart: string; periodEnd: string; hours: number }) =>
  api.post<CaseParticipatie & { queued: boolean }>(`/api/cases/${enc(caseId)}/participatie/plaatsingen/${enc(placement.id)}/uren`, { ...input, version: placement.version });

export const useParticipatieQuery = (caseId: string) => useQuery({ queryKey: caseKeys.part(caseId, 'participatie'), queryFn: () => getCaseParticipatie(caseId) });
