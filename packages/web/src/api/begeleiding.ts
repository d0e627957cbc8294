// Maatschappelijke begeleiding (R17, ADR 0149): the begeleider's "Mijn cliënten" and the part in the
// case file. Shapes as in packages/server/src/routes/begeleiding.ts (OpenAPI "Begeleiding…").
import { api } from './client.ts';

export const contactKinds = ['huisbezoek', 'spreekuur', 'telefonisch', 'anders'] as const;
export type ContactKind = (typeof contactKinds)[number];
export const contactTopics = ['wonen', 'zorg', 'werk', 'inkomen', 'verzekeringen', 'onderwijs', 'leefomgeving', 'inburgering', 'anders'] as const;
export type ContactTopic = (typeof contactTopics)[number];

export interface ZrmMatrix {
  domains: { key: string; label: string }[];
  scale: string[];
}

export interface BegeleidingContact {
  id: string;
  contactOn: string;
  kind: string;
  kindLabel: string;
  minutes: number;
  topic: string;
  topicLabel: string;
  text: string | null;
  createdByName: string | null;
}

export interface ZrmMeasurement {
  id: string;
  measuredOn: string;
  scores: { domain: string; label: string; score: number; scoreLabel: string }[];
  createdByName: string | null;
}

export interface BegeleidingProblem {
  id: string;
  reportedOn: string;
  text: string | null;
  status: 'open' | 'afgehandeld';
  statusLabel: string;
  handledOn: string | null;
  handledNote: string | null;
  reportedByName: string | null;
  version: number;
}

export interface BegeleidingPeriod {
  startedOn: string;
  expectedEndOn: string;
  endedOn: string | null;
  version: number;
}

export interface Begeleiding {
  matrix: ZrmMatrix;
  contacts: BegeleidingContact[];
  measurements: ZrmMeasurement[];
  trend: { dates: string[]; rows: { domain: string; label: string; scores: (number | null)[]; change: number | null }[] };
  problems: BegeleidingProblem[];
  period: BegeleidingPeriod | null;
  defaultMonths: number;
  textsVisible: boolean;
}

export interface ClientListItem {
  id: string;
  caseNumber: string;
  name: string;
  gemeente: string;
  preferredLanguage: string | null;
  lastContactOn: string | null;
  openProblems: number;
  expectedEndOn: string | null;
  endedOn: string | null;
}

export interface Client {
  person: {
    id: string;
    caseNumber: string;
    givenNames: string;
    familyName: string;
    phone: string | null;
    email: string | null;
    address: string | null;
    preferredLanguage: string | null;
    interpreterNeeded: boolean;
  };
  gemeente: string;
  caseManager: string | null;
  agreements: {
    pipVersion: number;
    issuedOn: string | null;
    route: string | null;
    level: string | null;
    intensity: string | null;
    hoursPerWeek: number | null;
    support: string | null;
    participation: string | null;
    pvtIntensity: string | null;
    mapIntensity: string | null;
    progressMeetings: number | null;
  } | null;
  appointments: { kind: 'gesprek' | 'voortgangsgesprek' | 'pvt'; label: string; date: string; time: string | null; place: string | null; interpreter: string | null; status: string }[];
  begeleiding: Begeleiding;
}

export interface ContactInput {
  contactOn: string;
  kind: ContactKind;
  minutes: number;
  topic: ContactTopic;
  text: string;
}

export interface PeriodInput {
  version: number;
  startedOn: string;
  expectedEndOn?: string | null;
  endedOn?: string | null;
}

const base = (caseId: string) => `/api/begeleiding/clienten/${encodeURIComponent(caseId)}`;

export const getClients = () => api.get<ClientListItem[]>('/api/begeleiding/clienten');
export const getClient = (caseId: string) => api.get<Client>(base(caseId));
export const addContact = (caseId: string, input: ContactInput) => api.post<BegeleidingContact>(`${base(caseId)}/contacten`, input);
export const recordMeasurement = (caseId: string, input: { measuredOn: string; scores: { domain: string; score: number }[] }) =>
  api.post<ZrmMeasurement>(`${base(caseId)}/zelfredzaamheid`, input);
export const signalProblem = (caseId: string, text: string) => api.post<BegeleidingProblem>(`${base(caseId)}/problemen`, { text });
export const setPeriodAsBegeleider = (caseId: string, input: PeriodInput) => api.put<BegeleidingPeriod>(`${base(caseId)}/periode`, input);

export const getCaseBegeleiding = (caseId: string) => api.get<Begeleiding>(`/api/cases/${encodeURIComponent(caseId)}/begeleiding`);
export const setPeriodAsRegisseur = (caseId: string, input: PeriodInput) => api.put<BegeleidingPeriod>(`/api/cases/${encodeURIComponent(caseId)}/begeleiding/periode`, input);
export const handleProblem = (caseId: string, problemId: string, input: { version: number; note?: string }) =>
  api.patch<BegeleidingProblem>(`/api/cases/${encodeURIComponent(caseId)}/begeleiding/problemen/${encodeURIComponent(problemId)}`, input);
