// Retention (issue 11, ADR 0099): per-gemeente periods in the settings; the dry run shows what the
// job would remove and changes nothing; the job removes the case file after its period, the core
// data after theirs, prunes the processing log, keeps the audit chain and DUO rows, runs once a day
// whatever the number of processes, and reports counts per gemeente to the beheerder. Another
// organisation's gemeente → 404 and nothing changed.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseDocuments, caseEvents, caseJournalEntries, cases, duoOutbox, ontheffingRequests, pips, processingLog, recordHistory, scheduledJobs, supportPlans } from '../../src/db/schema.ts';
import { claimRetentionRun, runRetentionOnce, RETENTION_JOB } from '../../src/retention/job.ts';
import { createGemeente, createTestKoers, loginAs, type GemeenteFixture, type TestKoers } from '../support/koers.ts';
import { createCaseVia, snapshotOf } from '../support/fixtures.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
});
afterAll(() => koers.close());

interface Overview {
  today: string;
  periods: { caseFileYears: number; coreDataYears: number; processingLogYears: number };
  dryRun: { caseFiles: number; coreData: number; closedWithoutDate: number; processingLog: number };
  lastRuns: { ranAt: string; caseFiles: number; coreData: number; closedWithoutDate: number; processingLog: number }[];
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const isoDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);

/** A gemeente with: a case closed 6 years ago (with a vastgesteld PIP and a DUO message), one closed 60 years ago, one closed last year, one 'gesloten' without a date, one open, one closed last week because the person died; and an old log row. */
async function scene(g: GemeenteFixture) {
  const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
  const sixYears = await createCaseVia(regisseur, g.gemeenteId);
  const sixtyYears = await createCaseVia(regisseur, g.gemeenteId);
  const lastYear = await createCaseVia(regisseur, g.gemeenteId);
  const withoutDate = await createCaseVia(regisseur, g.gemeenteId);
  const open = await createCaseVia(regisseur, g.gemeenteId);
  const died = await createCaseVia(regisseur, g.gemeenteId);
  await asSystem(koers.database.db, async (tx) => {
    await tx.update(cases).set({ closedOn: isoDaysAgo(7), status: 'gesloten', closedReasonCode: 'overleden' }).where(eq(cases.id, died.id));
    await tx.update(cases).set({ closedOn: isoDaysAgo(6 * 366), status: 'gesloten', phone: '0612345678' }).where(eq(cases.id, sixYears.id));
    await tx.update(cases).set({ closedOn: isoDaysAgo(60 * 366), status: 'gesloten' }).where(eq(cases.id, sixtyYears.id));
    await tx.update(cases).set({ closedOn: isoDaysAgo(300), status: 'gesloten' }).where(eq(cases.id, lastYear.id));
    await tx.update(cases).set({ status: 'gesloten' }).where(eq(cases.id, withoutDate.id));
    const [pip] = await tx.insert(pips).values({ gemeenteId: g.gemeenteId, caseId: sixYears.id, version: 1, status: 'vastgesteld', kind: 'pip', issuedOn: isoDaysAgo(7 * 366) }).returning({ id: pips.id });
    // An uploaded document linked to the PIP (removed before the PIP) and a journal note (ADR 0100, 0101).
    await tx.insert(caseDocuments).values({
      gemeenteId: g.gemeenteId, caseId: sixYears.id, kind: 'bijstandsbesluit', title: 'Bijstandsbesluit', mimeType: 'application/pdf',
      content: Buffer.from('%PDF-1.4\n'), sizeBytes: 9, origin: 'geupload', pipId: pip?.id ?? null,
    });
    await tx.insert(caseJournalEntries).values({ gemeenteId: g.gemeenteId, caseId: sixYears.id, contactOn: isoDaysAgo(7 * 366), kind: 'telefoon', text: 'Gebeld.', sensitive: true });
    await tx.insert(duoOutbox).values({ gemeenteId: g.gemeenteId, caseId: sixYears.id, operation: 'pip.register', payload: { bsn: sixYears.bsn }, status: 'bevestigd' });
    // The ondertussengroep (ADR 0109): the support plan is case file, an ontheffing request core data.
    for (const c of [sixYears, sixtyYears]) {
      await tx.insert(supportPlans).values({ gemeenteId: g.gemeenteId, caseId: c.id, status: 'lopend', offers: [{ kind: 'extra-taallessen', description: null, provider: null, startOn: null, endOn: null }], loanStatus: 'op' });
      await tx.insert(ontheffingRequests).values({ gemeenteId: g.gemeenteId, caseId: c.id, ground: 'medisch', status: 'toegekend', requestedOn: isoDaysAgo(8 * 366), duoDecisionOn: isoDaysAgo(8 * 366 - 60), note: 'Verklaring huisarts' });
    }
    await tx.insert(processingLog).values({
      traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), operationName: 'getCase', startTime: daysAgo(6 * 366), endTime: daysAgo(6 * 366), statusCode: 'OK',
      processingActivityId: 'urn:koers:verwerking:dossier-inburgering', dataSubjectIdType: 'case', dataSubjectId: 'x'.repeat(64), action: 'read', resourceType: 'case',
      resourceId: open.id, actorUserId: g.users.trajectregisseur.id, organisationId: g.organisationId, gemeenteId: g.gemeenteId,
    });
  });
  return { sixYears, sixtyYears, lastYear, withoutDate, open, died };
}

