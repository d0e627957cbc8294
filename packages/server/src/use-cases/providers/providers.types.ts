// Input of the provider and contract use cases (R12, ADR 0116).
import { z } from 'zod';
import { keurmerken, learningRoutes, providerKinds } from '@koers/domain';
import { text, isoDate as dateField } from '../../contract/input-fields.ts';

const isoDate = (label: string) => dateField(`${label}: vul een datum in als JJJJ-MM-DD`);
const version = z.number('Vul de versie in die u las').int().min(1);

export const providerInput = z.strictObject({
  name: text().trim().min(1, 'Naam: vul de naam van de aanbieder in').max(200, 'Naam: hoogstens 200 tekens'),
  kinds: z.array(z.enum(providerKinds, 'Soort: kies een soort aanbieder'), 'Soort: kies minstens één soort').min(1, 'Soort: kies minstens één soort').max(providerKinds.length),
  /** DUO's instellingsnummer; '' or null: none. */
  instellingsnummer: text()
    .trim()
    .refine((v) => v === '' || /^[0-9A-Z]{10}$/.test(v), 'Instellingsnummer DUO: 10 tekens (cijfers of hoofdletters), of leeg')
    .nullable()
    .optional(),
});
export type ProviderInput = z.infer<typeof providerInput>;
export const updateProviderInput = providerInput.extend({ version });
export type UpdateProviderInput = z.infer<typeof updateProviderInput>;

const contractFields = z.strictObject({
  providerId: z.uuid('Aanbieder: kies een aanbieder'),
  name: text().trim().min(1, 'Naam contract: vul een naam in').max(200, 'Naam contract: hoogstens 200 tekens'),
  gemeenteIds: z.array(z.uuid('Gemeenten: ongeldige gemeente')).min(1, 'Gemeenten: kies minstens één gemeente').max(100),
  routes: z
    .array(
      z.strictObject({
        route: z.enum(learningRoutes, 'Leerroute: kies B1-route, Z-route of onderwijsroute'),
        priceCents: z.number('Prijs: vul een bedrag in').int('Prijs: in hele centen').positive('Prijs: moet groter dan € 0 zijn').max(10_000_000, 'Prijs: hoogstens € 100.000'),
      }),
    )
    .min(1, 'Leerroutes: kies minstens één leerroute met prijs')
    .max(3),
  keurmerk: z.enum(keurmerken, 'Keurmerk: kies Blik op Werk of geen').nullable(),
  keurmerkValidUntil: isoDate('Keurmerk geldig tot').nullable(),
  locations: z
    .array(
      z.strictObject({
        name: text().trim().min(1, 'Locatie: vul een naam in').max(200, 'Locatie: hoogstens 200 tekens'),
        startMoments: z.array(isoDate('Startmoment')).max(60, 'Startmomenten: hoogstens 60 per locatie'),
      }),
    )
    .min(1, 'Locaties: vul minstens één locatie in')
    .max(50),
  reportingEveryWeeks: z.number('Rapportagefrequentie: vul een aantal weken in').int('Rapportagefrequentie: hele weken').min(1, 'Rapportagefrequentie: minstens elke week').max(52, 'Rapportagefrequentie: hoogstens elke 52 weken'),
  startsOn: isoDate('Ingangsdatum'),
  endsOn: isoDate('Einddatum'),
  /** How long the provider still sees a placement after it was withdrawn (ADR 0150, X6). */
  accessMonthsAfterEnd: z
    .number('Inzage na einde plaatsing (maanden): vul een aantal maanden in')
    .int('Inzage na einde plaatsing (maanden): hele maanden')
    .min(0, 'Inzage na einde plaatsing (maanden): niet negatief')
    .max(24, 'Inzage na einde plaatsing (maanden): hoogstens 24 maanden')
    .default(3),
});

type ContractFields = z.infer<typeof contractFields>;
function checkContract(v: ContractFields, ctx: z.RefinementCtx): void {
  if (v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Einddatum: ligt vóór de ingangsdatum' });
  const routes = v.routes.map((r) => r.route);
  if (new Set(routes).size !== routes.length) ctx.addIssue({ code: 'custom', path: ['routes'], message: 'Leerroutes: elke leerroute één keer' });
  if (v.keurmerk !== null && v.keurmerkValidUntil === null) ctx.addIssue({ code: 'custom', path: ['keurmerkValidUntil'], message: 'Keurmerk geldig tot: vul de datum in tot wanneer het keurmerk geldt' });
  v.locations.forEach((l, i) =>
    l.startMoments.forEach((m, j) => {
      if (m < v.startsOn || m > v.endsOn) ctx.addIssue({ code: 'custom', path: ['locations', i, 'startMoments', j], message: `Startmoment: ${m} ligt buiten de looptijd van het contract` });
    }),
  );
}

export const contractInput = contractFields.superRefine(checkContract);
export type ContractInput = z.infer<typeof contractInput>;
export const updateContractInput = contractFields.extend({ version }).superRefine(checkContract);
export type UpdateContractInput = z.infer<typeof updateContractInput>;

export const linkProviderUserInput = z.strictObject({ userId: z.uuid('Gebruiker: kies een gebruiker') });
export type LinkProviderUserInput = z.infer<typeof linkProviderUserInput>;
