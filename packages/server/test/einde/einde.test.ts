// The end of the road: DUO's exam results (SS199) stored per case and reviewed, the duty fulfilled
// (and closing with that reason), extension requests and decisions with a letter and the effective
// termijn; gemeente isolation; the werkvoorraad items they raise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, caseEvents, caseResults, cases, caseSignals, duoExamResults, duoOutbox, pips, progressMeetings, recordHistory, termExtensions } from '../../src/db/schema.ts';
import { createCaseVia, validBsn } from '../support/fixtures.ts';
import { pdfPages } from '../support/pdf-text.ts';
import { seed, startDuoEnv, type DuoTestEnv } from '../duo/support.ts';

let env: DuoTestEnv;
beforeAll(async () => {
  env = await startDuoEnv();
});
afterAll(async () => {
  expect(await env.contractViolations()).toEqual([]);
  expect(env.sim.state.contractViolations).toEqual([]);
  await env.close();
});

const TERM_END = '2029-04-02';

/** A B1-route case with a vastgesteld PIP and a termijn, known at DUO (simulator). */
async function setup(progressMeetings: number | null = null): Promise<{ caseId: string; bsn: string }> {
  const bsn = validBsn();
  seed(env, bsn, { termijn: { startdatum: '2026-04-02', einddatum: TERM_END } });
  const created = await createCaseVia(await env.login(), env.gemeente.gemeenteId, { bsn });
  await asSystem(env.database.db, async (tx) => {
    await tx.update(cases).set({ obliged: true, targetGroup: 'asiel', termStart: '2026-04-02', termEndExclusive: TERM_END, status: 'traject' }).where(eq(cases.id, created.id));
    await tx.insert(pips).values({ gemeenteId: env.gemeente.gemeenteId, caseId: created.id, version: 1, status: 'vastgesteld', kind: 'beschikking', issuedOn: '2026-04-01', route: 'B1', level: 'B1', progressMeetings });
  });
  return { caseId: created.id, bsn };
}

async function emit(code: string, bsn: string): Promise<void> {
  const d = await env.sim.emit({ gebeurtenisId: code, bsn });
  expect(d.delivered, `${code} afgeleverd`).toBe(true);
  await env.duo.worker.tick();
}

const examRows = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(duoExamResults).where(eq(duoExamResults.caseId, caseId)).orderBy(asc(duoExamResults.onderdeel)));
const signalsOf = (caseId: string) => asSystem(env.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, caseId)));
const caseRow = async (caseId: string) => (await asSystem(env.database.db, (tx) => tx.select().from(cases).where(eq(cases.id, caseId))))[0]!;

interface Einde {
  term: { endExclusive: string | null; explanation: { summary: string } };
  duty: { met: boolean; explanation: { summary: string; steps: Array<{ text: string }> } };
  examResults: Array<{ id: string; onderdeel: string; onderdeelLabel: string; resultaatLabel: string; reviewedAt: string | null; version: number }>;
  extensions: Array<{ id: string; decision: string | null; newEndExclusive: string | null; documentId: string | null; version: number; assessment: { eligible: boolean } | null }>;
}

const exam = (onderdeel: string, resultaat = 'Geslaagd', examendatum = '2026-05-20') => ({ examendatum, resultaat, onderdeel, ...(onderdeel === 'KNM' ? {} : { niveau: 'B1' }) });

