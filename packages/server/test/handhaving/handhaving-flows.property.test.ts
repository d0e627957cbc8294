// Handhaving through the whole flow over HTTP (issue 14, "a property test runs random sequences of
// violations and fines through the whole flow"): each run is a fresh gemeente and case on which random
// commands — violations of art. 22/23, warning, voornemen, zienswijze, the four-eyes decision with random
// culpability and reduction, bezwaar and beroep with their outcomes, the final date, DUO's fines, the
// Participatiewet decision (C4) — go through `app.inject`. After every command the test reads the stored
// violations, fines and DUO fines back from the database and checks, with the rules core only:
// - a fine just decided (or lowered in bezwaar/beroep) equals `fineFor` / `revisedFine` for the history
//   stored at that moment, with the same explanation; the screen's term figures equal the rules core's;
// - every stored fine follows its violation (amount and legal status), never with bijstand lowered (C4),
//   never decided by whoever prepared it (four eyes);
// - the gemeente's fines imposed in the termijn in force never exceed its cap (C3, C6);
// - a refused step is a 4xx with a Dutch message and changes nothing.
// Dates only move forward, and a DUO fine is recorded on the day of its beschikking: a DUO fine recorded
// late can put earlier fines over the new cap, which the overview reports (ADR 0161, handhaving-work.test.ts).
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  beroepOutcomes,
  bezwaarOutcomes,
  duoFinesInForce,
  fineContextFor,
  fineFor,
  isImposed,
  isOnOrAfter,
  nextSteps,
  revisedFine,
  stepArticles,
  termInForce,
  violationGrounds,
  type Culpability,
  type FineTerm,
  type HandhavingState,
  type HandhavingStepKind,
  type StoredViolation,
  type ViolationGround,
} from '@koers/domain';
import { asSystem } from '../../src/db/scope.ts';
import { cases, duoFines, handhavingFines, handhavingViolations } from '../../src/db/schema.ts';
import { recordedOf } from '../../src/use-cases/handhaving/duo-fine-support.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type TestKoers } from '../support/koers.ts';
import { caseInput } from '../support/fixtures.ts';

const NUM_RUNS = 10;
let koers: TestKoers;
const now = new Date('2034-01-01T10:00:00Z');

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
});
afterAll(() => koers.close());

type Command =
  | { t: 'open'; ground: ViolationGround; days: number }
  | { t: 'duo'; leerroute: boolean; amountCents: number; months: 6 | 12 | 18 | 24; days: number }
  | {
      t: 'step';
      target: number;
      follow: boolean;
      pick: number;
      kind: HandhavingStepKind;
      culpability: Culpability | null;
      reduction: number;
      fine: boolean;
      form: number;
      outcome: number;
      days: number;
    };

const days = fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 43, max: 80 }));
const open = fc.record({ t: fc.constant('open' as const), ground: fc.constantFrom(...violationGrounds), days });
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: open },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('duo' as const),
      leerroute: fc.boolean(),
      amountCents: fc.integer({ min: 1, max: 34_000 }),
      months: fc.constantFrom(6 as const, 12 as const, 18 as const, 24 as const),
      days,
    }),
  },
  {
    weight: 30,
    arbitrary: fc.record({
      t: fc.constant('step' as const),
      target: fc.nat(3),
      follow: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
      pick: fc.nat(5),
      // Every step kind of the lifecycle (the keys of its articles).
      kind: fc.constantFrom(...(Object.keys(stepArticles) as HandhavingStepKind[])),
      culpability: fc.constantFrom<Culpability | null>('opzet', 'grove-schuld', 'normaal', 'verminderd', null),
      reduction: fc.constantFrom(0, 0, 0, 0, 1_000, 2_500, 50_000),
      fine: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
      form: fc.nat(2),
      // Index 1 lowers the fine (deels gegrond, verlaagd): more often, so partial outcomes are reached.
      outcome: fc.constantFrom(0, 1, 1, 1, 2, 3, 4),
      days,
    }),
  },
);

interface Stored {
  violations: (typeof handhavingViolations.$inferSelect)[];
  fines: (typeof handhavingFines.$inferSelect)[];
  term: FineTerm;
  history: StoredViolation[];
}

async function stored(caseId: string): Promise<Stored> {
  return asSystem(koers.database.db, async (tx) => {
    const violations = await tx.select().from(handhavingViolations).where(eq(handhavingViolations.caseId, caseId));
    const fines = await tx.select().from(handhavingFines).where(eq(handhavingFines.caseId, caseId));
    const duo = await tx.select().from(duoFines).where(eq(duoFines.caseId, caseId));
    const term = termInForce(duoFinesInForce(duo.map(recordedOf))).value;
    return { violations, fines, term, history: violations.map((v) => ({ id: v.id, state: v.state })) };
  });
}