async function caseRow(id: string) {
  const [row] = await koers.database.db.select().from(cases).where(eq(cases.id, id));
  return row;
}

/** Lets the job run again today (each test is its own "day" for the shared job row). */
async function resetJob() {
  await koers.database.db.delete(scheduledJobs).where(eq(scheduledJobs.name, RETENTION_JOB));
}

describe('retention settings', () => {
  it('the beheerder sets the periods on the settings page; a period beyond the law is refused naming the field', async () => {
    const g = await createGemeente(koers.database);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const refused = await beheerder.request({ method: 'PUT', url: `/api/admin/gemeenten/${g.gemeenteId}/settings`, payload: { version: 1, settings: { retention: { caseFileYears: 7 } } } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { field: 'settings.retention.caseFileYears', message: 'Bewaartermijn dossier: hoogstens 5 jaar' } });
    const saved = await beheerder.request({ method: 'PUT', url: `/api/admin/gemeenten/${g.gemeenteId}/settings`, payload: { version: 1, settings: { retention: { caseFileYears: 3, processingLogYears: 2 } } } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ settings: { retention: { caseFileYears: 3, processingLogYears: 2 } } });
    const overview = (await beheerder.get(`/api/admin/gemeenten/${g.gemeenteId}/opschoning`)).json<Overview>();
    expect(overview.periods).toEqual({ caseFileYears: 3, coreDataYears: 50, processingLogYears: 2 });
    const history = (await beheerder.get(`/api/admin/gemeenten/${g.gemeenteId}/history`)).json<{ changes: Record<string, unknown> }[]>();
    expect(Object.keys(history[0]?.changes ?? {})).toEqual(['settings.retention.caseFileYears', 'settings.retention.processingLogYears']);
  });
});

