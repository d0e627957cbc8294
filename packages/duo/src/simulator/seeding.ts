/** Seeding and admin updates of the simulator's persons (`POST`/`PATCH /_sim/personen`, `seedPerson`). */
import { z } from 'zod';
import { addDays } from '../dates.ts';
import type { DuoApiName } from '../spec.ts';
import type { Doelgroep, Doelgroephistorie, Inburgeringsplicht, Inburgeringsplichthistorie, IsoDate, Oin, PIP } from '../types.ts';
import type { SimContext } from './context.ts';
import type { SimPerson, SimPipRecord } from './state.ts';

const bsnSchema = z.string().regex(/^\d{9}$/);
const dateSchema = z.iso.date();
/** Seed of a person (admin endpoint `POST /_sim/personen`); nested DUO objects are checked against the spec. */
export const personSeedSchema = z.object({
  bsn: bsnSchema,
  vNummer: z.number().int().min(0).max(9999999999).optional(),
  gemeenteOin: z.string().length(20).optional(),
  vestigingsdatum: dateSchema.optional(),
  inburgeringsplicht: z.unknown().optional(),
  doelgroep: z.unknown().optional(),
  lbtExamennummer: z.string().max(12).optional(),
  lbtResultaten: z.array(z.unknown()).optional(),
  termijn: z.unknown().optional(),
  vrijstellingen: z.array(z.unknown()).optional(),
  ontheffingen: z.array(z.unknown()).optional(),
  examenresultaten: z.array(z.unknown()).optional(),
  gratisPogingen: z.array(z.unknown()).optional(),
  pips: z.array(z.object({ gemeenteOin: z.string().length(20), pip: z.unknown(), registratiedatum: dateSchema.optional() })).optional(),
  cursusuren: z.number().int().min(0).optional(),
  datumAfrondingZroute: dateSchema.optional(),
  voldaanViaZroute: z.boolean().optional(),
});
export type PersonSeed = z.input<typeof personSeedSchema>;

const personPatchSchema = personSeedSchema.omit({ bsn: true }).partial();
type PersonPatch = z.output<typeof personPatchSchema>;
type SeedPip = NonNullable<PersonPatch['pips']>[number];

export class SimSeedError extends Error {
  override readonly name = 'SimSeedError';
}

/** Which spec schema checks which seed field. */
const seedSchemaChecks: ReadonlyArray<[keyof PersonSeed, DuoApiName, string, boolean]> = [
  ['inburgeringsplicht', 'Inburgeringsplicht', 'Inburgeringsplicht', false],
  ['doelgroep', 'Inburgeringsplicht', 'Doelgroep', false],
  ['lbtResultaten', 'Leerbaarheidstoets', 'Resultaat', true],
  ['termijn', 'Inburgeringstermijn', 'Inburgeringstermijn', false],
  ['vrijstellingen', 'Vrijstelling', 'Vrijstelling', true],
  ['ontheffingen', 'Ontheffing', 'Ontheffing', true],
  ['examenresultaten', 'Examen', 'Examenresultaat', true],
  ['gratisPogingen', 'Examen', 'GratisPogingTegoed', true],
];

/** Spec problems of the DUO objects in a seed or patch, as `field: text` (a seed's PIPs must also name a known gemeente). */
function specProblems(sim: SimContext, seed: PersonPatch, checkPipGemeente: boolean): string[] {
  const problems: string[] = [];
  for (const [field, api, schemaName, isArray] of seedSchemaChecks) {
    const value = seed[field as keyof PersonPatch];
    if (value === undefined) continue;
    const values: unknown[] = isArray && Array.isArray(value) ? value : [value];
    for (const v of values) problems.push(...sim.validator.validateSchema(api, schemaName, v, { strictProperties: true }).map((i) => `${field}: ${i.text}`));
  }
  for (const p of seed.pips ?? []) {
    problems.push(...sim.validator.validateSchema('PIP', 'PIP', p.pip, { strictProperties: true }).map((i) => `pips: ${i.text}`));
    if (checkPipGemeente && !sim.gemeenten.has(p.gemeenteOin)) problems.push(`pips: onbekende gemeente ${p.gemeenteOin}`);
  }
  return problems;
}

