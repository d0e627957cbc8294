// Demo handhaving (issue 14): an art. 22 case at the zienswijze (voornemen sent, term running) and an
// art. 23 case whose earlier fine became final, so the new voornemen shows the doubling. States come
// from the domain's transitions, like the use cases; the decision is by a teamleider (four eyes).
import { and, eq } from 'drizzle-orm';
import {
  addDays,
  applyStep,
  fineContextFor,
  fineFor,
  formatEuro,
  openViolation,
  revisedFine,
  termInForce,
  type HandhavingState,
  type HandhavingStep,
  type IsoDate,
  type StoredViolation,
  type ViolationGround,
} from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { cases, handhavingFines, handhavingSteps, handhavingViolations, userGemeenten, users } from '../db/schema.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import { seedDemoDuoFine } from './duo-fine.ts';

interface DemoViolation {
  ground: ViolationGround;
  establishedOn: IsoDate;
  facts: string;
  source: { kind: 'brede-intake' | 'voortgangsgesprek'; description: string };
  steps: (HandhavingStep | ((all: StoredViolation[], id: string) => HandhavingStep))[];
}

type DemoCase = { bsn: string; violations: (regisseur: string, teamleider: string) => DemoViolation[] };
type Day = (n: number) => IsoDate;
type Term = ReturnType<typeof termInForce>['value'];

/** Art. 22: not appearing at the brede intake after the repeated invitation; the voornemen is out, the zienswijze term runs. */
function intakeCase(day: Day, term: Term): DemoCase {
  return {
    bsn: '999990108',
    violations: (regisseur) => [
      {
        ground: 'intake-niet-verschenen',
        establishedOn: day(-20),
        facts: 'Niet verschenen op de brede intake na de herhaalde uitnodiging; ook niet afgemeld.',
        source: { kind: 'brede-intake', description: 'Herhaalde uitnodiging brede intake' },
        steps: [
          { kind: 'waarschuwing', on: day(-19), responseDays: 7 },
          (all, id) => ({
            kind: 'voornemen',
            on: day(-5),
            by: regisseur,
            culpability: null,
            motivation: 'Geen reactie op de schriftelijke waarschuwing en geen bericht van verhindering.',
            reduction: null,
            zienswijzeDays: 14,
            context: fineContextFor(id, all, term),
          }),
        ],
      },
    ],
  };
}

/** Art. 23: a fine that became final, one lowered on bezwaar, and a new voornemen that shows the doubling. */
function pvtCase(day: Day, term: Term): DemoCase {
  return {
    bsn: '999990093',
    violations: (regisseur, teamleider) => [
      {
        ground: 'intensiteit-pvt',
        establishedOn: day(-80),
        facts: 'Drie van de vier bijeenkomsten van het participatieverklaringstraject gemist zonder bericht.',
        source: { kind: 'voortgangsgesprek', description: 'Voortgangsgesprek na rapportage van de aanbieder' },
        steps: [
          { kind: 'waarschuwing', on: day(-79), responseDays: 14 },
          (all, id) => ({
            kind: 'voornemen',
            on: day(-62),
            by: regisseur,
            culpability: 'normaal',
            motivation: 'Na de waarschuwing opnieuw afwezig.',
            reduction: null,
            zienswijzeDays: 14,
            context: fineContextFor(id, all, term),
          }),
          { kind: 'zienswijze', on: day(-55), form: 'niet-gegeven', summary: '' },
          (all, id) => ({
            kind: 'besluit',
            on: day(-54),
            by: teamleider,
            fine: true,
            reason: null,
            context: fineContextFor(id, all, term),
          }),
          { kind: 'onherroepelijk', on: day(-5) },
        ],
      },
      // A decided bezwaar (ADR 0146): deels gegrond, the rules core lowers the fine for reduced culpability.
      {
        ground: 'begeleiding-niet-meegewerkt',
        establishedOn: day(-70),
        facts: 'Twee afspraken met de trajectregisseur niet nagekomen zonder bericht.',
        source: { kind: 'voortgangsgesprek', description: 'Voortgangsgesprek' },
        steps: [
          (all, id) => ({
            kind: 'voornemen',
            on: day(-68),
            by: regisseur,
            culpability: 'grove-schuld',
            motivation: 'Afspraken bewust niet nagekomen.',
            reduction: null,
            zienswijzeDays: 14,
            context: fineContextFor(id, all, term),
          }),
          (all, id) => ({ kind: 'besluit', on: day(-50), by: teamleider, fine: true, reason: null, context: fineContextFor(id, all, term) }),
          { kind: 'bezwaar', on: day(-40) },
          (all, id) => ({
            kind: 'bezwaar-beslist',
            on: day(-10),
            outcome: 'deels-gegrond',
            by: teamleider,
            revision: { culpability: 'verminderd', reduction: null },
            context: fineContextFor(id, all, term),
          }),
        ],
      },
      {
        ground: 'intensiteit-pvt',
        establishedOn: day(-4),
        facts: 'Opnieuw twee bijeenkomsten van het participatieverklaringstraject gemist.',
        source: { kind: 'voortgangsgesprek', description: 'Voortgangsgesprek' },
        steps: [
          (all, id) => ({
            kind: 'voornemen',
            on: day(-3),
            by: regisseur,
            culpability: 'normaal',
            motivation: 'Herhaalde afwezigheid na een eerdere onherroepelijke boete.',
            reduction: null,
            zienswijzeDays: 14,
            context: fineContextFor(id, all, term),
          }),
        ],
      },
    ],
  };
}

