import { z } from 'zod';
import { explanation, gemeenteRef, pipAgreements } from '../../contract/view-fields.ts';
import { caseViewSchema } from '../cases/case.view.ts';

export const deadlineKinds = ['pip', 'termijn', 'oproep', 'signaal'] as const;

/** An open deadline of the case file; its explanation without the article list (the steps name them). */
export const deadlineViewSchema = z.object({
  kind: z.enum(deadlineKinds),
  label: z.string(),
  date: z.string(),
  overdue: z.boolean(),
  explanation: z.object({ summary: z.string(), steps: z.array(z.object({ text: z.string(), articles: z.array(z.string()) })) }),
  section: z.string(),
});
export type DeadlineView = z.output<typeof deadlineViewSchema>;

export const signalViewSchema = z.object({
  kind: z.string(),
  dueOn: z.string(),
  deadline: z.string().nullable(),
  due: z.boolean(),
  overdue: z.boolean(),
  reason: z.string(),
  section: z.string(),
});
export type SignalView = z.output<typeof signalViewSchema>;

/** What a partner (access 'assigned') sees of the case: name and contact only. */
export const partnerCaseViewSchema = z.object({
  id: z.string(),
  gemeenteId: z.string(),
  caseNumber: z.string(),
  givenNames: z.string(),
  familyName: z.string(),
  status: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  preferredLanguage: z.string().nullable(),
  interpreterNeeded: z.boolean(),
});
export type PartnerCaseView = z.output<typeof partnerCaseViewSchema>;

export type AgreementsView = z.output<typeof pipAgreements>;

/** A partner assigned to the case. */
export const assignmentViewSchema = z.object({ userId: z.string(), name: z.string(), kind: z.string() });
export type AssignmentView = z.output<typeof assignmentViewSchema>;

export const caseFileViewSchema = z
  .object({
    access: z.enum(['full', 'assigned']),
    case: caseViewSchema.nullable(),
    partnerCase: partnerCaseViewSchema.nullable(),
    gemeente: gemeenteRef,
    caseManager: z.object({ id: z.string(), name: z.string() }).nullable(),
    duty: z
      .object({
        obliged: z.boolean().nullable(),
        notObligedReason: z.string().nullable(),
        targetGroup: z.string().nullable(),
        regime: z.string().nullable(),
        explanation: explanation.nullable(),
        aowExplanation: explanation.nullable(),
        assessedOn: z.string().nullable(),
      })
      .nullable(),
    deadlines: z.array(deadlineViewSchema),
    signals: z.array(signalViewSchema),
    agreements: pipAgreements.nullable(),
    assignments: z.array(assignmentViewSchema),
    counts: z.object({
      timeline: z.number(),
      documents: z.number(),
      meetings: z.number(),
      checklistDone: z.number(),
      checklistTotal: z.number(),
      invitations: z.number(),
      toetsen: z.number(),
      pipVersions: z.number(),
    }),
  })
  .meta({ id: 'Dossiermap' });
export type CaseFileView = z.output<typeof caseFileViewSchema>;

export const timelineEntryViewSchema = z.object({
  id: z.number(),
  at: z.string(),
  occurredOn: z.string(),
  kind: z.string(),
  summary: z.string(),
  source: z.string(),
  actorName: z.string(),
  section: z.string().nullable(),
});
export type TimelineEntryView = z.output<typeof timelineEntryViewSchema>;

/** A page of the timeline with the total count. */
export const timelineViewSchema = z.object({ items: z.array(timelineEntryViewSchema), total: z.number() });
export type TimelineView = z.output<typeof timelineViewSchema>;

/** A document of a case as the list and the upload answer show it. */
export const documentViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  origin: z.string().meta({ description: "'gegenereerd' (brief of beschikking van Koers) of 'geupload'" }),
  pipId: z.string().nullable(),
  objectionId: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type DocumentView = z.output<typeof documentViewSchema>;

export const partnerKinds = ['begeleiding', 'taalaanbieder', 'budgetbeheer'] as const;

/** Who can be case manager of, or partner on, a case. */
export const assignableUsersSchema = z.object({
  caseManagers: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
  partners: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(partnerKinds) })),
});
export type AssignableUsers = z.output<typeof assignableUsersSchema>;
