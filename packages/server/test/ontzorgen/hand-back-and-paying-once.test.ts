// Issue 15, "must be true" proven against the database (h15): handing back ends the agreement and the
// payments stop from that month, also in a proposal made before (they leave it; approval re-checks every
// payment against the agreement); later checkpoints lapse; a hand-back cannot start in a month already
// paid; approved payments are never deleted; the Eurowijzer training; and, as a property over random
// sequences of proposals, approvals, new rents and racing proposals, re-running a month never pays twice.
import { and, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseSignals, gemeenten, pips, reliefBatches, reliefPayments } from '../../src/db/schema.ts';
import type { FinanceOverview, OntzorgenView } from '../../src/use-cases/ontzorgen/ontzorgen.view.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCase, put, setCaseFields } from '../intake/support.ts';
import { extraUser, setOntzorgenAccount, testAgreement as agreement } from './support.ts';

const now = new Date('2027-01-05T10:00:00Z');
let koers: TestKoers;

interface Team {
  g: GemeenteFixture;
  maker: Client;
  approver: Client;
  regisseur: Client;
}

async function team(label: string): Promise<Team> {
  const g = await createGemeente(koers.database, label);
  await setOntzorgenAccount(koers.database, g.gemeenteId);
  return {
    g,
    maker: await loginAs(koers.app, g.users['financieel-medewerker'].email),
    approver: await loginAs(koers.app, await extraUser(koers.database, g, 'financieel-medewerker', 'Tweede Controleur')),
    regisseur: await loginAs(koers.app, g.users.trajectregisseur.email),
  };
}

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
});
afterAll(() => koers.close());


async function personWithAgreement(t: Team, name: string, over: Record<string, unknown> = {}): Promise<{ caseId: string; view: OntzorgenView }> {
  const caseId = await createCase(t.regisseur, t.g.gemeenteId, name);
  await setCaseFields(koers.database, caseId, { obliged: true, targetGroup: 'asiel', permit: 'asiel' });
  const r = await put(t.maker, `/api/cases/${caseId}/ontzorgen`, { ...agreement, ...over });
  expect(r.statusCode, r.body).toBe(200);
  return { caseId, view: r.json<OntzorgenView>() };
}

const propose = (t: Team, month: string) => t.maker.post('/api/financien/batches', { gemeenteId: t.g.gemeenteId, month });
async function proposeAndApprove(t: Team, month: string): Promise<string> {
  const p = await propose(t, month);
  expect(p.statusCode, p.body).toBe(201);
  const batch = p.json<{ id: string; version: number }>();
  const a = await t.approver.post(`/api/financien/batches/${batch.id}/goedkeuring`, { version: batch.version });
  expect(a.statusCode, a.body).toBe(200);
  return batch.id;
}
const signalKinds = (caseId: string) => asSystem(koers.database.db, async (tx) => (await tx.select({ kind: caseSignals.kind }).from(caseSignals).where(eq(caseSignals.caseId, caseId))).map((s) => s.kind).sort());
const paymentMonths = (caseId: string) =>
  asSystem(koers.database.db, async (tx) => [...new Set((await tx.select({ month: reliefPayments.month }).from(reliefPayments).where(eq(reliefPayments.caseId, caseId))).map((p) => p.month))].sort());

