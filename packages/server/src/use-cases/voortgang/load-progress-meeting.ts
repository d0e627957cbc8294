import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { progressMeetings } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';

export type ProgressMeetingRow = typeof progressMeetings.$inferSelect;

/** A gesprek of this case, locked for the write; another case's (or gemeente's) gesprek does not exist. */
export async function lockedProgressMeeting(tx: Tx, caseId: string, meetingId: string, version: number): Promise<ProgressMeetingRow> {
  const [row] = await tx
    .select()
    .from(progressMeetings)
    .where(and(eq(progressMeetings.id, meetingId), eq(progressMeetings.caseId, caseId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND', { message: 'Dit voortgangsgesprek bestaat niet in dit dossier.' });
  if (row.version !== version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Het voortgangsgesprek is intussen gewijzigd. Laad de voortgang opnieuw.' });
  return row;
}
