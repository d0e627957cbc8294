// Inputs of handhaving (issue 14, ADR 0132): a violation, its steps, the four-eyes decision, collection.
import { z } from 'zod';
import { beroepOutcomes, bezwaarOutcomes, collectionStatuses, violationGrounds, violationSourceKinds, zienswijzeForms } from '@koers/domain';
import { isoDate, text } from '../../contract/input-fields.ts';

const day = (label: string) => isoDate(`${label}: vul een datum in als JJJJ-MM-DD`, { from: '2021-01-01' });
const version = z.number('version ontbreekt').int().min(1);
const longText = (label: string, max: number) => text(`${label}: vul een tekst in`).trim().max(max, `${label}: maximaal ${max} tekens`);
const documentId = z.uuid('Document: kies een document uit het dossier');

export const violationInput = z.strictObject({
  ground: z.enum(violationGrounds, 'Overtreding: kies wat er is gebeurd'),
  establishedOn: day('Datum van constatering'),
  source: z.strictObject({
    kind: z.enum(violationSourceKinds, 'Herkomst: kies waar de overtreding is vastgesteld'),
    id: z.uuid('Herkomst: kies het gesprek of de rapportage waar de overtreding uit blijkt').nullable().optional(),
    description: longText('Omschrijving herkomst', 300).min(1, 'Omschrijving herkomst: vul in waar het is vastgesteld'),
  }),
  facts: longText('Feiten', 4000).min(1, 'Feiten: beschrijf wat er is gebeurd'),
  evidenceDocumentIds: z.array(documentId).max(20).default([]),
});
export type ViolationInput = z.infer<typeof violationInput>;

const reduction = z.strictObject({
  cents: z
    .number('Matiging: vul een bedrag in')
    .int('Matiging: in hele centen')
    .min(1, 'Matiging: meer dan € 0')
    .max(240_000, 'Matiging: hoogstens € 2.400'),
  reason: longText('Reden matiging', 1000).min(1, 'Reden matiging: vul de bijzondere omstandigheden in'),
});
/** A lower fine after bezwaar (deels gegrond) or beroep (verlaagd): a new culpability and/or a reduction. */
const revision = z.strictObject({
  culpability: z.enum(['opzet', 'grove-schuld', 'normaal', 'verminderd'], 'Verwijtbaarheid: kies een mate').nullable().default(null),
  reduction: reduction.nullable().default(null),
});

export const stepInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('bijstand-verlaagd'), version, decisionOn: day('Datum besluit Participatiewet'), documentId }),
    z.strictObject({
      kind: z.literal('waarschuwing'),
      version,
      on: day('Datum waarschuwing'),
      responseDays: z
        .number('Reactietermijn: vul een aantal dagen in')
        .int()
        .min(1, 'Reactietermijn: minstens 1 dag')
        .max(56, 'Reactietermijn: hoogstens 56 dagen')
        .default(14),
      /** A warning already sent (e.g. with the repeat invitation of the brede intake): no new letter. */
      documentId: documentId.nullable().optional(),
    }),
    z.strictObject({
      kind: z.literal('voornemen'),
      version,
      on: day('Datum voornemen'),
      culpability: z.enum(['opzet', 'grove-schuld', 'normaal', 'verminderd'], 'Verwijtbaarheid: kies een mate').nullable().default(null),
      motivation: longText('Motivering', 4000).min(1, 'Motivering: leg uit waarom een boete passend is'),
      reduction: z
        .strictObject({
          cents: z
            .number('Matiging: vul een bedrag in')
            .int('Matiging: in hele centen')
            .min(1, 'Matiging: meer dan € 0')
            .max(240_000, 'Matiging: hoogstens € 2.400'),
          reason: longText('Reden matiging', 1000).min(1, 'Reden matiging: vul de bijzondere omstandigheden in'),
        })
        .nullable()
        .default(null),
      zienswijzeDays: z
        .number('Termijn zienswijze: vul een aantal dagen in')
        .int()
        .min(7, 'Termijn zienswijze: minstens 7 dagen')
        .max(56, 'Termijn zienswijze: hoogstens 56 dagen')
        .default(14),
    }),
    z.strictObject({
      kind: z.literal('zienswijze'),
      version,
      on: day('Datum zienswijze'),
      form: z.enum(zienswijzeForms, 'Vorm zienswijze: kies schriftelijk, mondeling of niet gegeven'),
      summary: longText('Samenvatting zienswijze', 4000).default(''),
      documentId: documentId.nullable().optional(),
    }),
    z.strictObject({
      kind: z.literal('bezwaar'),
      version,
      on: day('Datum ontvangst bezwaar'),
      documentId: documentId.nullable().optional(),
    }),
    z.strictObject({
      kind: z.literal('bezwaar-beslist'),
      version,
      on: day('Datum beslissing op bezwaar'),
      outcome: z.enum(bezwaarOutcomes, 'Uitkomst: kies een uitkomst'),
      /** Deels gegrond: what changes, so the rules core computes the lower amount. */
      revision: revision.nullable().default(null),
      motivation: longText('Motivering beslissing op bezwaar', 4000).default(''),
      documentId: documentId.nullable().optional(),
    }),
    z.strictObject({ kind: z.literal('beroep'), version, on: day('Datum beroep'), documentId: documentId.nullable().optional() }),
    z.strictObject({
      kind: z.literal('beroep-beslist'),
      version,
      on: day('Datum uitspraak'),
      outcome: z.enum(beroepOutcomes, 'Uitspraak: kies wat de rechter besliste'),
      /** Verlaagd: the culpability or reduction the court applied. */
      revision: revision.nullable().default(null),
      documentId: documentId.nullable().optional(),
    }),
    z.strictObject({ kind: z.literal('onherroepelijk'), version, on: day('Datum onherroepelijk') }),
  ],
  'Stap: kies een stap',
);
export type StepInput = z.infer<typeof stepInput>;

export const decisionInput = z.strictObject({
  version,
  on: day('Datum besluit'),
  fine: z.boolean('Besluit: kies boete of geen boete'),
  reason: longText('Motivering besluit', 4000).nullable().default(null),
});
export type DecisionInput = z.infer<typeof decisionInput>;

export const collectionInput = z.strictObject({
  version,
  collectionStatus: z.enum(collectionStatuses, 'Stand van de inning: kies een stand'),
  paidCents: z
    .number('Betaald: vul een bedrag in')
    .int('Betaald: in hele centen')
    .min(0, 'Betaald: € 0 of meer')
    .max(240_000, 'Betaald: hoogstens € 2.400'),
  note: longText('Toelichting', 1000).nullable().default(null),
});
export type CollectionInput = z.infer<typeof collectionInput>;
