// The responses of the privacy officer's searches in the processing log (ADR 0098). Each type is
// inferred from its schema, which the routes send (ADR 0105).
import { z } from 'zod';

export const foundCaseSchema = z.object({
  gemeente: z.string(),
  /** The day the case was created in Koers (YYYY-MM-DD). */
  openedOn: z.string(),
  closedOn: z.string().nullable(),
});
export type FoundCase = z.output<typeof foundCaseSchema>;

export const foundUserSchema = z.object({ name: z.string(), email: z.string(), roleLabel: z.string(), active: z.boolean() });
export type FoundUser = z.output<typeof foundUserSchema>;

export const logEntryViewSchema = z.object({
  /** Start of the processing (ISO 8601). */
  at: z.string(),
  actorName: z.string(),
  actorRoleLabel: z.string(),
  action: z.enum(['read', 'create', 'update', 'delete']),
  actionLabel: z.string(),
  activityName: z.string(),
  purpose: z.string(),
  resourceType: z.string(),
  resourceLabel: z.string(),
  subjectLabel: z.string(),
  gemeente: z.string().nullable(),
  status: z.string(),
  statusLabel: z.string(),
});
export type LogEntryView = z.output<typeof logEntryViewSchema>;

export const logSearchResultSchema = z.object({
  van: z.string(),
  tot: z.string(),
  cases: z.array(foundCaseSchema),
  users: z.array(foundUserSchema),
  entries: z.array(logEntryViewSchema),
  page: z.number(),
  pageSize: z.number(),
  hasMore: z.boolean(),
});
export type LogSearchResult = z.output<typeof logSearchResultSchema>;

export const processingLogEntryViewSchema = z.object({
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.string().nullable(),
  operationName: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  statusCode: z.string(),
  processingActivityId: z.string(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  actorUserId: z.string().nullable(),
  gemeenteId: z.string().nullable(),
});
export type ProcessingLogEntryView = z.output<typeof processingLogEntryViewSchema>;
