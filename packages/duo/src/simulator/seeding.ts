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

export class SimSeedError extends Error {
  override readonly name = 'SimSeedError';
}

/** The DUO objects of a seed, per field: what the spec schema named in `seedSchemas` describes. */
interface SeedObjects {
  inburgeringsplicht: SimPerson['inburgeringsplicht'];
  doelgroep: SimPerson['doelgroep'];
  lbtResultaten: SimPerson['lbtResultaten'][number];
  termijn: NonNullable<SimPerson['termijn']>;
  vrijstellingen: SimPerson['vrijstellingen'][number];
  ontheffingen: SimPerson['ontheffingen'][number];
  examenresultaten: SimPerson['examenresultaten'][number];
  gratisPogingen: SimPerson['gratisPogingen'][number];
  pips: PIP;
}
type SingleField = 'inburgeringsplicht' | 'doelgroep' | 'termijn';
type ListField = Exclude<keyof SeedObjects, SingleField | 'pips'>;

/** Which spec schema checks which seed field. */
const seedSchemas: { readonly [F in keyof SeedObjects]: readonly [DuoApiName, string] } = {
  inburgeringsplicht: ['Inburgeringsplicht', 'Inburgeringsplicht'],
  doelgroep: ['Inburgeringsplicht', 'Doelgroep'],
  lbtResultaten: ['Leerbaarheidstoets', 'Resultaat'],
  termijn: ['Inburgeringstermijn', 'Inburgeringstermijn'],
  vrijstellingen: ['Vrijstelling', 'Vrijstelling'],
  ontheffingen: ['Ontheffing', 'Ontheffing'],
  examenresultaten: ['Examen', 'Examenresultaat'],
  gratisPogingen: ['Examen', 'GratisPogingTegoed'],
  pips: ['PIP', 'PIP'],
};

/** A seed's DUO objects once the spec accepted them (a field is absent when the seed leaves it out). */
interface CheckedObjects {
  readonly inburgeringsplicht: SeedObjects['inburgeringsplicht'] | undefined;
  readonly doelgroep: SeedObjects['doelgroep'] | undefined;
  readonly lbtResultaten: SeedObjects['lbtResultaten'][] | undefined;
  readonly termijn: SeedObjects['termijn'] | undefined;
  readonly vrijstellingen: SeedObjects['vrijstellingen'][] | undefined;
  readonly ontheffingen: SeedObjects['ontheffingen'][] | undefined;
  readonly examenresultaten: SeedObjects['examenresultaten'][] | undefined;
  readonly gratisPogingen: SeedObjects['gratisPogingen'][] | undefined;
  readonly pips: SeedPip[] | undefined;
}

type SeedPip = Omit<NonNullable<PersonPatch['pips']>[number], 'pip'> & { readonly pip: PIP };

/** The DUO objects of a seed or patch checked against the spec, and the problems as `field: text` (a seed's PIPs must also name a known gemeente). */
function checkObjects(sim: SimContext, seed: PersonPatch, checkPipGemeente: boolean): { problems: string[]; objects: CheckedObjects } {
  const problems: string[] = [];
  // The spec schema (ajv) is the check; the guard carries its verdict into the type.
  const conforms = <F extends keyof SeedObjects>(field: F, value: unknown): value is SeedObjects[F] => {
    const [api, schemaName] = seedSchemas[field];
    const issues = sim.validator.validateSchema(api, schemaName, value, { strictProperties: true });
    problems.push(...issues.map((i) => `${field}: ${i.text}`));
    return issues.length === 0;
  };
  const one = <F extends SingleField>(field: F): SeedObjects[F] | undefined => {
    const value = seed[field];
    return value !== undefined && conforms(field, value) ? value : undefined;
  };
  const list = <F extends ListField>(field: F): SeedObjects[F][] | undefined => {
    const values = seed[field];
    if (values === undefined) return undefined;
    const accepted = values.filter((v): v is SeedObjects[F] => conforms(field, v));
    return accepted.length === values.length ? accepted : undefined;
  };
  const objects: Omit<CheckedObjects, 'pips'> = {
    inburgeringsplicht: one('inburgeringsplicht'),
    doelgroep: one('doelgroep'),
    lbtResultaten: list('lbtResultaten'),
    termijn: one('termijn'),
    vrijstellingen: list('vrijstellingen'),
    ontheffingen: list('ontheffingen'),
    examenresultaten: list('examenresultaten'),
    gratisPogingen: list('gratisPogingen'),
  };
  const pips: SeedPip[] = [];
  for (const p of seed.pips ?? []) {
    const pip = p.pip;
    const accepted = conforms('pips', pip);
    if (checkPipGemeente && !sim.gemeenten.has(p.gemeenteOin)) problems.push(`pips: onbekende gemeente ${p.gemeenteOin}`);
    if (accepted) pips.push({ ...p, pip });
  }
  return { problems, objects: { ...objects, pips: seed.pips === undefined ? undefined : pips } };
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
    pip: p.pip,
    registratiedatum: p.registratiedatum ?? today,
  }));
}