/** The invariants that hold after every command, whatever happened before. */
function checkInvariants(s: Stored): void {
  let imposed = 0;
  for (const v of s.history) {
    const fine = s.fines.find((f) => f.violationId === v.id);
    const state = v.state;
    if (!state.beschikking) {
      expect(fine).toBeUndefined();
      continue;
    }
    expect(fine, 'a beschikking has its stored fine').toBeDefined();
    expect(fine?.amountCents).toBe(state.beschikking.amountCents);
    expect(fine?.status).toBe(state.stage === 'beschikking' ? 'opgelegd' : state.stage);
    expect(state.beschikking.amountCents).toBeGreaterThan(0);
    expect(state.bijstandLowered, 'C4: no fine after bijstand was lowered').toBeNull();
    expect(state.decision?.decidedBy).not.toBe(state.decision?.preparedBy);
    if (isImposed(state) && (s.term.start === null || isOnOrAfter(state.beschikking.notifiedOn, s.term.start)))
      imposed += state.beschikking.amountCents;
  }
  expect(imposed, 'the cap of the termijn in force').toBeLessThanOrEqual(s.term.capCents);
}

interface Flow {
  regisseur: Client;
  teamleider: Client;
  caseId: string;
  pwDocumentId: string;
}

async function newFlow(): Promise<Flow> {
  const g = await createGemeente(koers.database, 'Boeteverloop');
  const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  const teamleider = await loginAs(koers.app, g.users.teamleider.email);
  const created = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), duoNoticeOn: '2026-10-01', registeredOn: '2026-09-15' });
  expect(created.statusCode, created.body).toBe(201);
  const caseId = created.json<{ id: string }>().id;
  const pwDocumentId = await asSystem(koers.database.db, async (tx) => {
    await tx.update(cases).set({ obliged: true, termStart: '2026-10-01', termEndExclusive: '2029-10-01', status: 'traject' }).where(eq(cases.id, caseId));
    const { storeDocument } = await import('../../src/documents/store-document.ts');
    return storeDocument(
      tx,
      null,
      { caseId, gemeenteId: g.gemeenteId, kind: 'upload', title: 'Besluit verlaging bijstand', mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4 pw') },
      now,
    );
  });
  return { regisseur, teamleider, caseId, pwDocumentId };
}

/** The request a step command makes: who sends it, where, and with which body. */
function requestFor(
  flow: Flow,
  row: { id: string; version: number },
  kind: HandhavingStepKind,
  c: Extract<Command, { t: 'step' }>,
  on: string,
): { client: Client; url: string; body: Record<string, unknown> } {
  const base = `/api/cases/${flow.caseId}/handhaving/${row.id}`;
  const reduction = c.reduction ? { cents: c.reduction, reason: 'Mantelzorg voor een ziek kind.' } : null;
  // A partial outcome needs what lowers the fine: mostly a reduction, sometimes only a new culpability.
  const revision = { culpability: c.culpability, reduction: c.reduction || c.culpability === null ? { cents: c.reduction || 2_500, reason: 'Schulden.' } : null };
  const stepOf = (body: Record<string, unknown>, client = flow.regisseur) => ({ client, url: `${base}/stappen`, body: { version: row.version, kind, ...body } });
  switch (kind) {
    case 'bijstand-verlaagd':
      return stepOf({ decisionOn: on, documentId: flow.pwDocumentId });
    case 'waarschuwing':
      return stepOf({ on, responseDays: 14 });
    case 'voornemen':
      return stepOf({ on, culpability: c.culpability, motivation: 'Geen geldige reden gegeven.', reduction, zienswijzeDays: 14 });
    case 'zienswijze':
      return stepOf({ on, form: (['schriftelijk', 'mondeling', 'niet-gegeven'] as const)[c.form], summary: 'Betrokkene licht toe.' });
    case 'besluit':
      return {
        client: flow.teamleider,
        url: `${base}/besluit`,
        body: { version: row.version, on, fine: c.fine, reason: c.fine ? null : 'Een boete is hier niet evenredig.' },
      };
    case 'bezwaar':
    case 'beroep':
    case 'onherroepelijk':
      return stepOf({ on });
    case 'bezwaar-beslist':
      return stepOf({ on, outcome: bezwaarOutcomes[c.outcome], revision, motivation: 'Het bezwaar is gewogen.' }, flow.teamleider);
    case 'beroep-beslist':
      return stepOf({ on, outcome: beroepOutcomes[c.outcome], revision });
  }
}