describe('exam results from DUO (SS199)', () => {
  it('are stored per onderdeel and date, once; each new one is a werkvoorraad item until reviewed', async () => {
    const { caseId, bsn } = await setup();
    env.sim.updatePerson(bsn, { examenresultaten: [exam('KNM'), exam('SP', 'Gezakt')] });
    await emit('SS199', bsn);
    await emit('SS199', bsn);
    const rows = await examRows(caseId);
    expect(rows.map((r) => [r.onderdeel, r.resultaat, r.examendatum, r.niveau])).toEqual([
      ['KNM', 'Geslaagd', '2026-05-20', null],
      ['SP', 'Gezakt', '2026-05-20', 'B1'],
    ]);
    const history = await asSystem(env.database.db, (tx) => tx.select().from(recordHistory).where(and(eq(recordHistory.entityType, 'duo_exam_result'))));
    expect(history.filter((h) => rows.some((r) => r.id === h.entityId))).toHaveLength(2);
    const review = (await signalsOf(caseId)).filter((s) => s.kind === 'duo-exam-result-review');
    expect(review).toHaveLength(2);
    expect(review.every((s) => s.section === 'resultaten')).toBe(true);
    expect(review.map((s) => s.reason).join(' ')).toContain('spreken B1 gezakt op 20 mei 2026');

    const client = await env.login();
    const einde = (await client.get(`/api/cases/${caseId}/einde`)).json<Einde>();
    expect(einde.examResults.map((r) => [r.onderdeelLabel, r.resultaatLabel])).toEqual(
      expect.arrayContaining([
        ['Kennis van de Nederlandse Maatschappij', 'geslaagd'],
        ['spreken', 'gezakt'],
      ]),
    );
    const sp = einde.examResults.find((r) => r.onderdeel === 'SP')!;
    const reviewed = await client.post(`/api/cases/${caseId}/exam-results/${sp.id}/review`, { version: sp.version });
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json<Einde>().examResults.find((r) => r.id === sp.id)?.reviewedAt).not.toBeNull();
    expect((await signalsOf(caseId)).filter((s) => s.kind === 'duo-exam-result-review')).toHaveLength(1);
    // A stale version changes nothing.
    const stale = await client.post(`/api/cases/${caseId}/exam-results/${sp.id}/review`, { version: sp.version });
    expect(stale.statusCode).toBe(409);

    // DUO corrects the result: updated with history, and to be reviewed again.
    env.sim.updatePerson(bsn, { examenresultaten: [exam('KNM'), exam('SP', 'Geslaagd')] });
    await emit('SS199', bsn);
    const after = (await examRows(caseId)).find((r) => r.onderdeel === 'SP')!;
    expect(after).toMatchObject({ resultaat: 'Geslaagd', reviewedAt: null });
    expect((await signalsOf(caseId)).filter((s) => s.kind === 'duo-exam-result-review')).toHaveLength(2);
    const events = await asSystem(env.database.db, (tx) => tx.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)));
    expect(events.filter((e) => e.kind === 'duo.SS199').at(-1)?.summary).toContain('Examenresultaat gecorrigeerd door DUO: spreken B1 geslaagd');
  });
});

describe('duty fulfilled and closing with that reason', () => {
  it('B1-route: not met without all exams; met with PVT, MAP and all five parts; then the case closes as "voldaan"', async () => {
    const { caseId, bsn } = await setup();
    const client = await env.login();
    let c = await caseRow(caseId);
    const refused = await client.post(`/api/cases/${caseId}/close`, { reason: 'plicht-voldaan', effectiveOn: '2026-05-30', version: c.version });
    expect(refused.statusCode).toBe(409);
    const refusal = refused.json<{ error: { field: string; message: string } }>().error;
    expect(refusal.field).toBe('reason');
    expect(refusal.message).toContain('nog niet voldaan');
    expect((await caseRow(caseId)).status).toBe('traject');

    await asSystem(env.database.db, (tx) =>
      tx.insert(caseResults).values([
        { gemeenteId: env.gemeente.gemeenteId, caseId, kind: 'pvt', completedOn: '2026-05-01' },
        { gemeenteId: env.gemeente.gemeenteId, caseId, kind: 'map', completedOn: '2026-05-10' },
      ]),
    );
    env.sim.updatePerson(bsn, { examenresultaten: ['LE', 'LU', 'SC', 'SP', 'KNM'].map((p) => exam(p)) });
    await emit('SS199', bsn);
    const einde = (await client.get(`/api/cases/${caseId}/einde`)).json<Einde>();
    expect(einde.duty.met).toBe(true);
    expect(einde.duty.explanation.summary).toContain('voldaan');
    expect(einde.duty.explanation.steps.map((s) => s.text).join(' ')).toContain('spreken: geslaagd op 20 mei 2026 (B1)');
    expect((await signalsOf(caseId)).map((s) => s.kind)).not.toContain('term-ending-no-result');

    c = await caseRow(caseId);
    const closed = await client.post(`/api/cases/${caseId}/close`, { reason: 'plicht-voldaan', effectiveOn: '2026-05-30', version: c.version });
    expect(closed.statusCode).toBe(200);
    expect(await caseRow(caseId)).toMatchObject({ status: 'gesloten', closedReasonCode: 'plicht-voldaan', closedReason: 'Aan de inburgeringsplicht voldaan' });
  });
});

