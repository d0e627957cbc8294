// The processing log (after the Logboek Dataverwerkingen standard): every read and write of personal
// data leaves a row with trace/span ids, activity, pseudonymised data subject, actor, action, time
// and status, committed in the same transaction as the write itself.
import { createHmac, randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionMatrix, permissions, processingActivities, roles, type Permission, type Role } from '@koers/domain';
import { cases, processingLog, recordHistory } from '../src/db/schema.ts';
import { pseudonymise } from '../src/privacy/processing-log.ts';
import { inScope } from '../src/db/scope.ts';
import { pgErrorCode } from '../src/db/errors.ts';
import { createGemeente, createTestKoers, loginAs, type Client, type GemeenteFixture, type TestKoers } from './support/koers.ts';
import { caseInput, createCaseVia, snapshotOf, validBsn, type CaseBody, signedIn } from './support/fixtures.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
});
afterAll(() => koers.close());

type LogRow = typeof processingLog.$inferSelect;
const caseActivity = 'urn:koers:verwerking:dossier-inburgering';

async function logOf(resourceId: string, operationName?: string): Promise<LogRow[]> {
  return koers.database.db
    .select()
    .from(processingLog)
    .where(and(eq(processingLog.resourceId, resourceId), operationName ? eq(processingLog.operationName, operationName) : undefined))
    .orderBy(asc(processingLog.id));
}

async function maxLogId(): Promise<number> {
  const [row] = await koers.database.db.select({ id: sql<number>`coalesce(max(id), 0)::int` }).from(processingLog);
  return row?.id ?? 0;
}

function expectWellFormed(
  row: LogRow | undefined,
  expected: { caseBody: CaseBody; g: GemeenteFixture; actorId: string; action: string; generic?: boolean },
) {
  if (!row) throw new Error(`geen logregel (${expected.action})`);
  expect(row.operationName).toMatch(/^[a-zA-Z]+$/);
  expect(row.traceId).toMatch(/^[0-9a-f]{32}$/);
  expect(row.spanId).toMatch(/^[0-9a-f]{16}$/);
  expect(row.parentSpanId).toMatch(/^[0-9a-f]{16}$/);
  expect(row.parentSpanId).not.toBe(row.spanId);
  expect(row).toMatchObject({
    statusCode: 'OK',
    processingActivityId: expected.generic ? row.processingActivityId : caseActivity,
    dataSubjectIdType: 'case',
    action: expected.action,
    resourceType: expected.generic ? row.resourceType : 'case',
    resourceId: expected.caseBody.id,
    actorUserId: expected.actorId,
    organisationId: expected.g.organisationId,
    gemeenteId: expected.g.gemeenteId,
  });
  // The data subject is pseudonymised with the server's key: not the case id, not the BSN.
  expect(row.dataSubjectId).toBe(pseudonymise(koers.config.secret, { type: 'case', id: expected.caseBody.id }));
  // HMAC-SHA256 of "case:<id>" (remembered per key and subject, so twice gives the same answer).
  expect(row.dataSubjectId).toBe(createHmac('sha256', koers.config.secret).update(`case:${expected.caseBody.id}`).digest('hex'));
  expect(row.dataSubjectId).toMatch(/^[0-9a-f]{64}$/);
  expect(row.dataSubjectId).not.toContain(expected.caseBody.id);
  expect(row.dataSubjectId).not.toContain(expected.caseBody.bsn ?? '-');
  expect(row.dataSubjectId).not.toBe(pseudonymise('een-andere-sleutel', { type: 'case', id: expected.caseBody.id }));
  expect(Object.values(processingActivities).map((a) => a.id)).toContain(row.processingActivityId);
  expect(row.startTime.getTime()).toBeLessThanOrEqual(row.endTime.getTime());
  expect(Math.abs(row.endTime.getTime() - Date.now())).toBeLessThan(60_000);
}

