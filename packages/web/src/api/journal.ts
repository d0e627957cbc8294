// The contactjournaal of a case (server: routes/journal.ts, ADR 0100).
import { api } from './client.ts';
import type { ApiBody, ApiResponse } from './generated/index.ts';

export const journalKinds = ['gesprek-op-locatie', 'telefoon', 'e-mail', 'videobellen', 'brief', 'huisbezoek', 'overleg-partner', 'overig'] as const;
export type JournalKind = (typeof journalKinds)[number];

export type Journal = ApiResponse<'/api/cases/{id}/journal', 'get'>;
export type JournalEntry = Journal['entries'][number];
export type JournalEntryInput = ApiBody<'/api/cases/{id}/journal', 'post'>;

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/journal`;

export const getJournal = (caseId: string) => api.get<Journal>(base(caseId));
export const addJournalEntry = (caseId: string, input: JournalEntryInput) => api.post<JournalEntry>(base(caseId), input);
export const correctJournalEntry = (caseId: string, entryId: string, input: JournalEntryInput & { version: number }) =>
  api.put<JournalEntry>(`${base(caseId)}/${encodeURIComponent(entryId)}`, input);