describe('extending the termijn', () => {
  it('granted: the case termijn moves, a letter is stored, no DUO melding, and DUO reporting the old end does not undo it', async () => {
    // The PIP agrees three voortgangsgesprekken a year: the added months get theirs (ADR 0120).
    const { caseId, bsn } = await setup(3);
    const client = await env.login();
    const requested = await client.post(`/api/cases/${caseId}/term-extensions`, { ground: 'niet-verwijtbaar', requestedOn: '2026-05-15', months: 4, motivation: 'Langdurig ziek geweest.' });
    expect(requested.statusCode).toBe(201);
    const ext = requested.json<Einde>().extensions[0]!;
    expect(ext.decision).toBeNull();
    const second = await client.post(`/api/cases/${caseId}/term-extensions`, { ground: 'niet-verwijtbaar', requestedOn: '2026-05-16', months: 2 });
    expect(second.statusCode).toBe(409);

    const decided = await client.post(`/api/cases/${caseId}/term-extensions/${ext.id}/decision`, { version: ext.version, decision: 'toegekend', decidedOn: '2026-05-25', motivation: 'De overschrijding is niet verwijtbaar: ziekte met verklaring van de huisarts.' });
    expect(decided.statusCode).toBe(200);
    const einde = decided.json<Einde>();
    expect(einde.extensions[0]).toMatchObject({ decision: 'toegekend', newEndExclusive: '2029-08-02' });
    expect(einde.term.endExclusive).toBe('2029-08-02');
    expect((await caseRow(caseId)).termEndExclusive).toBe('2029-08-02');
    const added = await asSystem(env.database.db, (tx) => tx.select({ plannedOn: progressMeetings.plannedOn }).from(progressMeetings).where(eq(progressMeetings.caseId, caseId)));
    expect(added.map((m) => m.plannedOn)).toEqual(['2029-06-02']);

    const [doc] = await asSystem(env.database.db, (tx) => tx.select().from(caseDocuments).where(eq(caseDocuments.id, einde.extensions[0]!.documentId!)));
    const text = (await pdfPages(doc!.content)).join('\n');
    expect(text).toContain('Verlenging van uw inburgeringstermijn toegekend');
    expect(text).toContain('De termijn is verlengd met 4 maanden.');
    expect(text).toContain('1 augustus 2029');
    expect(text).toContain('ziekte met verklaring van de huisarts');
    expect(await asSystem(env.database.db, (tx) => tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, caseId)))).toHaveLength(0);
    const events = await asSystem(env.database.db, (tx) => tx.select().from(caseEvents).where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, 'term-extension.decided'))));
    expect(events[0]?.summary).toContain('geen melding voor verlenging');

    // The werkvoorraad: six months before the new end.
    const ending = (await signalsOf(caseId)).find((s) => s.kind === 'term-ending-no-result');
    expect(ending?.dueOn).toBe('2029-02-02');

    // DUO has not processed the extension yet and reports its old end: the extension stays.
    await emit('SS103', bsn);
    expect((await caseRow(caseId)).termEndExclusive).toBe('2029-08-02');
    const duoEvents = await asSystem(env.database.db, (tx) => tx.select().from(caseEvents).where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, 'duo.SS103'))));
    expect(duoEvents[0]?.summary).toContain('toegekende verlenging tot 2 augustus 2029 blijft staan');
  });

  it('considerable efforts: the rules assess the request; granting is refused when the conditions are not met', async () => {
    const { caseId } = await setup();
    const client = await env.login();
    const missing = await client.post(`/api/cases/${caseId}/term-extensions`, { ground: 'aanzienlijke-inspanningen', requestedOn: '2026-05-15', months: 6 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: { field: string } }>().error.field).toBe('allLessonsFollowed');
    const requested = await client.post(`/api/cases/${caseId}/term-extensions`, { ground: 'aanzienlijke-inspanningen', requestedOn: '2026-05-15', months: 3, allLessonsFollowed: true });
    expect(requested.statusCode).toBe(201);
    const ext = requested.json<Einde>().extensions[0]!;
    expect(ext.assessment?.eligible).toBe(false);
    const refused = await client.post(`/api/cases/${caseId}/term-extensions/${ext.id}/decision`, { version: ext.version, decision: 'toegekend', decidedOn: '2026-05-25', motivation: 'Inzet getoond.' });
    expect(refused.statusCode).toBe(409);
    expect((await caseRow(caseId)).termEndExclusive).toBe(TERM_END);
    const rejected = await client.post(`/api/cases/${caseId}/term-extensions/${ext.id}/decision`, { version: ext.version, decision: 'afgewezen', decidedOn: '2026-05-25', motivation: 'Nog geen twee taalexamens en KNM behaald.' });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json<Einde>().extensions[0]).toMatchObject({ decision: 'afgewezen', newEndExclusive: null });
    expect((await caseRow(caseId)).termEndExclusive).toBe(TERM_END);
  });

  it('bad input gets a Dutch message naming the field', async () => {
    const { caseId } = await setup();
    const client = await env.login();
    const res = await client.post(`/api/cases/${caseId}/term-extensions`, { ground: 'iets', requestedOn: '2026-13-01', months: 0 });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { details: Array<{ field: string; message: string }> } }>();
    expect(new Set(body.error.details.map((d) => d.field))).toEqual(new Set(['ground', 'months', 'requestedOn']));
    expect(body.error.details.find((d) => d.field === 'months')?.message).toBe('Aantal maanden: minimaal 1');
  });
});

