import { z } from 'zod';
import type { caseJournalEntries } from '../../db/schema.ts';
import type { Principal } from '../../auth/principal.ts';

export const journalEntryViewSchema = z
  .object({
    id: z.string(),
    contactOn: z.string(),
    kind: z.string(),
    withWhom: z.string().nullable(),
    text: z.string(),
    sensitive: z.boolean(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdByName: z.string().nullable(),
    /** Only the author corrects an entry (ADR 0100). */
    canCorrect: z.boolean(),
  })
  .meta({ id: 'Journaalnotitie' });
export type JournalEntryView = z.output<typeof journalEntryViewSchema>;

export const journalViewSchema = z.object({
  entries: z.array(journalEntryViewSchema),
  /** Entries marked gevoelig that this user may not read: only their number is shown (ADR 0100). */
  hiddenSensitive: z.number(),
});
export type JournalView = z.output<typeof journalViewSchema>;

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