describe('handing back', () => {
  it('ends the agreement: payments stop from the hand-back month, also in a proposal made before; later checkpoints lapse', async () => {
    const t = await team('Teruggeefgemeente');
    const { caseId, view } = await personWithAgreement(t, 'Teruggave');
    await proposeAndApprove(t, '2027-02');
    // The April proposal is made before the checkpoint is held.
    const april = await propose(t, '2027-04');
    expect(april.statusCode, april.body).toBe(201);
    const stale = april.json<{ id: string; version: number }>();

    // Not from a month the gemeente already paid: the letter would be untrue. Nothing changes.
    const tooEarly = await t.maker.post(`/api/cases/${caseId}/ontzorgen/ijkmomenten`, { version: view.agreement?.version, dueOn: '2027-04-01', outcome: 'teruggeven', handBackMonth: '2027-02' });
    expect(tooEarly.statusCode, tooEarly.body).toBe(400);
    expect(tooEarly.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'handBackMonth', message: expect.stringContaining('vanaf 1 maart 2027') as string });

    const back = await t.maker.post(`/api/cases/${caseId}/ontzorgen/ijkmomenten`, { version: view.agreement?.version, dueOn: '2027-04-01', outcome: 'teruggeven', handBackMonth: '2027-04' });
    expect(back.statusCode, back.body).toBe(200);
    const after = back.json<OntzorgenView>();
    expect(after.agreement?.endMonthExclusive).toBe('2027-04');
    expect(after.checkpoints.map((c) => [c.dueOn, c.held?.outcome ?? null, c.lapsed])).toEqual([
      ['2027-04-01', 'teruggeven', false],
      ['2027-07-01', null, true],
    ]);
    // No checkpoint work item any more, here or on /financien; the lapsed one cannot be held.
    expect(await signalKinds(caseId)).not.toContain('ontzorgen-checkpoint-due');
    const o = await t.maker.get(`/api/financien?gemeenteId=${t.g.gemeenteId}&month=2027-07`);
    expect(o.json<FinanceOverview>().checkpointsDue.some((c) => c.caseId === caseId)).toBe(false);
    const lapsed = await t.maker.post(`/api/cases/${caseId}/ontzorgen/ijkmomenten`, { version: after.agreement?.version, dueOn: '2027-07-01', outcome: 'verlengen', extensionMonths: 3 });
    expect(lapsed.statusCode).toBe(409);
    expect(lapsed.body).toContain('teruggegeven');

    // The April proposal made before held only this person's payments: they left it, and so did the proposal.
    expect(await asSystem(koers.database.db, (tx) => tx.select().from(reliefBatches).where(eq(reliefBatches.id, stale.id)))).toEqual([]);
    expect((await t.approver.post(`/api/financien/batches/${stale.id}/goedkeuring`, { version: stale.version })).statusCode).toBe(404);

    // A new April proposal has nothing to pay for this person; March (before the hand-back) still pays.
    const again = await propose(t, '2027-04');
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('geen betalingen meer');
    await proposeAndApprove(t, '2027-03');
    expect(await paymentMonths(caseId)).toEqual(['2027-02', '2027-03']);

    // Approved payments are never deleted (migration 0062) — except by retention, when the case file's term has passed.
    await expect(asSystem(koers.database.db, (tx) => tx.delete(reliefPayments).where(eq(reliefPayments.caseId, caseId)))).rejects.toThrow();
    await asSystem(koers.database.db, async (tx) => {
      await tx.execute(sql`SELECT set_config('koers.retention', 'on', true)`);
      await tx.delete(reliefPayments).where(eq(reliefPayments.caseId, caseId));
    });
    expect(await paymentMonths(caseId)).toEqual([]);
  });

  it('a new rent takes the old rent out of the open proposal; the new proposal pays the new rent once', async () => {
    const t = await team('Huurgemeente');
    const { caseId, view } = await personWithAgreement(t, 'Nieuwehuur');
    const old = (await propose(t, '2027-02')).json<{ id: string; version: number; paymentCount: number }>();
    expect(old.paymentCount).toBe(2);
    const costs = view.agreement?.fixedCosts.map(({ kindLabel: _l, ...c }, i) => (i === 0 ? { ...c, amountCents: 70_000 } : c)) ?? [];
    expect((await put(t.maker, `/api/cases/${caseId}/ontzorgen`, { ...agreement, version: 1, fixedCosts: costs })).statusCode).toBe(200);
    const [left] = await asSystem(koers.database.db, (tx) => tx.select().from(reliefBatches).where(eq(reliefBatches.id, old.id)));
    expect(left).toMatchObject({ status: 'voorstel', paymentCount: 1, totalCents: 13_895, version: old.version + 1 });
    // The approver looking at the old list gets a version conflict, not a payment of the old rent.
    expect((await t.approver.post(`/api/financien/batches/${old.id}/goedkeuring`, { version: old.version })).statusCode).toBe(409);
    await proposeAndApprove(t, '2027-02');
    const rows = await asSystem(koers.database.db, (tx) => tx.select().from(reliefPayments).where(and(eq(reliefPayments.caseId, caseId), eq(reliefPayments.month, '2027-02'))));
    expect(rows.map((p) => p.amountCents).sort()).toEqual([13_895, 70_000]);
  });
});

it('a case closed after the proposal was made: the approval refuses the stale proposal, nothing is approved', async () => {
  const t = await team('Sluitgemeente');
  const { caseId } = await personWithAgreement(t, 'Gesloten');
  const p = (await propose(t, '2027-02')).json<{ id: string; version: number }>();
  const detail = (await t.regisseur.get(`/api/cases/${caseId}`)).json<{ version: number }>();
  const closed = await t.regisseur.post(`/api/cases/${caseId}/close`, { reason: 'overleden', effectiveOn: '2026-12-04', version: detail.version });
  expect(closed.statusCode, closed.body).toBe(200);
  const refused = await t.approver.post(`/api/financien/batches/${p.id}/goedkeuring`, { version: p.version });
  expect(refused.statusCode, refused.body).toBe(409);
  expect(refused.body).toContain('verouderd: 2 betalingen komen niet meer overeen');
  const [still] = await asSystem(koers.database.db, (tx) => tx.select().from(reliefBatches).where(eq(reliefBatches.id, p.id)));
  expect(still).toMatchObject({ status: 'voorstel', messageId: null, xml: null });
  expect(await asSystem(koers.database.db, (tx) => tx.select().from(reliefPayments).where(eq(reliefPayments.caseId, caseId)))).toHaveLength(2);
});