export async function seedDemoHandhaving(tx: Tx, today: IsoDate): Promise<void> {
  const day = (n: number) => addDays(today, n);
  const term = termInForce([]).value;
  const plan: DemoCase[] = [intakeCase(day, term), pvtCase(day, term)];
  for (const { bsn, violations } of plan) {
    const [kase] = await tx.select().from(cases).where(eq(cases.bsn, bsn));
    if (!kase?.caseManagerId) continue;
    const [teamleider] = await tx
      .select({ id: users.id })
      .from(users)
      .innerJoin(userGemeenten, eq(userGemeenten.userId, users.id))
      .where(and(eq(users.role, 'teamleider'), eq(userGemeenten.gemeenteId, kase.gemeenteId)))
      .limit(1);
    if (!teamleider) continue;
    const stored: StoredViolation[] = [];
    const seeded = { id: kase.id, gemeenteId: kase.gemeenteId, caseManagerId: kase.caseManagerId };
    for (const v of violations(kase.caseManagerId, teamleider.id)) {
      const id = crypto.randomUUID();
      const replayed = replayViolation(seeded, teamleider.id, v, id, stored, today);
      await insertViolation(tx, seeded, id, replayed);
      stored.push({ id, state: replayed.state });
    }
    await refreshSignals(tx, kase.id, today);
  }
  await seedDemoDuoFine(tx, today);
}

interface SeededCase {
  id: string;
  gemeenteId: string;
  caseManagerId: string;
}

interface Replayed {
  state: HandhavingState;
  rows: (typeof handhavingSteps.$inferInsert)[];
  fine: typeof handhavingFines.$inferInsert | null;
}

/** Runs a demo violation's steps through the domain's transitions and builds the rows the use cases would have stored. */
function replayViolation(kase: SeededCase, teamleiderId: string, v: DemoViolation, id: string, stored: StoredViolation[], today: IsoDate): Replayed {
  let state: HandhavingState = openViolation({
    ground: v.ground,
    establishedOn: v.establishedOn,
    source: { ...v.source, id: null },
    facts: v.facts,
  });
  const rows: (typeof handhavingSteps.$inferInsert)[] = [
    {
      gemeenteId: kase.gemeenteId,
      caseId: kase.id,
      violationId: id,
      kind: 'geconstateerd',
      occurredOn: v.establishedOn,
      createdBy: kase.caseManagerId,
      data: { summary: v.facts },
    },
  ];
  let fine: typeof handhavingFines.$inferInsert | null = null;
  for (const s of v.steps) {
    const step = typeof s === 'function' ? s(stored, id) : s;
    const result = applyStep(state, step, today);
    if (!result.ok) throw new Error(`demo handhaving: ${result.refusal.message}`);
    const data: Record<string, unknown> = {};
    if (step.kind === 'voornemen') data.explanation = fineFor(state, step.culpability, step.reduction, step.context).explanation;
    if (step.kind === 'besluit' && result.state.beschikking && state.voornemen) {
      const computed = fineFor(state, state.voornemen.culpability, state.voornemen.reduction, step.context);
      fine = {
        gemeenteId: kase.gemeenteId,
        caseId: kase.id,
        violationId: id,
        amountCents: result.state.beschikking.amountCents,
        computation: computed.explanation,
      };
    }
    if (step.kind === 'bezwaar-beslist' && fine && result.state.beschikking && step.revision && step.context) {
      const revised = revisedFine(state, step.revision, step.context, 'het bezwaar');
      fine = { ...fine, amountCents: result.state.beschikking.amountCents, computation: revised.explanation };
      data.summary = `Uitkomst: deels gegrond. Boete verlaagd naar ${formatEuro(revised.value)}.`;
    }
    state = result.state;
    const on = step.kind === 'bijstand-verlaagd' ? step.decisionOn : step.on;
    rows.push({
      gemeenteId: kase.gemeenteId,
      caseId: kase.id,
      violationId: id,
      kind: step.kind,
      occurredOn: on,
      createdBy: step.kind === 'besluit' || step.kind === 'bezwaar-beslist' ? teamleiderId : kase.caseManagerId,
      data,
    });
  }
  return { state, rows, fine };
}

async function insertViolation(tx: Tx, kase: SeededCase, id: string, { state, rows, fine }: Replayed): Promise<void> {
  await tx.insert(handhavingViolations).values({
    id,
    gemeenteId: kase.gemeenteId,
    caseId: kase.id,
    ground: state.ground,
    article: state.article,
    establishedOn: state.establishedOn,
    sourceKind: state.source.kind,
    stage: state.stage,
    state,
    createdBy: kase.caseManagerId,
  });
  await tx.insert(handhavingSteps).values(rows);
  if (fine)
    await tx
      .insert(handhavingFines)
      .values({ ...fine, status: state.stage === 'onherroepelijk' ? 'onherroepelijk' : state.stage === 'vervallen' ? 'vervallen' : 'opgelegd' });
}