describe('isolation', () => {
  it("someone else's record → 404 and nothing changed", async () => {
    const { caseId, bsn } = await setup();
    env.sim.updatePerson(bsn, { examenresultaten: [exam('KNM')] });
    await emit('SS199', bsn);
    const [row] = await examRows(caseId);
    const own = await env.login();
    const ext = (await own.post(`/api/cases/${caseId}/term-extensions`, { ground: 'niet-verwijtbaar', requestedOn: '2026-05-15', months: 2 })).json<Einde>().extensions[0]!;
    const other = await env.login('trajectregisseur', env.other);
    const count = () => asSystem(env.database.db, async (tx) => [(await tx.select({ n: sql<number>`count(*)::int` }).from(termExtensions))[0]?.n, (await tx.select({ n: sql<number>`count(*)::int` }).from(duoExamResults).where(eq(duoExamResults.id, row!.id)))[0]?.n]);
    const before = await count();
    expect((await other.get(`/api/cases/${caseId}/einde`)).statusCode).toBe(404);
    expect((await other.post(`/api/cases/${caseId}/exam-results/${row!.id}/review`, { version: row!.version })).statusCode).toBe(404);
    expect((await other.post(`/api/cases/${caseId}/term-extensions`, { ground: 'niet-verwijtbaar', requestedOn: '2026-05-15', months: 2 })).statusCode).toBe(404);
    expect((await other.post(`/api/cases/${caseId}/term-extensions/${ext.id}/decision`, { version: ext.version, decision: 'toegekend', decidedOn: '2026-05-25', motivation: 'x' })).statusCode).toBe(404);
    expect(await count()).toEqual(before);
    expect((await examRows(caseId))[0]?.reviewedAt).toBeNull();
    const [stillOpen] = await asSystem(env.database.db, (tx) => tx.select().from(termExtensions).where(eq(termExtensions.id, ext.id)));
    expect(stillOpen?.decision).toBeNull();
    expect((await caseRow(caseId)).termEndExclusive).toBe(TERM_END);
  });
});
