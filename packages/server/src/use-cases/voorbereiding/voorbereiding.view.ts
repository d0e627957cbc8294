// The responses of schakel 2 (voorbereiding) as the API sends them; the view types are inferred from
// these schemas. The meeting's own schema lives with its builder in meeting.view.ts.
import { z } from 'zod';
import { intakeScenarioSchema } from '@koers/domain';

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