describe('processing log rows', () => {
  it('the activity register names the case activity', () => {
    expect(processingActivities.dossierInburgering.id).toBe(caseActivity);
  });

  it('creating, reading, listing and updating a case each log the processing, well-formed', async () => {
    const g = await createGemeente(koers.database);
    const actor = g.users.trajectregisseur;
    const client = await loginAs(koers.app, actor.email);
    // Rows a request added for a case: those after the last id seen before it.
    let lastId = await maxLogId();
    const rowsSince = async (caseId: string) => {
      const rows = (await logOf(caseId)).filter((r) => r.id > lastId);
      return rows;
    };
    const next = async () => {
      lastId = await maxLogId();
    };

    const created = await createCaseVia(client, g.gemeenteId);
    const expected = { caseBody: created, g, actorId: actor.id };
    const createRows = await rowsSince(created.id);
    expect(createRows.map((r) => r.action)).toContain('create');
    for (const row of createRows) expectWellFormed(row, { ...expected, action: row.action });
    expect(new Set(createRows.map((r) => r.traceId)).size).toBe(1);
    await next();

    expect((await client.get(`/api/cases/${created.id}`)).statusCode).toBe(200);
    const reads = await rowsSince(created.id);
    expect(reads.length).toBeGreaterThanOrEqual(1);
    for (const row of reads) expectWellFormed(row, { ...expected, action: 'read' });
    // Each request is its own trace.
    expect(reads[0]?.traceId).not.toBe(createRows[0]?.traceId);
    await next();

    const update = await client.patch(`/api/cases/${created.id}`, { version: created.version, givenNames: 'Amira' });
    expect(update.statusCode, update.body).toBe(200);
    const updates = await rowsSince(created.id);
    expect(updates.map((r) => r.action)).toContain('update');
    for (const row of updates) expectWellFormed(row, { ...expected, action: row.action });
    await next();

    const second = await createCaseVia(client, g.gemeenteId);
    await next();
    expect((await client.get('/api/cases')).statusCode).toBe(200);
    const listed = [...(await rowsSince(created.id)), ...(await rowsSince(second.id))];
    expect(listed).toHaveLength(2);
    expectWellFormed(listed[0], { ...expected, action: 'read' });
    expectWellFormed(listed[1], { ...expected, caseBody: second, action: 'read' });
    // One request: one trace and one parent span, a span per data subject.
    expect(listed[0]?.traceId).toBe(listed[1]?.traceId);
    expect(listed[0]?.parentSpanId).toBe(listed[1]?.parentSpanId);
    expect(listed[0]?.spanId).not.toBe(listed[1]?.spanId);
    await next();

    // The history read is logged too.
    expect((await client.get(`/api/cases/${created.id}/history`)).statusCode).toBe(200);
    const historyReads = await rowsSince(created.id);
    expect(historyReads).toHaveLength(1);
    expectWellFormed(historyReads[0], { ...expected, action: 'read' });
  });

  it('every read of a case through any case route is logged (generic over the routes)', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const created = await createCaseVia(client, g.gemeenteId);
    const clients = new Map<Role, Client>();
    const clientFor = async (role: Role) => {
      const existing = clients.get(role);
      if (existing) return existing;
      const fresh = await loginAs(koers.app, g.users[role].email);
      clients.set(role, fresh);
      return fresh;
    };
    const routes = koers.app.koersRoutes.filter(
      (r) => r.method === 'GET' && r.url.startsWith('/api/cases/:id') && !/:(?!id\b)[A-Za-z]+/.test(r.url),
    );
    const answered: string[] = [];
    for (const route of routes) {
      const role = roles.find(
        (r) => !(permissions as readonly string[]).includes(route.access ?? '') || permissionMatrix[r].includes(route.access as Permission),
      );
      if (!role) continue;
      const since = await maxLogId();
      const response = await (await clientFor(role)).get(route.url.replace(':id', created.id));
      if (response.statusCode !== 200) continue;
      answered.push(route.url);
      const rows = (await logOf(created.id)).filter((r) => r.id > since);
      expect(rows.length, `${route.url} as ${role}: no processing-log row`).toBeGreaterThan(0);
      // A route may name a part of the case file as the resource, and its own registered activity; the data subject is the case.
      for (const row of rows) expectWellFormed(row, { caseBody: created, g, actorId: g.users[role].id, action: 'read', generic: true });
      expect(new Set(rows.map((r) => r.traceId)).size, route.url).toBe(1);
    }
    expect(answered).toEqual(expect.arrayContaining(['/api/cases/:id', '/api/cases/:id/history']));
  });

  it('an empty listing logs nothing; a refused read logs nothing', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const [before] = await koers.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(processingLog)
      .where(eq(processingLog.gemeenteId, g.gemeenteId));
    const list = await client.get('/api/cases');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('"id"');
    expect((await client.get(`/api/cases/${crypto.randomUUID()}`)).statusCode).toBe(404);
    const [after] = await koers.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(processingLog)
      .where(eq(processingLog.gemeenteId, g.gemeenteId));
    expect(after?.n).toBe(before?.n);
  });

  it('reuses the trace id of an incoming traceparent header, and ignores a malformed one', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.teamleider.email);
    const created = await createCaseVia(client, g.gemeenteId);
    const traceId = randomBytes(16).toString('hex');
    const parent = randomBytes(8).toString('hex');
    const traced = await client.request({
      method: 'GET',
      url: `/api/cases/${created.id}`,
      headers: { traceparent: `00-${traceId}-${parent}-01` },
    });
    expect(traced.statusCode).toBe(200);
    const malformed = await client.request({
      method: 'GET',
      url: `/api/cases/${created.id}`,
      headers: { traceparent: `00-${traceId.toUpperCase()}-xyz-01` },
    });
    expect(malformed.statusCode).toBe(200);
    const reads = (await logOf(created.id)).filter((r) => r.action === 'read');
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads[0]?.traceId).toBe(traceId);
    expect(reads.filter((r) => r.traceId === traceId)).toHaveLength(reads.length / 2);
    expect(reads[0]?.spanId).not.toBe(parent);
    expect(reads.at(-1)?.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(reads.at(-1)?.traceId).not.toBe(traceId);
  });

  it('logs logins against the user as data subject (gebruikersbeheer)', async () => {
    const g = await createGemeente(koers.database);
    await loginAs(koers.app, g.users.teamleider.email);
    const [row] = await koers.database.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.resourceId, g.users.teamleider.id), eq(processingLog.operationName, 'login')));
    expect(row).toMatchObject({
      processingActivityId: processingActivities.gebruikersbeheer.id,
      dataSubjectIdType: 'user',
      dataSubjectId: pseudonymise(koers.config.secret, { type: 'user', id: g.users.teamleider.id }),
      actorUserId: g.users.teamleider.id,
      statusCode: 'OK',
      gemeenteId: null,
    });
  });
});