describe('the dry run and the job', () => {
  it('the dry run counts what would go and changes nothing; the job then does exactly that and reports it', async () => {
    const g = await createGemeente(koers.database);
    const s = await scene(g);
    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });

    const dry = await beheerder.get(`/api/admin/gemeenten/${g.gemeenteId}/opschoning`);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json<Overview>()).toMatchObject({ dryRun: { caseFiles: 3, coreData: 2, closedWithoutDate: 1, processingLog: 1 }, lastRuns: [] });
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
    // No personal data in the answer.
    expect(dry.body).not.toContain(s.sixYears.bsn ?? '-');

    await resetJob();
    const summary = await runRetentionOnce({ db: koers.database.db, now: () => new Date() });
    expect(summary).not.toBeNull();

    // Closed 6 years ago: the case file is gone, the core data stays.
    const six = await caseRow(s.sixYears.id);
    expect(six).toMatchObject({ retentionStage: 'kerngegevens', bsn: s.sixYears.bsn, familyName: s.sixYears.familyName, phone: null, caseManagerId: null });
    expect(await koers.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, s.sixYears.id))).toEqual([]);
    expect(await koers.database.db.select().from(pips).where(eq(pips.caseId, s.sixYears.id))).toEqual([]);
    expect(await koers.database.db.select().from(caseDocuments).where(eq(caseDocuments.caseId, s.sixYears.id))).toEqual([]);
    expect(await koers.database.db.select().from(caseJournalEntries).where(eq(caseJournalEntries.caseId, s.sixYears.id))).toEqual([]);
    expect(await koers.database.db.select().from(supportPlans).where(eq(supportPlans.caseId, s.sixYears.id))).toEqual([]);
    expect(await koers.database.db.select().from(ontheffingRequests).where(eq(ontheffingRequests.caseId, s.sixYears.id))).toEqual([expect.objectContaining({ status: 'toegekend', note: null }) as unknown]);
    // The DUO message keeps its row (BerichtId, foreign keys) without its content.
    const [message] = await koers.database.db.select().from(duoOutbox).where(eq(duoOutbox.caseId, s.sixYears.id));
    expect(message).toMatchObject({ payload: {}, status: 'bevestigd' });
    // The audit chain keeps who did what and when; the values are redacted.
    const history = await koers.database.db.select().from(recordHistory).where(eq(recordHistory.entityId, s.sixYears.id));
    expect(history.length).toBeGreaterThan(0);
    for (const h of history) {
      expect(h.actorUserId).toBe(g.users.trajectregisseur.id);
      for (const change of Object.values(h.changes as Record<string, unknown>)) expect(change).toEqual({ from: '[verwijderd]', to: '[verwijderd]' });
    }
    // Closed 60 years ago: nothing identifies the person any more; the row stays as a stub.
    const sixty = await caseRow(s.sixtyYears.id);
    expect(sixty).toMatchObject({ retentionStage: 'verwijderd', bsn: null, vNumber: null, familyName: 'Verwijderd (bewaartermijn verstreken)', birthDate: '1900-01-01' });
    // The stub is in no list and opens no case file.
    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    const listed = (await regisseur.get('/api/cases?limit=100')).json<{ items: { id: string }[] }>().items.map((c) => c.id);
    expect(listed).toContain(s.sixYears.id);
    expect(listed).not.toContain(s.sixtyYears.id);
    expect((await regisseur.get(`/api/cases/${s.sixtyYears.id}`)).statusCode).toBe(404);
    expect(await koers.database.db.select().from(ontheffingRequests).where(eq(ontheffingRequests.caseId, s.sixtyYears.id))).toEqual([]);
    // Closed last week because the person died: removed at once, core data too (art. 9.9 lid 1 sub b Bi).
    expect(await caseRow(s.died.id)).toMatchObject({ retentionStage: 'verwijderd', bsn: null, vNumber: null });
    // Last year, without a date, open: untouched.
    for (const id of [s.lastYear.id, s.withoutDate.id, s.open.id]) expect((await caseRow(id))?.retentionStage).toBeNull();
    expect((await caseRow(s.lastYear.id))?.bsn).toBe(s.lastYear.bsn);
    // The old log row is gone, the recent ones stay.
    const [logLeft] = await koers.database.db.select({ n: sql<number>`count(*)::int` }).from(processingLog).where(sql`gemeente_id = ${g.gemeenteId} AND start_time < now() - interval '5 years'`);
    expect(logLeft?.n).toBe(0);
    expect((await koers.database.db.select().from(processingLog).where(eq(processingLog.resourceId, s.open.id))).length).toBeGreaterThan(0);

    // The report, counts per gemeente, for the beheerder; the dry run now finds nothing left.
    const after = (await beheerder.get(`/api/admin/gemeenten/${g.gemeenteId}/opschoning`)).json<Overview>();
    expect(after.lastRuns[0]).toMatchObject({ caseFiles: 3, coreData: 2, closedWithoutDate: 1, processingLog: 1 });
    expect(after.dryRun).toEqual({ caseFiles: 0, coreData: 0, closedWithoutDate: 1, processingLog: 0 });
  });

  it('runs once a day: a second claim the same day, or while another process holds the lease, gets nothing', async () => {
    await resetJob();
    // A fixed morning, so "31 minutes later" is the same Dutch day whenever the test runs.
    const now = new Date('2026-06-15T06:00:00Z');
    const first = await claimRetentionRun(koers.database.db, now);
    expect(first).not.toBeNull();
    // Another process while the lease holds.
    expect(await claimRetentionRun(koers.database.db, now)).toBeNull();
    // The lease ran out (the first process died): the day is claimed again.
    const later = new Date(now.getTime() + 31 * 60_000);
    const second = await claimRetentionRun(koers.database.db, later);
    expect(second).not.toBeNull();
    // A finished run: nothing more today, whatever the lease.
    await resetJob();
    expect(await runRetentionOnce({ db: koers.database.db, now: () => now })).not.toBeNull();
    expect(await runRetentionOnce({ db: koers.database.db, now: () => now })).toBeNull();
    expect(await claimRetentionRun(koers.database.db, later)).toBeNull();
  });

  it('of several processes claiming at the same moment, exactly one gets the day', async () => {
    await resetJob();
    const now = new Date();
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimRetentionRun(koers.database.db, now)));
    expect(claims.filter((c) => c !== null)).toHaveLength(1);
  });

  it('only the beheerder of the organisation sees it: another organisation gets 404 and nothing changes; other roles 403', async () => {
    const g = await createGemeente(koers.database);
    await scene(g);
    const other = await createGemeente(koers.database, 'Anders');
    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
    const stranger = await loginAs(koers.app, other.users.beheerder.email);
    const response = await stranger.get(`/api/admin/gemeenten/${g.gemeenteId}/opschoning`);
    expect(response.statusCode).toBe(404);
    const put = await stranger.request({ method: 'PUT', url: `/api/admin/gemeenten/${g.gemeenteId}/settings`, payload: { version: 1, settings: { retention: { caseFileYears: 1 } } } });
    expect(put.statusCode).toBe(404);
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
    for (const role of ['teamleider', 'functionaris-gegevensbescherming'] as const) {
      const client = await loginAs(koers.app, g.users[role].email);
      expect((await client.get(`/api/admin/gemeenten/${g.gemeenteId}/opschoning`)).statusCode, role).toBe(403);
    }
  });
});