/** Adds (or replaces) a person; throws SimSeedError with every problem found. */
export function seedPerson(sim: SimContext, input: unknown): SimPerson {
  const parsed = personSeedSchema.safeParse(input);
  if (!parsed.success) throw new SimSeedError(z.prettifyError(parsed.error));
  const seed = parsed.data;
  const { problems, objects } = checkObjects(sim, seed, true);
  const gemeenteOin = seed.gemeenteOin ?? sim.options.gemeenten[0]?.oin;
  if (gemeenteOin === undefined || !sim.gemeenten.has(gemeenteOin)) problems.push(`gemeenteOin: onbekende gemeente ${String(gemeenteOin)}`);
  if (problems.length > 0 || gemeenteOin === undefined) throw new SimSeedError(problems.join('; '));
  const person = newPerson(sim, seed, objects, gemeenteOin, sim.today());
  person.inburgeringsplichtHistorie.push(plichtHistorie(person.inburgeringsplicht));
  person.doelgroepHistorie.push(doelgroepHistorie(person.doelgroep));
  if (person.termijn) person.termijnHistorie.push({ einddatum: person.termijn.einddatum, ...(person.termijn.wijzigingsdatum ? { wijzigingsdatum: person.termijn.wijzigingsdatum } : {}) });
  sim.state.persons.set(person.bsn, person);
  return person;
}

/** The person a valid seed describes, with DUO's defaults for what it leaves out (histories still empty). */
function newPerson(sim: SimContext, seed: z.output<typeof personSeedSchema>, objects: CheckedObjects, gemeenteOin: Oin, t: IsoDate): SimPerson {
  return {
    bsn: seed.bsn,
    ...(seed.vNummer !== undefined ? { vNummer: seed.vNummer } : {}),
    gemeenteOin,
    ...(seed.vestigingsdatum !== undefined ? { vestigingsdatum: seed.vestigingsdatum } : {}),
    inburgeringsplicht: objects.inburgeringsplicht ?? {
      indicatorInburgeringsplicht: true,
      begindatum: addDays(t, -30),
      datumKennisgevingInburgeringsplicht: addDays(t, -28),
    },
    inburgeringsplichtHistorie: [],
    doelgroep: objects.doelgroep ?? { indeling: 'Asielstatushouder', begindatum: addDays(t, -30), gedetailleerdeDoelgroep: 'Asielstatushouder' },
    doelgroepHistorie: [],
    ...(seed.lbtExamennummer !== undefined ? { lbtExamennummer: seed.lbtExamennummer } : {}),
    lbtResultaten: objects.lbtResultaten ?? [],
    ...(objects.termijn !== undefined ? { termijn: objects.termijn } : {}),
    termijnHistorie: [],
    vrijstellingen: objects.vrijstellingen ?? [],
    ontheffingen: objects.ontheffingen ?? [],
    examenresultaten: objects.examenresultaten ?? [],
    gratisPogingen: objects.gratisPogingen ?? [],
    pips: pipRecords(sim, objects.pips ?? [], t),
    pipCount: objects.pips?.length ?? 0,
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
  const { problems, objects } = checkObjects(sim, patch, false);
  if (patch.gemeenteOin !== undefined && !sim.gemeenten.has(patch.gemeenteOin)) problems.push(`gemeenteOin: onbekende gemeente ${patch.gemeenteOin}`);
  if (problems.length > 0) throw new SimSeedError(problems.join('; '));
  applyPatch(sim, person, patch, objects, sim.today());
  return person;
}

function applyPatch(sim: SimContext, person: SimPerson, patch: PersonPatch, objects: CheckedObjects, t: IsoDate): void {
  if (patch.vNummer !== undefined) person.vNummer = patch.vNummer;
  if (patch.gemeenteOin !== undefined) person.gemeenteOin = patch.gemeenteOin;
  if (patch.vestigingsdatum !== undefined) person.vestigingsdatum = patch.vestigingsdatum;
  if (objects.inburgeringsplicht !== undefined) {
    person.inburgeringsplicht = objects.inburgeringsplicht;
    person.inburgeringsplichtHistorie.push(plichtHistorie(person.inburgeringsplicht));
  }
  if (objects.doelgroep !== undefined) {
    person.doelgroep = objects.doelgroep;
    person.doelgroepHistorie.push(doelgroepHistorie(person.doelgroep));
  }
  if (patch.lbtExamennummer !== undefined) person.lbtExamennummer = patch.lbtExamennummer;
  if (objects.lbtResultaten !== undefined) person.lbtResultaten = objects.lbtResultaten;
  if (objects.termijn !== undefined) {
    person.termijn = objects.termijn;
    person.termijnHistorie.push({ einddatum: person.termijn.einddatum, wijzigingsdatum: person.termijn.wijzigingsdatum ?? t });
  }
  if (objects.vrijstellingen !== undefined) person.vrijstellingen = objects.vrijstellingen;
  if (objects.ontheffingen !== undefined) person.ontheffingen = objects.ontheffingen;
  if (objects.examenresultaten !== undefined) person.examenresultaten = objects.examenresultaten;
  if (objects.gratisPogingen !== undefined) person.gratisPogingen = objects.gratisPogingen;
  if (objects.pips !== undefined) {
    person.pips = pipRecords(sim, objects.pips, t);
    person.pipCount = Math.max(person.pipCount, person.pips.length);
  }
  if (patch.cursusuren !== undefined) person.cursusuren = patch.cursusuren;
  if (patch.datumAfrondingZroute !== undefined) person.datumAfrondingZroute = patch.datumAfrondingZroute;
  if (patch.voldaanViaZroute !== undefined) person.voldaanViaZroute = patch.voldaanViaZroute;
}