it('the agreement is linked to the PIP that carries the Participatiewet decision, and suggests its bijstand start', async () => {
  const t = await team('Pipgemeente');
  const caseId = await createCase(t.regisseur, t.g.gemeenteId, 'Metpip');
  await setCaseFields(koers.database, caseId, { obliged: true, targetGroup: 'asiel', permit: 'asiel' });
  const pipId = await asSystem(koers.database.db, async (tx) => {
    const relief = { applies: true, bijstandFrom: '2027-01-01', from: '2027-01-01', toExclusive: '2027-07-01', localToExclusive: '2027-07-01', explanation: { summary: '', steps: [], articles: [] } };
    const [p] = await tx.insert(pips).values({ gemeenteId: t.g.gemeenteId, caseId, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-12-01', route: 'B1', progressMeetings: 3, relief }).returning();
    return p?.id;
  });
  const before = (await t.maker.get(`/api/cases/${caseId}/ontzorgen`)).json<OntzorgenView>();
  expect(before.bijstandFromSuggestion).toBe('2027-01-01');
  const saved = await put(t.maker, `/api/cases/${caseId}/ontzorgen`, agreement);
  expect(saved.json<OntzorgenView>().agreement?.pipId).toBe(pipId);
});

it("the period has the gemeente's local extension, with its explanation, and the checkpoints are at the gemeente's months", async () => {
  const t = await team('Beleidsgemeente');
  const local = JSON.stringify({ reliefLocalExtensionMonths: 3, reliefCheckpointsMonths: [2, 4] });
  await asSystem(koers.database.db, (tx) => tx.update(gemeenten).set({ settings: sql`${gemeenten.settings} || ${local}::jsonb` }).where(eq(gemeenten.id, t.g.gemeenteId)));
  const { caseId, view } = await personWithAgreement(t, 'Lokaalbeleid');
  expect(view.agreement).toMatchObject({ startMonth: '2027-01', endMonthExclusive: '2027-10' });
  expect(view.relief.steps.join(' ')).toContain('Lokaal beleid: 3 maanden langer');
  expect(view.checkpoints.map((c) => c.dueOn)).toEqual(['2027-03-01', '2027-05-01']);
  expect(await signalKinds(caseId)).toContain('ontzorgen-checkpoint-due');
});

it('a rejected payment is a work item until it is recorded as paid after all (arranged by hand)', async () => {
  const t = await team('Weigergemeente');
  const { caseId } = await personWithAgreement(t, 'Geweigerd');
  await proposeAndApprove(t, '2027-02');
  const [rent] = await asSystem(koers.database.db, (tx) => tx.select().from(reliefPayments).where(and(eq(reliefPayments.caseId, caseId), eq(reliefPayments.amountCents, 65_050))));
  if (!rent) throw new Error('no rent');
  const rejected = await t.maker.patch(`/api/financien/betalingen/${rent.id}`, { version: rent.version, status: 'geweigerd', reason: 'AC04 – Rekening opgeheven' });
  expect(rejected.statusCode, rejected.body).toBe(200);
  expect(await signalKinds(caseId)).toContain('ontzorgen-payment-rejected');
  const paid = await t.maker.patch(`/api/financien/betalingen/${rent.id}`, { version: rent.version + 1, status: 'betaald' });
  expect(paid.statusCode, paid.body).toBe(200);
  expect(await signalKinds(caseId)).not.toContain('ontzorgen-payment-rejected');
  const o = (await t.maker.get(`/api/financien?gemeenteId=${t.g.gemeenteId}&month=2027-02`)).json<FinanceOverview>();
  expect(o.rejected).toEqual([]);
});

describe('the Eurowijzer training', () => {
  it('is a work item while not planned; planning or an attended date clears it, and both are stored', async () => {
    const t = await team('Trainingsgemeente');
    const { caseId } = await personWithAgreement(t, 'Training');
    expect(await signalKinds(caseId)).toContain('ontzorgen-training-not-planned');
    const planned = await put(t.maker, `/api/cases/${caseId}/ontzorgen`, { ...agreement, version: 1, trainingPlannedOn: '2027-03-10' });
    expect(planned.json<OntzorgenView>().agreement).toMatchObject({ trainingPlannedOn: '2027-03-10', trainingAttendedOn: null });
    expect(await signalKinds(caseId)).not.toContain('ontzorgen-training-not-planned');
    const attended = await put(t.maker, `/api/cases/${caseId}/ontzorgen`, { ...agreement, version: 2, trainingPlannedOn: null, trainingAttendedOn: '2027-03-10' });
    expect(attended.json<OntzorgenView>().agreement?.trainingAttendedOn).toBe('2027-03-10');
    expect(await signalKinds(caseId)).not.toContain('ontzorgen-training-not-planned');
  });
});

type Command = { op: 'propose' | 'race' | 'approve'; month: number } | { op: 'rent'; person: number; cents: number };
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ op: fc.constantFrom('propose' as const, 'race' as const, 'approve' as const), month: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ op: fc.constant('rent' as const), person: fc.integer({ min: 0, max: 1 }), cents: fc.integer({ min: 40_000, max: 90_000 }) }),
);