function plichtHistorie(p: Inburgeringsplicht): Inburgeringsplichthistorie {
  return {
    indicatorInburgeringsplicht: p.indicatorInburgeringsplicht,
    ...(p.begindatum !== undefined ? { begindatum: p.begindatum } : {}),
    ...(p.einddatum !== undefined ? { einddatum: p.einddatum } : {}),
    ...(p.wijzigingsdatum !== undefined ? { wijzigingsdatum: p.wijzigingsdatum } : {}),
  };
}

function doelgroepHistorie(d: Doelgroep): Doelgroephistorie {
  return { ...(d.indeling ? { indeling: d.indeling } : {}), ...(d.begindatum ? { begindatum: d.begindatum } : {}) };
}

function pipRecords(sim: SimContext, pips: readonly SeedPip[], today: IsoDate): SimPipRecord[] {
  return pips.map((p) => ({
    gemeenteOin: p.gemeenteOin,
    gemeentecode: sim.gemeenten.get(p.gemeenteOin)?.gemeentecode ?? '0000',
    pip: p.pip as PIP,
    registratiedatum: p.registratiedatum ?? today,
  }));
}

/** Adds (or replaces) a person; throws SimSeedError with every problem found. */
export function seedPerson(sim: SimContext, input: PersonSeed): SimPerson {
  const parsed = personSeedSchema.safeParse(input);
  if (!parsed.success) throw new SimSeedError(z.prettifyError(parsed.error));
  const seed = parsed.data;
  const problems = specProblems(sim, seed, true);
  const gemeenteOin = seed.gemeenteOin ?? sim.options.gemeenten[0]?.oin;
  if (gemeenteOin === undefined || !sim.gemeenten.has(gemeenteOin)) problems.push(`gemeenteOin: onbekende gemeente ${String(gemeenteOin)}`);
  if (problems.length > 0 || gemeenteOin === undefined) throw new SimSeedError(problems.join('; '));
  const person = newPerson(sim, seed, gemeenteOin, sim.today());
  person.inburgeringsplichtHistorie.push(plichtHistorie(person.inburgeringsplicht));
  person.doelgroepHistorie.push(doelgroepHistorie(person.doelgroep));
  if (person.termijn) person.termijnHistorie.push({ einddatum: person.termijn.einddatum, ...(person.termijn.wijzigingsdatum ? { wijzigingsdatum: person.termijn.wijzigingsdatum } : {}) });
  sim.state.persons.set(person.bsn, person);
  return person;
}

/** The person a valid seed describes, with DUO's defaults for what it leaves out (histories still empty). */
function newPerson(sim: SimContext, seed: z.output<typeof personSeedSchema>, gemeenteOin: Oin, t: IsoDate): SimPerson {
  return {
    bsn: seed.bsn,
    ...(seed.vNummer !== undefined ? { vNummer: seed.vNummer } : {}),
    gemeenteOin,
    ...(seed.vestigingsdatum !== undefined ? { vestigingsdatum: seed.vestigingsdatum } : {}),
    inburgeringsplicht: (seed.inburgeringsplicht as SimPerson['inburgeringsplicht'] | undefined) ?? {
      indicatorInburgeringsplicht: true,
      begindatum: addDays(t, -30),
      datumKennisgevingInburgeringsplicht: addDays(t, -28),
    },
    inburgeringsplichtHistorie: [],
    doelgroep: (seed.doelgroep as SimPerson['doelgroep'] | undefined) ?? { indeling: 'Asielstatushouder', begindatum: addDays(t, -30), gedetailleerdeDoelgroep: 'Asielstatushouder' },
    doelgroepHistorie: [],
    ...(seed.lbtExamennummer !== undefined ? { lbtExamennummer: seed.lbtExamennummer } : {}),
    lbtResultaten: (seed.lbtResultaten ?? []) as SimPerson['lbtResultaten'],
    ...(seed.termijn !== undefined ? { termijn: seed.termijn as NonNullable<SimPerson['termijn']> } : {}),
    termijnHistorie: [],
    vrijstellingen: (seed.vrijstellingen ?? []) as SimPerson['vrijstellingen'],
    ontheffingen: (seed.ontheffingen ?? []) as SimPerson['ontheffingen'],
    examenresultaten: (seed.examenresultaten ?? []) as SimPerson['examenresultaten'],
    gratisPogingen: (seed.gratisPogingen ?? []) as SimPerson['gratisPogingen'],
    pips: pipRecords(sim, seed.pips ?? [], t),
    pipCount: seed.pips?.length ?? 0,
    aanbod: new Map(),
    cursusuren: seed.cursusuren ?? 0,
    ...(seed.datumAfrondingZroute !== undefined ? { datumAfrondingZroute: seed.datumAfrondingZroute } : {}),
    voldaanViaZroute: seed.voldaanViaZroute ?? false,
    uren: new Map(),
  };
}

