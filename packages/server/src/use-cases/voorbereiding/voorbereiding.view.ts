// The responses of schakel 2 (voorbereiding) as the API sends them; the view types are inferred from
// these schemas. The meeting's own schema lives with its builder in meeting.view.ts.
import { z } from 'zod';
import { intakeScenarioSchema } from '@koers/domain';
import { checklistItems, checklistStatuses } from './checklist.types.ts';
import { meetingViewSchema } from './meeting.view.ts';

const gemeenteScenarioShape = {
  gemeenteId: z.string(),
  scenario: intakeScenarioSchema.nullable(),
  description: z.string(),
};

export const gemeenteScenarioViewSchema = z.object(gemeenteScenarioShape).meta({ id: 'IntakeScenario' });
export type GemeenteScenarioView = z.output<typeof gemeenteScenarioViewSchema>;

export const caseScenarioViewSchema = z
  .object({
    ...gemeenteScenarioShape,
    /** May the college invite for the brede intake now, given the scenario and the case's dates? */
    invitationAllowed: z.boolean(),
    /** Dutch: what the scenario means for this case. */
    explanation: z.string(),
  })
  .meta({ id: 'IntakeScenarioDossier' });
export type CaseScenarioView = z.output<typeof caseScenarioViewSchema>;

export const checklistItemViewSchema = z
  .object({
    item: z.enum(checklistItems),
    label: z.string(),
    status: z.enum(checklistStatuses),
    responsible: z.string().nullable(),
    dueOn: z.string().nullable(),
    doneOn: z.string().nullable(),
    note: z.string().nullable(),
    version: z.number().describe('0 voor een onderdeel dat nog nooit is opgeslagen'),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'RegeldagOnderdeel' });
export type ChecklistItemView = z.output<typeof checklistItemViewSchema>;

export const voorbereidingViewSchema = z
  .object({
    caseId: z.string(),
    housedOn: z.string().nullable(),
    linkedOn: z.string().nullable(),
    coaLocation: z.string().nullable(),
    meetings: z.array(meetingViewSchema),
    checklist: z.array(checklistItemViewSchema),
    scenario: caseScenarioViewSchema,
  })
  .meta({ id: 'Voorbereiding' });
export type VoorbereidingView = z.output<typeof voorbereidingViewSchema>;
