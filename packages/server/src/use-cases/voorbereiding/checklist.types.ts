import { z } from 'zod';
import { text, isoDate as dateField } from '../../contract/input-fields.ts';

/** The regeldag checklist (seed 004): what has to be arranged when a statushouder arrives. */
export const checklistItems = ['bsn', 'bankrekening', 'brp', 'bijstand', 'zorgverzekering', 'huisarts', 'school', 'huurcontract'] as const;
export type ChecklistItem = (typeof checklistItems)[number];
export const checklistItemLabels: Record<ChecklistItem, string> = {
  bsn: 'BSN',
  bankrekening: 'Bankrekening',
  brp: 'Inschrijving in de BRP',
  bijstand: 'Aanvraag bijstand',
  zorgverzekering: 'Zorgverzekering',
  huisarts: 'Huisarts',
  school: 'School voor de kinderen',
  huurcontract: 'Huurcontract',
};

export const checklistStatuses = ['open', 'geregeld', 'nvt'] as const;
export type ChecklistStatus = (typeof checklistStatuses)[number];
export const checklistStatusLabels: Record<ChecklistStatus, string> = { open: 'open', geregeld: 'geregeld', nvt: 'niet van toepassing' };

const isoDate = dateField('Vul een datum in als JJJJ-MM-DD');

export const checklistItemParams = z.strictObject({
  id: z.uuid('Ongeldige id'),
  item: z.enum(checklistItems, 'Onbekend onderdeel van de checklist'),
});

export const updateChecklistItemInput = z
  .strictObject({
    /** Optimistic locking: the item's version as read; 0 for an item never saved. */
    version: z.number('Vul de versie in die u las').int().min(0),
    status: z.enum(checklistStatuses, 'Kies open, geregeld of niet van toepassing'),
    responsible: text().trim().max(200, 'Maximaal 200 tekens').nullable().optional(),
    dueOn: isoDate.nullable().optional(),
    /** When it was arranged; defaults to today for 'geregeld'. */
    doneOn: isoDate.nullable().optional(),
    note: text().trim().max(2000, 'Maximaal 2000 tekens').nullable().optional(),
  })
  .refine((v) => v.status === 'geregeld' || v.doneOn === undefined || v.doneOn === null, {
    path: ['doneOn'],
    message: "Een datum geregeld hoort alleen bij de status 'geregeld'",
  });
export type UpdateChecklistItemInput = z.infer<typeof updateChecklistItemInput>;