/** Admin update of a seeded person (same fields as the seed, all optional). */
export function updatePerson(sim: SimContext, bsn: string, input: unknown): SimPerson {
  const person = sim.state.persons.get(bsn);
  if (!person) throw new SimSeedError(`onbekende persoon ${bsn}`);
  const parsed = personPatchSchema.safeParse(input);
  if (!parsed.success) throw new SimSeedError(z.prettifyError(parsed.error));
  const patch = parsed.data;
  const problems = specProblems(sim, patch, false);
  if (patch.gemeenteOin !== undefined && !sim.gemeenten.has(patch.gemeenteOin)) problems.push(`gemeenteOin: onbekende gemeente ${patch.gemeenteOin}`);
  if (problems.length > 0) throw new SimSeedError(problems.join('; '));
  applyPatch(sim, person, patch, sim.today());
  return person;
}

function applyPatch(sim: SimContext, person: SimPerson, patch: PersonPatch, t: IsoDate): void {
  if (patch.vNummer !== undefined) person.vNummer = patch.vNummer;
  if (patch.gemeenteOin !== undefined) person.gemeenteOin = patch.gemeenteOin;
  if (patch.vestigingsdatum !== undefined) person.vestigingsdatum = patch.vestigingsdatum;
  if (patch.inburgeringsplicht !== undefined) {
    person.inburgeringsplicht = patch.inburgeringsplicht as SimPerson['inburgeringsplicht'];
    person.inburgeringsplichtHistorie.push(plichtHistorie(person.inburgeringsplicht));
  }
  if (patch.doelgroep !== undefined) {
    person.doelgroep = patch.doelgroep as SimPerson['doelgroep'];
    person.doelgroepHistorie.push(doelgroepHistorie(person.doelgroep));
  }
  if (patch.lbtExamennummer !== undefined) person.lbtExamennummer = patch.lbtExamennummer;
  if (patch.lbtResultaten !== undefined) person.lbtResultaten = patch.lbtResultaten as SimPerson['lbtResultaten'];
  if (patch.termijn !== undefined) {
    person.termijn = patch.termijn as NonNullable<SimPerson['termijn']>;
    person.termijnHistorie.push({ einddatum: person.termijn.einddatum, wijzigingsdatum: person.termijn.wijzigingsdatum ?? t });
  }
  if (patch.vrijstellingen !== undefined) person.vrijstellingen = patch.vrijstellingen as SimPerson['vrijstellingen'];
  if (patch.ontheffingen !== undefined) person.ontheffingen = patch.ontheffingen as SimPerson['ontheffingen'];
  if (patch.examenresultaten !== undefined) person.examenresultaten = patch.examenresultaten as SimPerson['examenresultaten'];
  if (patch.gratisPogingen !== undefined) person.gratisPogingen = patch.gratisPogingen as SimPerson['gratisPogingen'];
  if (patch.pips !== undefined) {
    person.pips = pipRecords(sim, patch.pips, t);
    person.pipCount = Math.max(person.pipCount, person.pips.length);
  }
  if (patch.cursusuren !== undefined) person.cursusuren = patch.cursusuren;
  if (patch.datumAfrondingZroute !== undefined) person.datumAfrondingZroute = patch.datumAfrondingZroute;
  if (patch.voldaanViaZroute !== undefined) person.voldaanViaZroute = patch.voldaanViaZroute;
}
