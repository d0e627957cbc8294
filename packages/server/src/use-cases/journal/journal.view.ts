import type { caseJournalEntries } from '../../db/schema.ts';
import type { Principal } from '../../auth/principal.ts';

export interface JournalEntryView {
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
  /** Only the author corrects an entry (ADR 0100). */
  canCorrect: boolean;
}

export interface JournalView {
  entries: JournalEntryView[];
  /** Entries marked gevoelig that this user may not read: only their number is shown (ADR 0100). */
  hiddenSensitive: number;
}

type Row = typeof caseJournalEntries.$inferSelect;

export function journalEntryView(row: Row, createdByName: string | null, principal: Principal): JournalEntryView {
  return {
    id: row.id,
    contactOn: row.contactOn,
    kind: row.kind,
    withWhom: row.withWhom,
    text: row.text,
    sensitive: row.sensitive,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdByName,
    canCorrect: row.createdBy === principal.userId && principal.permissions.includes('case:write'),
  };
}

export const readsSensitiveJournal = (principal: Principal): boolean => principal.permissions.includes('journal:sensitive');

/** The fields the record history keeps of an entry. */
export const journalFields = (row: Row) => ({ contactOn: row.contactOn, kind: row.kind, withWhom: row.withWhom, text: row.text, sensitive: row.sensitive });
