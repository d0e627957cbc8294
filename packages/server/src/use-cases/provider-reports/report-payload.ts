// What placement_reports.payload holds, per report kind. store-report.ts writes the kind and its
// payload together, so the kind column says which shape the payload column has.
import type { ExamOnderdeel, IsoDate, ProgressReport, Recommendation, WeekReport } from '@koers/domain';

export interface InterimPayload {
  readonly reportedOn: IsoDate;
  readonly text: string;
  readonly recommendation: Recommendation;
}

export interface ExamPayload {
  readonly onderdeel: ExamOnderdeel;
  readonly examOn: IsoDate;
}

export interface ReportPayloads {
  week: WeekReport;
  voortgang: ProgressReport;
  tussenrapportage: InterimPayload;
  examen: ExamPayload;
}

export type ReportKind = keyof ReportPayloads;
export type ReportPayload = ReportPayloads[ReportKind];

/** A stored report as one value: the kind narrows the payload. */
export type StoredReport = { [K in ReportKind]: { kind: K; payload: ReportPayloads[K] } }[ReportKind];

/** The row's kind and payload as one discriminated value (the two columns are always written together). */
export const storedReport = (row: { kind: ReportKind; payload: ReportPayload }): StoredReport => row as StoredReport;

/** The payloads of the rows of one kind. */
export function payloadsOf<K extends ReportKind>(rows: readonly { kind: ReportKind; payload: ReportPayload }[], kind: K): ReportPayloads[K][] {
  return rows.filter((r) => r.kind === kind).map((r) => r.payload as ReportPayloads[K]);
}
