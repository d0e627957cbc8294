// Nothing personal in any log line at any level (issue 11, defect 1): a database error carrying a
// marker value and a BSN, a search for a BSN, a 404 with a query string, a failed login — the
// captured log holds route patterns and error codes, never the values.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeError, scrubText } from '../src/logging.ts';
import { Client, createGemeente, createTestKoers, loginAs, type TestKoers } from './support/koers.ts';
import { caseInput, validBsn } from './support/fixtures.ts';

const lines: string[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  },
});

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers({ logLevel: 'trace', logDestination: capture });
});
afterAll(() => koers.close());

function logText(): string {
  return lines.join('\n');
}

describe('log hygiene', () => {
  it('a database error logs its SQLSTATE and the statement shape, never the parameters, the detail or the values', async () => {
    const g = await createGemeente(koers.database);
    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    const marker = `Markeer${randomBytes(6).toString('hex')}`;
    const bsn = validBsn();
    const address = `Geheimstraat ${randomBytes(3).toString('hex')}`;
    // A fault for this one value only: PostgreSQL's own error carries the value in message and detail.
    const fn = `koers_test_fault_${randomBytes(4).toString('hex')}`;
    await koers.database.db.execute(
      sql.raw(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.family_name = '${marker}' THEN
          RAISE EXCEPTION 'geweigerd: "%" met %', NEW.family_name, NEW.bsn USING DETAIL = 'Key (family_name)=(' || NEW.family_name || ')', ERRCODE = 'P0001';
        END IF;
        RETURN NEW;
      END $$`),
    );
    await koers.database.db.execute(sql.raw(`CREATE TRIGGER ${fn} BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION ${fn}()`));
    try {
      lines.length = 0;
      const response = await regisseur.post('/api/cases', { ...caseInput(g.gemeenteId, { familyName: marker, bsn }), address });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain(marker);
      const text = logText();
      expect(text).toContain('onverwachte fout');
      expect(text).toContain('P0001');
      expect(text).toContain('/api/cases');
      for (const secret of [marker, bsn, address, g.users.trajectregisseur.email]) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/params/i);
    } finally {
      await koers.database.db.execute(sql.raw(`DROP TRIGGER ${fn} ON cases`));
      await koers.database.db.execute(sql.raw(`DROP FUNCTION ${fn}()`));
    }
  });

  it('the access log names the route pattern, never the URL, its query string or its ids', async () => {
    const g = await createGemeente(koers.database);
    const regisseur = await loginAs(koers.app, g.users.trajectregisseur.email);
    const created = await regisseur.post('/api/cases', caseInput(g.gemeenteId));
    const kase = created.json<{ id: string; bsn: string; familyName: string }>();
    lines.length = 0;
    expect((await regisseur.get(`/api/cases?zoek=${kase.bsn}`)).statusCode).toBe(200);
    expect((await regisseur.get(`/api/cases?zoek=${encodeURIComponent(kase.familyName)}`)).statusCode).toBe(200);
    expect((await regisseur.get(`/api/cases/${kase.id}`)).statusCode).toBe(200);
    expect((await regisseur.get(`/api/bestaat-niet?bsn=${kase.bsn}`)).statusCode).toBe(404);
    expect((await regisseur.get(`/api/cases?zoek=${kase.bsn}&onbekend=1`)).statusCode).toBe(400);
    const text = logText();
    expect(text).toContain('"route":"/api/cases"');
    expect(text).toContain('"route":"/api/cases/:id"');
    for (const secret of [kase.bsn, kase.familyName, kase.id, 'zoek=']) expect(text).not.toContain(secret);
  });

  it('a failed login, a validation error and an OIDC-free login log no e-mail address or password', async () => {
    const g = await createGemeente(koers.database);
    lines.length = 0;
    const client = new Client(koers.app);
    await client.post('/api/auth/login', { email: g.users.beheerder.email, password: 'Geheim-wachtwoord-x1' });
    await client.post('/api/auth/login', { email: g.users.beheerder.email, password: 7 });
    const text = logText();
    expect(lines.length).toBeGreaterThan(0);
    expect(text).not.toContain(g.users.beheerder.email);
    expect(text).not.toContain('Geheim-wachtwoord-x1');
  });
});

describe('the log serializers', () => {
  it('scrub query strings, quoted values, e-mail addresses, long numbers and key details from text', () => {
    expect(scrubText('Route GET:/api/cases?zoek=999990068 not found')).toBe('Route GET:/api/cases?… not found');
    expect(scrubText('invalid input syntax for type date: "0000-01-01"')).toBe('invalid input syntax for type date: "…"');
    expect(scrubText('mail voor a.b@example.nl mislukt')).toBe('mail voor …@… mislukt');
    expect(scrubText('BSN 999990068 onbekend')).toBe('BSN # onbekend');
    expect(scrubText('duplicate key; Key (bsn)=(999990068) already exists.')).toBe('duplicate key; Key: …');
    expect(scrubText('eerste regel\ntweede regel met geheim')).toBe('eerste regel');
  });

  it('keep only type, scrubbed message, codes and stack frames of an error and its causes', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "cases_gemeente_bsn_key"'), {
      code: '23505',
      constraint: 'cases_gemeente_bsn_key',
      detail: 'Key (gemeente_id, bsn)=(x, 999990068) already exists.',
      table: 'cases',
    });
    const error = Object.assign(new Error('Failed query: insert into "cases" ("bsn", "address") values ($1, $2)\nparams: 999990068,Geheimstraat 1'), {
      cause,
      query: 'insert into "cases" ("bsn", "address") values ($1, $2)',
      params: ['999990068', 'Geheimstraat 1'],
    });
    const safe = safeError(error);
    const text = JSON.stringify(safe);
    expect(text).not.toContain('999990068');
    expect(text).not.toContain('Geheimstraat');
    expect(safe).toMatchObject({ type: 'Error', cause: { code: '23505', constraint: 'cases_gemeente_bsn_key', table: 'cases' } });
    expect(safe.message).toBe('Failed query: insert into "cases" ("bsn", "address") values ($#, $#)');
    expect(safe).not.toHaveProperty('params');
    expect(safe).not.toHaveProperty('query');
    expect(safe.cause).not.toHaveProperty('detail');
    expect(safe.stack).toMatch(/^at /);
  });
});
