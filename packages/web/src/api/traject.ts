// The traject of a case: inburgeringsaanbod (placements) and gevolgde uren, each with the status of
// its latest DUO message; and DUO's list of instellingen. Shapes as in
// packages/server/src/routes/traject.ts (OpenAPI schemas "Traject", "Inburgeringsaanbod", "DuoInstelling").
import { api } from './client.ts';
import type { Explanation } from './pip.ts';

export const hoursCategories = ['taallesknm', 'participatieactiviteiten', 'participatietaalles'] as const;
export type HoursCategory = (typeof hoursCategories)[number];
export const literacyValues = ['NVT', 'A', 'AA'] as const;
export type Literacy = (typeof literacyValues)[number];

export interface TrajectDuoStatus {
  id: string;
  operation: string;
  /** duo_outbox.status: 'wachtend', 'verzenden', 'bevestigd', 'afgewezen', 'fout', 'opnieuw-aangeboden', 'vervangen'. */
  status: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface Placement {
  id: string;
  instellingsnummer: string;
  instellingNaam: string;
  offeredOn: string;
  expectedStartOn: string | null;
  expectedEndOn: string | null;
  literacy: string;
  /** 'actief', 'vervangen' or 'ingetrokken'. */
  status: string;
  withdrawnOn: string | null;
  withdrawReason: string | null;
  createdAt: string;
  duo: TrajectDuoStatus | null;
}

export interface HoursRow {
  category: HoursCategory;
  label: string;
  total: number | null;
  asOf: string | null;
  /** 0 while nothing was recorded; a change names it (optimistic locking). */
  version: number;
  allowed: boolean;
  explanation: Explanation;
  duo: TrajectDuoStatus | null;
}

export interface Traject {
  caseId: string;
  hasBsn: boolean;
  currentPip: { route: string | null; issuedOn: string | null } | null;
  term: { start: string; endExclusive: string } | null;
  placements: Placement[];
  hours: HoursRow[];
}

export interface Instelling {
  instellingsnummer: string;
  naam: string;
  plaatsnaam: string;
  keurmerk: boolean;
  taalschakel: boolean;
}

export interface PlacementInput {
  instellingsnummer: string;
  offeredOn: string;
  expectedStartOn?: string;
  expectedEndOn?: string;
  literacy: Literacy;
}

export interface HoursInput {
  version: number;
  total: number;
  asOf: string;
  reason?: string;
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const getTraject = (caseId: string) => api.get<Traject>(`${base(caseId)}/traject`);
export const getInstellingen = () => api.get<Instelling[]>('/api/duo/instellingen');
export const registerPlacement = (caseId: string, input: PlacementInput) => api.post<Placement>(`${base(caseId)}/placements`, input);
export const withdrawPlacement = (caseId: string, placementId: string, input: { withdrawnOn: string; reason: string }) =>
  api.post<Placement>(`${base(caseId)}/placements/${encodeURIComponent(placementId)}/withdraw`, input);
export const recordHours = (caseId: string, category: HoursCategory, input: HoursInput) =>
  api.put<{ category: string; total: number; asOf: string; version: number; queued: boolean }>(`${base(caseId)}/hours/${category}`, input);

/** A contract a placement of this case may pick (GET /api/cases/:id/contracts?op=…, schema "Contract"). */
export interface CaseContract {
  id: string;
  providerId: string;
  providerName: string;
  name: string;
  locations: { name: string; startMoments: string[] }[];
  reportingEveryWeeks: number;
  startsOn: string;
  endsOn: string;
  instellingsnummer: string | null;
}

export interface ContractPlacementInput {
  contractId: string;
  location: string;
  startMoment: string;
  offeredOn: string;
  expectedStartOn?: string;
  expectedEndOn?: string;
  literacy: Literacy;
}

export const getCaseContracts = (caseId: string, on: string) =>
  api.get<CaseContract[]>(`${base(caseId)}/contracts?op=${encodeURIComponent(on)}`);
export const registerContractPlacement = (caseId: string, input: ContractPlacementInput) =>
  api.post<Placement>(`${base(caseId)}/placements`, input);
