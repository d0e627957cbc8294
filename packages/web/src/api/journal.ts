// The contactjournaal of a case (server: routes/journal.ts, ADR 0100).
import { api } from './client.ts';

export const journalKinds = ['gesprek-op-locatie', 'telefoon', 'e-mail', 'videobellen', 'brief', 'huisbezoek', 'overleg-partner', 'overig'] as const;
export type JournalKind = (typeof journalKinds)[number];

export interface JournalEntry {
  id: string;
  contactOn: string;
  kind: string;
  withWhom: string | null;
  text: string;
  sensitive: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdByName: string | null;
  canCorrect: boolean;
}

export interface Journal {
  entries: JournalEntry[];
  /** Entries marked vertrouwelijk this user may not read: only their number. */
  hiddenSensitive: number;
}

export interface JournalEntryInput {
  contactOn: string;
  kind: JournalKind;
  withWhom: string | null;
  text: string;
  sensitive: boolean;
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/journal`;

export const getJournal = (caseId: string) => api.get<Journal>(base(caseId));
export const addJournalEntry = (caseId: string, input: JournalEntryInput) => api.post<JournalEntry>(base(caseId), input);
export const correctJournalEntry = (caseId: string, entryId: string, input: JournalEntryInput & { version: number }) =>
  api.put<JournalEntry>(`${base(caseId)}/${encodeURIComponent(entryId)}`, input);
