// Inputs of the light process of the ondertussengroep (Wi2013, ELIP; ADR 0109).
import { z } from 'zod';
import { loanStatuses, ontheffingGrounds, ontheffingStatuses, supportOfferKinds, supportPlanStatuses } from '@koers/domain';
import { text, isoDate as dateField } from '../../contract/input-fields.ts';

const isoDate = dateField('Vul een datum in als JJJJ-MM-DD');
const version = z.number('Vul de versie in die u las').int().min(0);

export const supportOfferInput = z.strictObject({
  kind: z.enum(supportOfferKinds, 'Kies een soort aanbod'),
  description: text().trim().max(500, 'Maximaal 500 tekens').nullable().default(null),
  provider: text().trim().max(200, 'Maximaal 200 tekens').nullable().default(null),
  startOn: isoDate.nullable().default(null),
  endOn: isoDate.nullable().default(null),
});

export const saveSupportPlanInput = z.strictObject({
  /** Optimistic locking: the plan's version as read; 0 when the case has no plan yet. */
  version,
  status: z.enum(supportPlanStatuses, 'Kies de status van het plan'),
  goal: text().trim().max(2000, 'Maximaal 2000 tekens').nullable().default(null),
  offers: z.array(supportOfferInput).max(20, 'Ten hoogste 20 aanbiedingen').default([]),
  /** Last day of the Wi2013 inburgeringstermijn as DUO gave it. */
  dutyEndOn: isoDate.nullable().default(null),
  loanStatus: z.enum(loanStatuses, 'Kies de stand van de lening'),
});
export type SaveSupportPlanInput = z.infer<typeof saveSupportPlanInput>;

export const createOntheffingInput = z.strictObject({
  ground: z.enum(ontheffingGrounds, 'Kies de grond van het verzoek'),
  status: z.enum(ontheffingStatuses, 'Kies de status van het verzoek').default('in-voorbereiding'),
  requestedOn: isoDate.nullable().default(null),
  duoDecisionOn: isoDate.nullable().default(null),
  note: text().trim().max(2000, 'Maximaal 2000 tekens').nullable().default(null),
});
export type CreateOntheffingInput = z.infer<typeof createOntheffingInput>;

export const updateOntheffingInput = z.strictObject({
  version,
  ground: z.enum(ontheffingGrounds, 'Kies de grond van het verzoek').optional(),
  status: z.enum(ontheffingStatuses, 'Kies de status van het verzoek').optional(),
  requestedOn: isoDate.nullable().optional(),
  duoDecisionOn: isoDate.nullable().optional(),
  note: text().trim().max(2000, 'Maximaal 2000 tekens').nullable().optional(),
});
export type UpdateOntheffingInput = z.infer<typeof updateOntheffingInput>;

export const ontheffingParams = z.strictObject({ id: z.uuid('Ongeldige id'), requestId: z.uuid('Ongeldige id') });

export const reportQuery = z.strictObject({ gemeenteId: z.uuid('Ongeldige id').optional() });