describe('writes and their log commit together', () => {
  it('a duplicate BSN (on create and on update) leaves no case change, log or history row', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const bsn = validBsn();
    await createCaseVia(client, g.gemeenteId, { bsn });
    const other = await createCaseVia(client, g.gemeenteId);
    const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });

    const create = await client.post('/api/cases', caseInput(g.gemeenteId, { bsn }));
    expect(create.statusCode).toBe(409);
    // The update passes the application's checks and fails on the unique index, inside the transaction.
    const update = await client.patch(`/api/cases/${other.id}`, { version: 1, bsn, givenNames: 'Gewijzigd' });
    expect(update.statusCode).toBe(409);
    expect(update.json()).toMatchObject({ error: { code: 'DUPLICATE_CASE', field: 'bsn' } });
    expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
  });

  it('when writing the log fails, the case change and its history roll back too', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const created = await createCaseVia(client, g.gemeenteId);
    // A fault in the log table for this gemeente only: the processing-log insert raises.
    const fn = `koers_test_log_fault_${randomBytes(4).toString('hex')}`;
    await koers.database.db.execute(
      sql.raw(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.gemeente_id = '${g.gemeenteId}' AND NEW.action <> 'read' THEN RAISE EXCEPTION 'logboek niet beschikbaar'; END IF;
        RETURN NEW; END $$`),
    );
    await koers.database.db.execute(sql.raw(`CREATE TRIGGER ${fn} BEFORE INSERT ON processing_log FOR EACH ROW EXECUTE FUNCTION ${fn}()`));
    try {
      const before = await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] });
      const update = await client.patch(`/api/cases/${created.id}`, { version: 1, familyName: 'Nooit-Opgeslagen', reason: 'test' });
      expect(update.statusCode).toBe(500);
      expect(update.json()).toMatchObject({ error: { code: 'INTERNAL' } });
      const create = await client.post('/api/cases', caseInput(g.gemeenteId, { familyName: 'Ook-Nooit' }));
      expect(create.statusCode).toBe(500);
      expect(await snapshotOf(koers.database, { organisationId: g.organisationId, gemeenteIds: [g.gemeenteId] })).toBe(before);
      const [row] = await koers.database.db.select().from(cases).where(eq(cases.id, created.id));
      expect(row).toMatchObject({ version: 1, familyName: created.familyName });
      const history = await koers.database.db.select().from(recordHistory).where(eq(recordHistory.entityId, created.id));
      expect(history.map((h) => h.action)).toEqual(['create']);
    } finally {
      await koers.database.db.execute(sql.raw(`DROP TRIGGER ${fn} ON processing_log`));
      await koers.database.db.execute(sql.raw(`DROP FUNCTION ${fn}()`));
    }
    // Without the fault the same update goes through, with its log row.
    expect((await client.patch(`/api/cases/${created.id}`, { version: 1, familyName: 'Wel-Opgeslagen' })).statusCode).toBe(200);
    expect((await logOf(created.id)).filter((r) => r.action === 'update')).toHaveLength(1);
  });
});

describe('the processing log and the history are append-only', () => {
  it('the application role can add and read rows but never change or remove them', async () => {
    const g = await createGemeente(koers.database);
    const client = await loginAs(koers.app, g.users.trajectregisseur.email);
    const created = await createCaseVia(client, g.gemeenteId);
    const { scope } = await signedIn(koers.database, g.users.trajectregisseur.id);
    const attempts = [
      sql`UPDATE processing_log SET action = 'read' WHERE resource_id = ${created.id}`,
      sql`DELETE FROM processing_log WHERE resource_id = ${created.id}`,
      sql`UPDATE record_history SET actor_name = 'iemand anders' WHERE entity_id = ${created.id}`,
      sql`DELETE FROM record_history WHERE entity_id = ${created.id}`,
    ];
    for (const statement of attempts) {
      const error = await inScope(koers.database.db, scope, (tx) => tx.execute(statement)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(pgErrorCode(error)).toBe('42501'); // insufficient_privilege
    }
    expect((await logOf(created.id)).map((r) => r.action)).toContain('create');
    const history = await koers.database.db.select().from(recordHistory).where(eq(recordHistory.entityId, created.id));
    expect(history.map((h) => h.actorName)).not.toContain('iemand anders');
  });
});

describe('reading the processing log of a data subject', () => {
  it('a beheerder gets every processing of a case; other roles get 403', async () => {
    const g = await createGemeente(koers.database);
    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    const created = await createCaseVia(regisseur, g.gemeenteId);
    await regisseur.get(`/api/cases/${created.id}`);
    await regisseur.patch(`/api/cases/${created.id}`, { version: 1, givenNames: 'Noor' });
    const url = `/api/privacy/processing-log?subjectType=case&subjectId=${created.id}`;

    const beheerder = await loginAs(koers.app, g.users.beheerder.email);
    const response = await beheerder.get(url);
    expect(response.statusCode).toBe(200);
    const entries =
      response.json<
        {
          operationName: string;
          action: string;
          traceId: string;
          spanId: string;
          processingActivityId: string;
          actorUserId: string;
          resourceId: string;
        }[]
      >();
    expect(new Set(entries.map((e) => e.action))).toEqual(new Set(['create', 'read', 'update']));
    const own = await logOf(created.id);
    expect(entries.map((e) => e.spanId).sort()).toEqual(own.map((r) => r.spanId).sort());
    for (const e of entries) {
      expect(e).toMatchObject({ processingActivityId: caseActivity, actorUserId: g.users.trajectregisseur.id, resourceId: created.id });
      expect(e.traceId).toMatch(/^[0-9a-f]{32}$/);
    }
    // The pseudonym is never exposed.
    expect(response.body).not.toContain(pseudonymise(koers.config.secret, { type: 'case', id: created.id }));

    for (const role of ['trajectregisseur', 'teamleider', 'beleidsadviseur'] as const) {
      const other = role === 'trajectregisseur' ? regisseur : await loginAs(koers.app, g.users[role].email);
      const refused = await other.get(url);
      expect(refused.statusCode, role).toBe(403);
      expect(refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    // Validation: a subject id must be a uuid, the type known.
    expect((await beheerder.get('/api/privacy/processing-log?subjectType=bsn&subjectId=123456782')).statusCode).toBe(400);
  });
});