describe('property: re-running a month never produces a second payment (in the database)', () => {
  it('holds for random sequences of proposals, racing proposals, approvals and new rents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 2, maxLength: 7 }), async (commands) => {
        const t = await team('Eigenschapgemeente');
        const people = [await personWithAgreement(t, 'Eerste'), await personWithAgreement(t, 'Tweede')];
        const versions = [1, 1];
        const month = (i: number) => `2027-0${i + 2}`;
        for (const c of commands) {
          if (c.op === 'rent') {
            const p = people[c.person];
            if (!p) continue;
            const costs = p.view.agreement?.fixedCosts.map(({ kindLabel: _l, ...x }, i) => (i === 0 ? { ...x, amountCents: c.cents } : x)) ?? [];
            const r = await put(t.maker, `/api/cases/${p.caseId}/ontzorgen`, { ...agreement, version: versions[c.person], fixedCosts: costs });
            expect(r.statusCode, r.body).toBe(200);
            versions[c.person] = (versions[c.person] ?? 0) + 1;
          } else if (c.op === 'approve') {
            const [open] = await asSystem(koers.database.db, (tx) => tx.select().from(reliefBatches).where(and(eq(reliefBatches.gemeenteId, t.g.gemeenteId), eq(reliefBatches.month, month(c.month)), eq(reliefBatches.status, 'voorstel'))));
            if (!open) continue;
            const r = await t.approver.post(`/api/financien/batches/${open.id}/goedkeuring`, { version: open.version });
            // Approved, or refused because the proposal has no payments or became stale; never a server error.
            expect([200, 409], r.body).toContain(r.statusCode);
          } else {
            const runs = await Promise.all((c.op === 'race' ? [1, 2] : [1]).map(() => propose(t, month(c.month))));
            for (const r of runs) expect([201, 409], r.body).toContain(r.statusCode);
          }
        }
        // Afterwards: every (person, month, fixed cost) at most once over all batches, and a fresh
        // proposal of each month offers nothing that an approved batch already pays.
        const rows = await asSystem(koers.database.db, (tx) => tx.select({ p: reliefPayments, status: reliefBatches.status }).from(reliefPayments).innerJoin(reliefBatches, eq(reliefBatches.id, reliefPayments.batchId)).where(eq(reliefPayments.gemeenteId, t.g.gemeenteId)));
        const keys = rows.map((r) => `${r.p.caseId}|${r.p.month}|${r.p.costId}`);
        expect(new Set(keys).size).toBe(keys.length);
        const approved = new Set(rows.filter((r) => r.status === 'goedgekeurd').map((r) => `${r.p.caseId}|${r.p.month}|${r.p.costId}`));
        for (const i of [0, 1, 2]) {
          const r = await propose(t, month(i));
          expect([201, 409], r.body).toContain(r.statusCode);
          const fresh = await asSystem(koers.database.db, (tx) => tx.select().from(reliefPayments).innerJoin(reliefBatches, eq(reliefBatches.id, reliefPayments.batchId)).where(and(eq(reliefBatches.gemeenteId, t.g.gemeenteId), eq(reliefBatches.status, 'voorstel'), eq(reliefBatches.month, month(i)))));
          expect(fresh.filter((f) => approved.has(`${f.relief_payments.caseId}|${f.relief_payments.month}|${f.relief_payments.costId}`))).toEqual([]);
          // Per person and month: approved plus proposed is exactly the agreement's fixed costs, each once.
          const perPerson = [...rows.filter((x) => x.status === 'goedgekeurd' && x.p.month === month(i)).map((x) => x.p), ...fresh.map((f) => f.relief_payments)];
          for (const p of people) expect(perPerson.filter((x) => x.caseId === p.caseId).length).toBe(2);
        }
      }),
      { numRuns: 12 },
    );
  }, 300_000);
});