/** Checks a fine just decided or lowered against the rules core for the history stored before the step. */
function checkAmount(kind: HandhavingStepKind, before: Stored, after: Stored, violationId: string): void {
  const prior = before.history.find((v) => v.id === violationId)?.state;
  const now = after.history.find((v) => v.id === violationId)?.state;
  const fine = after.fines.find((f) => f.violationId === violationId);
  if (!prior || !now?.beschikking || !fine) return;
  const context = fineContextFor(violationId, before.history, before.term);
  if (kind === 'besluit' && prior.voornemen) {
    const expected = fineFor(prior, prior.voornemen.culpability, prior.voornemen.reduction, context);
    expect(fine.amountCents).toBe(expected.value);
    expect(fine.computation).toEqual(expected.explanation);
    expect(now.decision?.amountCents).toBe(expected.value);
    return;
  }
  const remedy = kind === 'bezwaar-beslist' ? now.bezwaar : kind === 'beroep-beslist' ? now.beroep : null;
  if (remedy?.revision && remedy.loweredFromCents !== null && remedy.loweredFromCents !== undefined) {
    const expected = revisedFine(prior, remedy.revision, context, kind === 'bezwaar-beslist' ? 'het bezwaar' : 'de uitspraak');
    expect(fine.amountCents).toBe(expected.value);
    expect(fine.computation).toEqual(expected.explanation);
    expect(expected.value).toBeLessThan(remedy.loweredFromCents);
  }
}

describe('handhaving: random flows over HTTP, stored fines against the rules core', () => {
  const reached = { decided: 0, final: 0, duo: 0, refused: 0 };
  it(
    'stored amounts equal the rules core for the stored history; the cap is never exceeded',
    async () => {
      await fc.assert(
        fc.asyncProperty(open, fc.array(command, { minLength: 25, maxLength: 40 }), async (first, rest) => {
          const commands: Command[] = [first, ...rest];
          const flow = await newFlow();
          let today = '2027-01-04';
          let current = await stored(flow.caseId);
          for (const c of commands) {
            today = addDays(today, c.days);
            if (c.t === 'open') {
              const r = await flow.regisseur.post(`/api/cases/${flow.caseId}/handhaving`, {
                ground: c.ground,
                establishedOn: today,
                source: { kind: c.ground.startsWith('intake') ? 'brede-intake' : 'voortgangsgesprek', description: 'Gesprek' },
                facts: 'Niet verschenen en niet afgemeld.',
              });
              expect(r.statusCode, r.body).toBe(201);
            } else if (c.t === 'duo') {
              const r = await flow.regisseur.post(`/api/cases/${flow.caseId}/handhaving/duo-boetes`, {
                kind: c.leerroute ? 'leerroute' : 'pvt-map',
                decisionOn: today,
                amountCents: c.amountCents,
                newTermMonths: c.months,
              });
              expect(r.statusCode, r.body).toBe(201);
              reached.duo += 1;
            } else {
              const row = current.violations[c.target % Math.max(1, current.violations.length)];
              if (!row) continue;
              // Most steps follow the process (what the screen offers next, C4 aside), the rest are anything.
              const offered = nextSteps(row.state).filter((k) => k !== 'bijstand-verlaagd');
              const kind = c.follow && offered.length > 0 ? (offered[c.pick % offered.length] ?? c.kind) : c.kind;
              const { client, url, body } = requestFor(flow, row, kind, c, today);
              const r = await client.post(url, body);
              expect(r.statusCode, r.body).toBeLessThan(500);
              const after = await stored(flow.caseId);
              if (r.statusCode !== 200) {
                expect(r.statusCode, r.body).toBeGreaterThanOrEqual(400);
                expect(r.json<{ error: { message: string } }>().error.message.length).toBeGreaterThan(0);
                expect(after.violations.find((v) => v.id === row.id)?.version).toBe(row.version);
                expect(after.fines).toEqual(current.fines);
                reached.refused += 1;
              } else {
                checkAmount(kind, current, after, row.id);
                const state = after.violations.find((v) => v.id === row.id)?.state as HandhavingState;
                if (kind === 'besluit' && state.beschikking) reached.decided += 1;
                if (kind === 'onherroepelijk') reached.final += 1;
              }
            }
            current = await stored(flow.caseId);
            checkInvariants(current);
          }
          // The screen's figures for the termijn are the rules core's.
          const overview = await flow.regisseur.get(`/api/cases/${flow.caseId}/handhaving`);
          expect(overview.statusCode).toBe(200);
          const term = overview.json<{ term: { capCents: number; imposedCents: number } }>().term;
          expect(term.capCents).toBe(current.term.capCents);
          expect(term.imposedCents).toBe(fineContextFor(null, current.history, current.term).finedInTermSoFar);
        }),
        // No shrinking: every run goes through HTTP and the database, a shrink would take minutes.
        { numRuns: NUM_RUNS, endOnFailure: true },
      );
      // The random flows really reach decisions, final fines, DUO's fines and refusals.
      expect(reached.decided).toBeGreaterThanOrEqual(3);
      expect(reached.final).toBeGreaterThan(0);
      expect(reached.duo).toBeGreaterThan(0);
      expect(reached.refused).toBeGreaterThan(0);
    },
    240_000,
  );
});
