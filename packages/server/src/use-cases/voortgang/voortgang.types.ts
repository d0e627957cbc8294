// Inputs of the voortgang part: voortgangsgesprekken, interpreter bookings, referrals (ADR 0120–0122).
import { z } from 'zod';
import { interpreterKinds, interpreterStatuses, progressOutcomes, referralOutcomes, socialeKaartThemes } from '@koers/domain';
import { isoDate, text } from '../../contract/input-fields.ts';

const version = z.number('version ontbreekt').int().min(1);
const earliest = { from: '2021-01-01' };
const themeText = (label: string) => text(`${label}: vul tekst in`).trim().max(5000, `${label}: maximaal 5000 tekens`).optional();

export const addProgressMeetingInput = z.strictObject({
  plannedOn: isoDate('Geplande datum: vul een datum in als JJJJ-MM-DD', earliest),
});
export type AddProgressMeetingInput = z.infer<typeof addProgressMeetingInput>;

export const moveProgressMeetingInput = addProgressMeetingInput.extend({ version });
export type MoveProgressMeetingInput = z.infer<typeof moveProgressMeetingInput>;

export const recordProgressMeetingInput = z.strictObject({
  version,
  heldOn: isoDate('Datum gesprek: vul een datum in als JJJJ-MM-DD', { ...earliest, to: 'today' }),
  attendees: text('Aanwezig: vul in wie er waren').trim().min(1, 'Aanwezig: vul in wie er waren').max(500, 'Aanwezig: maximaal 500 tekens'),
  report: z.strictObject({
    taal: themeText('Taal'),
    participatie: themeText('Participatie'),
    map: themeText('MAP'),
    pvt: themeText('PVT'),
    ontzorgen: themeText('Ontzorgen en budget'),
  }),
  sensitiveReport: z
    .strictObject({
      gezondheid: themeText('Gezondheid'),
      gezin: themeText('Gezin'),
    })
    .optional(),
  outcome: z.enum(progressOutcomes, 'Uitkomst: kies een uitkomst'),
  outcomeReason: text('Toelichting uitkomst: vul tekst in').trim().max(2000, 'Toelichting uitkomst: maximaal 2000 tekens').nullable().optional(),
  /** With outcome doorverwijzing: the referral it creates. */
  referral: z
    .strictObject({
      organisationId: z.uuid('Organisatie: kies een organisatie van de sociale kaart'),
      reason: text('Reden doorverwijzing: vul de reden in').trim().min(1, 'Reden doorverwijzing: vul de reden in').max(2000, 'Reden doorverwijzing: maximaal 2000 tekens'),
    })
    .nullable()
    .optional(),
});
export type RecordProgressMeetingInput = z.infer<typeof recordProgressMeetingInput>;

/** The kinds of gesprek an interpreter is booked for. */
export const bookingMeetingKinds = ['intake', 'voortgang'] as const;

const bookingFields = {
  meetingKind: z.enum(bookingMeetingKinds, 'Gesprek: kies een gesprek'),
  meetingId: z.uuid('Gesprek: kies een gesprek'),
  bookedOn: isoDate('Datum: vul een datum in als JJJJ-MM-DD', earliest),
  language: text('Taal: vul de taal in').trim().min(1, 'Taal: vul de taal in').max(100, 'Taal: maximaal 100 tekens'),
  kind: z.enum(interpreterKinds, 'Soort tolk: kies ter plaatse, telefonisch of video'),
  providerName: text('Tolkaanbieder: vul de aanbieder in').trim().min(1, 'Tolkaanbieder: vul de aanbieder in').max(200, 'Tolkaanbieder: maximaal 200 tekens'),
  costCents: z.number('Kosten: vul een bedrag in').int('Kosten: vul een bedrag in centen in').min(0, 'Kosten: mag niet negatief zijn').max(10_000_000, 'Kosten: hoogstens € 100.000'),
  status: z.enum(interpreterStatuses, 'Status: kies een status'),
};
export const interpreterBookingInput = z.strictObject(bookingFields);
export type InterpreterBookingInput = z.infer<typeof interpreterBookingInput>;
export const interpreterBookingUpdate = z.strictObject({ ...bookingFields, version });
export type InterpreterBookingUpdate = z.infer<typeof interpreterBookingUpdate>;

/** The period of the tolkkosten report; without dates, the current calendar year. */
export const interpreterCostsQuery = z.strictObject({
  from: isoDate('Van: vul een datum in als JJJJ-MM-DD').optional(),
  to: isoDate('Tot en met: vul een datum in als JJJJ-MM-DD').optional(),
});
export type InterpreterCostsQuery = z.infer<typeof interpreterCostsQuery>;

const organisationFields = {
  name: text('Naam: vul de naam in').trim().min(1, 'Naam: vul de naam in').max(200, 'Naam: maximaal 200 tekens'),
  theme: z.enum(socialeKaartThemes, 'Thema: kies een thema'),
  contact: text('Contact: vul tekst in').trim().max(500, 'Contact: maximaal 500 tekens').nullable().optional(),
  notes: text('Notities: vul tekst in').trim().max(2000, 'Notities: maximaal 2000 tekens').nullable().optional(),
};
export const socialeKaartInput = z.strictObject({ gemeenteId: z.uuid('Gemeente: kies een gemeente'), ...organisationFields });
export type SocialeKaartInput = z.infer<typeof socialeKaartInput>;
export const socialeKaartUpdate = z.strictObject({ ...organisationFields, active: z.boolean('Actief: kies ja of nee'), version });
export type SocialeKaartUpdate = z.infer<typeof socialeKaartUpdate>;

export const referralInput = z.strictObject({
  organisationId: z.uuid('Organisatie: kies een organisatie van de sociale kaart'),
  referredOn: isoDate('Datum doorverwijzing: vul een datum in als JJJJ-MM-DD', { ...earliest, to: 'today' }),
  reason: text('Reden: vul de reden in').trim().min(1, 'Reden: vul de reden in').max(2000, 'Reden: maximaal 2000 tekens'),
});
export type ReferralInput = z.infer<typeof referralInput>;
export const referralUpdate = z.strictObject({
  outcome: z.enum(referralOutcomes, 'Uitkomst: kies lopend, opgevolgd of niet opgevolgd'),
  outcomeNote: text('Toelichting: vul tekst in').trim().max(2000, 'Toelichting: maximaal 2000 tekens').nullable().optional(),
  version,
});
export type ReferralUpdate = z.infer<typeof referralUpdate>;
