// Stored import jobs and the batch loop: a job left running by a stopped process is failed with the
// reason at start-up; a failing unit in a batch is refused alone (the batch is retried unit by unit,
// nothing of the failing one is written); a bulk-registered case leaves the same rows as hand entry;
// other users are served between batches.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseEvents, cases, caseSignals, importJobs, processingLog, recordHistory } from '../../src/db/schema.ts';
import { failInterruptedJobs, STALE_AFTER_MS } from '../../src/imports/job-store.ts';
import { nextBatchSize } from '../../src/imports/run-import.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { validBsn, validVNumber } from '../support/fixtures.ts';

let koers: TestKoers;
let g: GemeenteFixture;
let regisseur: Client;
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  koers = await createTestKoers({ now: () => now });
  g = await createGemeente(koers.database, 'Taken');
  regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
});
afterAll(() => koers.close());

const header = 'V-nummer;BSN;Achternaam;Voornamen;Geboortedatum;Nationaliteit;Verblijfsvergunning;Datum koppeling';
const line = (v: string, bsn: string, name: string) => [v, bsn, name, 'Amina', '12-04-1990', 'SY', 'asiel', '01-11-2026'].join(';');

describe('import jobs', () => {
  it('a job left running by a stopped process is failed with the reason (PGlite: at once; PostgreSQL: once its heartbeat is stale)', async () => {
    const [job] = await asSystem(koers.database.db, (tx) =>
      tx.insert(importJobs).values({ organisationId: g.organisationId, userId: g.users.trajectregisseur.id, gemeenteId: g.gemeenteId, kind: 'tvs', fileKind: 'csv', status: 'bezig', total: 10, processed: 4, heartbeatAt: new Date() }).returning(),
    );
    // Another process on PostgreSQL may still be importing: a fresh heartbeat is left alone.
    expect(await failInterruptedJobs(koers.database.db, 'postgresql', new Date())).toBe(0);
    expect(await failInterruptedJobs(koers.database.db, 'postgresql', new Date(Date.now() + STALE_AFTER_MS + 1_000))).toBe(1);
    const r = await regisseur.get(`/api/imports/${job!.id}`);
    expect(r.json()).toMatchObject({ status: 'mislukt', processed: 4, total: 10 });
    expect(r.json<{ error: string }>().error).toContain('4 van 10 regels');
  });

  it('a unit that fails in the database is refused alone; the rest of its batch is written', async () => {
    const taken = validBsn();
    const vA = validVNumber();
    const vB = validVNumber();
    const first = await regisseur.post('/api/imports/tvs?wacht=true', { csv: [header, line(vA, taken, 'Bezet'), line(vB, '', 'Tweede')].join('\n') });
    expect(first.json()).toMatchObject({ created: 2 });
    // Row 2 gives B the BSN A already has (unique per gemeente): only known when the update is written.
    const second = await regisseur.post('/api/imports/tvs?wacht=true', { csv: [header, line(validVNumber(), '', 'Nieuw-ernaast'), line(vB, taken, 'Tweede')].join('\n') });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({ created: 1, rejectedCount: 1, rejected: [{ row: 3, field: 'BSN' }] });
    const [b] = await asSystem(koers.database.db, (tx) => tx.select().from(cases).where(eq(cases.vNumber, vB)));
    expect(b?.bsn).toBeNull();
    expect(await asSystem(koers.database.db, (tx) => tx.select().from(cases).where(eq(cases.familyName, 'Nieuw-ernaast')))).toHaveLength(1);
  });

  it('a bulk-registered case leaves the same history, timeline, signals and processing log as hand entry', async () => {
    const bulkV = validVNumber();
    const handV = validVNumber();
    const imported = await regisseur.post('/api/imports/tvs?wacht=true', { csv: [header, line(bulkV, '', 'Gelijk')].join('\n') });
    expect(imported.json()).toMatchObject({ created: 1 });
    const hand = await regisseur.post('/api/cases', { gemeenteId: g.gemeenteId, vNumber: handV, givenNames: 'Amina', familyName: 'Gelijk', birthDate: '1990-04-12', nationality: 'SY', permit: 'asiel', linkedOn: '2026-11-01', dutyStartOn: '2026-11-01' });
    expect(hand.statusCode, hand.body).toBe(201);
    const rows = await asSystem(koers.database.db, (tx) => tx.select().from(cases).where(inArray(cases.vNumber, [bulkV, handV])));
    const bulk = rows.find((r) => r.vNumber === bulkV)!;
    const byHand = rows.find((r) => r.vNumber === handV)!;
    const strip = (r: typeof bulk) => ({ ...r, id: '', vNumber: '', caseNumber: '', source: '', createdAt: null, updatedAt: null });
    expect(strip(bulk)).toEqual(strip(byHand));
    const traces = async (id: string) =>
      asSystem(koers.database.db, async (tx) => ({
        history: (await tx.select().from(recordHistory).where(eq(recordHistory.entityId, id))).map((h) => ({ action: h.action, actor: h.actorName, fields: Object.keys(h.changes as object).sort() })),
        events: (await tx.select().from(caseEvents).where(eq(caseEvents.caseId, id))).map((e) => ({ kind: e.kind, section: e.section, actor: e.actorName })),
        signals: (await tx.select().from(caseSignals).where(eq(caseSignals.caseId, id))).map((s) => ({ kind: s.kind, dueOn: s.dueOn, reason: s.reason, manager: s.caseManagerId })),
        log: (await tx.select().from(processingLog).where(eq(processingLog.resourceId, id))).map((l) => ({ action: l.action, activity: l.processingActivityId, actor: l.actorUserId })),
      }));
    const a = await traces(bulk.id);
    const b = await traces(byHand.id);
    expect(a.history).toEqual(b.history.map((h) => ({ ...h, fields: h.fields.filter((f) => f !== 'source') })).map((h) => ({ ...h })));
    expect(a.events.map((e) => e.kind)).toEqual(b.events.map((e) => e.kind));
    expect(a.signals).toEqual(b.signals);
    expect(a.log.filter((l) => l.action === 'create')).toEqual(b.log.filter((l) => l.action === 'create'));
  });

  it('another user is served between batches: the job reports progress while it runs', async () => {
    // The neighbour is ready before the import starts, so the first poll comes right after it.
    const other = await createGemeente(koers.database, 'Buur');
    const neighbour = await loginAs(koers.app, other.users.trajectregisseur.email);
    const csv = [header, ...Array.from({ length: 600 }, (_, i) => line(validVNumber(), '', `Voortgang-${i}`))].join('\n');
    const started = await regisseur.post('/api/imports/tvs', { csv });
    expect(started.statusCode).toBe(202);
    const id = started.json<{ id: string }>().id;
    const seen: number[] = [];
    for (let i = 0; i < 600; i++) {
      const list = await neighbour.get('/api/cases?limit=5');
      expect(list.statusCode).toBe(200);
      const job = (await regisseur.get(`/api/imports/${id}`)).json<{ status: string; processed: number }>();
      seen.push(job.processed);
      if (job.status !== 'bezig') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(seen.at(-1)).toBe(600);
    // Progress was visible in between (not only 0 and then everything).
    expect(seen.some((n) => n > 0 && n < 600)).toBe(true);
  });

  it('batch size adapts to the time a batch takes', () => {
    expect(nextBatchSize(50, 10, 40)).toBe(100);
    expect(nextBatchSize(200, 80, 40)).toBe(100);
    expect(nextBatchSize(50, 500, 40)).toBe(50);
    expect(nextBatchSize(50, 500, 40, 10)).toBe(10);
    expect(nextBatchSize(1000, 1, 40)).toBe(1000);
  });
});
