// Inputs of the PVT (groups, sessions, attendance, signing) and MAP (activities, eindgesprek) use cases (R15, R16).
import { z } from 'zod';
import { mapThemes, pvtTopics } from '@koers/domain';
import { text, isoDate } from '../../contract/input-fields.ts';

const day = (label: string) => isoDate(`Vul bij ${label} een datum in als JJJJ-MM-DD`);
const version = z.number('Vul de versie in die u las').int().min(0);
/** Hours in quarters of an hour, from a quarter to a whole day. */
const hours = (label: string) =>
  z
    .number(`Vul bij ${label} een aantal uren in`)
    .min(0.25, `${label}: minimaal een kwartier`)
    .max(12, `${label}: maximaal 12 uur`)
    .refine((h) => Number.isInteger(h * 4), `${label}: in kwartieren (bijv. 2,5 of 2,75)`);
const nameText = (label: string, max = 200) => text(`Vul ${label} in`).trim().min(1, `Vul ${label} in`).max(max, `${label}: maximaal ${max} tekens`);

/** Without a gemeente: the groups of every gemeente the user works for. */
export const gemeenteQuery = z.strictObject({ gemeenteId: z.uuid('Kies een gemeente').optional() });

export const groupParams = z.strictObject({ groupId: z.uuid('Ongeldige id') });
export const sessionParams = z.strictObject({ groupId: z.uuid('Ongeldige id'), sessionId: z.uuid('Ongeldige id') });
export const participantParams = z.strictObject({ groupId: z.uuid('Ongeldige id'), caseId: z.uuid('Ongeldige id') });

export const createPvtGroupInput = z.strictObject({
  gemeenteId: z.uuid('Kies een gemeente'),
  name: nameText('de naam van de groep'),
  /** A PVT provider from the organisation's register (ADR 0144); its name becomes providerName. */
  providerId: z.uuid('Aanbieder: kies een PVT-aanbieder').nullable().optional(),
  /** Free text, only for groups without a provider from the register (made before it, ADR 0144). */
  providerName: nameText('de aanbieder').optional(),
  interpreterLanguage: text().trim().max(100, 'Tolktaal: maximaal 100 tekens').nullable(),
  ceremonyOn: day('Ondertekenmoment').nullable(),
});
export type CreatePvtGroupInput = z.infer<typeof createPvtGroupInput>;

export const updatePvtGroupInput = createPvtGroupInput.omit({ gemeenteId: true }).extend({ version: version.min(1) });
export type UpdatePvtGroupInput = z.infer<typeof updatePvtGroupInput>;

export const addPvtSessionInput = z.strictObject({
  heldOn: day('Datum'),
  startTime: text('Vul een begintijd in als UU:MM').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Begintijd: vul een tijd in als UU:MM, bijv. 09:30'),
  hours: hours('Duur'),
  topic: z.enum(pvtTopics, 'Kies een onderdeel van het programma'),
});
export type AddPvtSessionInput = z.infer<typeof addPvtSessionInput>;

export const recordAttendanceInput = z.strictObject({
  /** The session's version as read. */
  version: version.min(1),
  attendance: z.array(z.strictObject({ caseId: z.uuid('Ongeldige id'), present: z.boolean('Kies aanwezig of afwezig') })).max(200),
});
export type RecordAttendanceInput = z.infer<typeof recordAttendanceInput>;

export const addPvtParticipantInput = z.strictObject({ caseId: z.uuid('Kies een dossier') });

export const recordSigningInput = z.strictObject({
  /** The participant's version as read. */
  version: version.min(1),
  /** Day the participatieverklaring was signed; null withdraws the signing. */
  signedOn: day('Datum ondertekening').nullable(),
});
export type RecordSigningInput = z.infer<typeof recordSigningInput>;

export const caseParams = z.strictObject({ id: z.uuid('Ongeldige id') });
export const mapActivityParams = z.strictObject({ id: z.uuid('Ongeldige id'), activityId: z.uuid('Ongeldige id') });

export const addMapActivityInput = z.strictObject({
  theme: z.enum(mapThemes, 'Kies een MAP-thema'),
  heldOn: day('Datum'),
  hours: hours('Uren'),
  description: nameText('een omschrijving', 1000),
});
export type AddMapActivityInput = z.infer<typeof addMapActivityInput>;

export const recordFinalInterviewInput = z.strictObject({
  /** The MAP result's version as read (0: never recorded). */
  version,
  /** Day of the eindgesprek; null withdraws it. */
  heldOn: day('Datum eindgesprek').nullable(),
  /** Verwijtbaar (only when the termijn is exceeded; DUO rule D4). */
  culpable: z.boolean('Kies Ja, Nee of niet van toepassing').nullable(),
});
export type RecordFinalInterviewInput = z.infer<typeof recordFinalInterviewInput>;
