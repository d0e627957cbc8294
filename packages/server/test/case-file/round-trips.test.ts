// Round trips of one case-file request on PostgreSQL (issue 18, ADR 0113): every query node-postgres
// submits to the server is one exchange. The count is the bench's concern; the order is the
// transaction's guarantees: the scope before any read, the processing-log row before the commit.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGemeente, createTestKoers, loginAs, type Client, type TestKoers } from '../support/koers.ts';
import { caseInput } from '../support/fixtures.ts';
import { testDatabaseKind } from '../support/database.ts';

const sent: string[] = [];
const original = pg.Query.prototype.submit;

describe.skipIf(testDatabaseKind !== 'postgresql')('case file on PostgreSQL: round trips', () => {
  let koers: TestKoers;
  let regisseur: Client;
  let caseId: string;
  beforeAll(async () => {
    koers = await createTestKoers();
    const g = await createGemeente(koers.database, 'Rondgangen');
    regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    const created = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId), duoNoticeOn: '2026-10-01', registeredOn: '2026-09-15' });
    expect(created.statusCode, created.body).toBe(201);
    caseId = created.json<{ id: string }>().id;
    // Warm: the session is in the cache, as for every request but a user's first.
    expect((await regisseur.get(`/api/cases/${caseId}/file`)).statusCode).toBe(200);
    pg.Query.prototype.submit = function (this: pg.Query & { text?: string }, connection) {
      sent.push(this.text ?? '');
      return original.call(this, connection);
    };
  });
  afterAll(async () => {
    pg.Query.prototype.submit = original;
    await koers.close();
  });

  it('sends BEGIN, the scope and all reads in one round trip, and the processing-log row with COMMIT', async () => {
    sent.length = 0;
    const file = await regisseur.get(`/api/cases/${caseId}/file`);
    expect(file.statusCode, file.body).toBe(200);
    const trips = sent.map((text) => text.replace(/\s+/g, ' ').trim());
    // Was 11 (BEGIN and COMMIT each on their own), then 9 (seven reads), then 3 (BEGIN with the scope, the reads, the
    // log with COMMIT); the bench's "SQL + session, scope, log" sends 13.
    expect(trips).toHaveLength(2);
    // BEGIN, the scope, then every read of the case file in one statement (read-together), its values written in as
    // quoted literals (inline-parameters.ts): the scope always runs first.
    expect(trips[0]).toMatch(/^begin; \/\* koers:bij-volgende \*\/ SELECT set_config\('role', 'koers_app', true\), set_config\('koers\.session', '[^']+', true\), set_config\('synchronous_commit', 'off', true\); SELECT \(SELECT coalesce\(json_agg/);
    expect(trips[0]).toContain(`'${caseId}'`);
    expect(trips[0]).not.toMatch(/\$\d/);
    expect(trips[1]).toMatch(/^\/\* koers:bij-volgende \*\/ INSERT INTO processing_log .*;\s*commit$/);
    expect(trips.filter((t) => /\bbegin\b/i.test(t))).toHaveLength(1);
  });
});
