// BRP lookup and take-over over HTTP, against the stand-in (on PGlite, and on PostgreSQL with
// KOERS_TEST_DATABASE_URL): the mapped person and the differences, taking fields over through the
// correction path (history naming the BRP, timeline, processing log), and every refusal with
// nothing changed.
import { and, asc, eq } from 'drizzle-orm';
import { processingActivities } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseEvents, cases, caseSignals, recordHistory } from '../../src/db/schema.ts';
import {
  PLACEHOLDER_BIRTH_DATE,
  PLACEHOLDER_GIVEN_NAMES,
  UNKNOWN_NATIONALITY,
  PLACEHOLDER_FAMILY_NAME,
} from '../../src/use-cases/registration/personal-data.ts';
import { refreshSignals } from '../../src/workqueue/refresh-signals.ts';
import { HttpBrpClient } from '@koers/brp';
import { buildApp } from '../../src/http/app.ts';
import { version } from '../../src/start.ts';
import { Client, testPassword } from '../support/koers.ts';
import { createCaseVia, insertCase, snapshotOf } from '../support/fixtures.ts';
import { dataOf, logRows, personLike, startBrpEnv, type BrpTestEnv } from './support.ts';

let env: BrpTestEnv;
let regisseur: Client;

interface Lookup {
  caseVersion: number;
  persoon: Record<string, unknown>;
  differences: Array<{
    field: string;
    label: string;
    koers: { value: string | null; text: string };
    brp: { value: string | null; text: string };
    applicable: boolean;
    reason?: string;
  }>;
  notices: Array<{ kind: string; text: string }>;
}
interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: Array<{ field: string; message: string }> };
}

beforeAll(async () => {
  env = await startBrpEnv();
  regisseur = await env.login();
});
afterAll(() => env.koers.close());

/** A fresh BSN for a copy of a stand-in person (123456782 is not in the stand-in: kept as it is). */
const like = (bsn: string): string => (bsn === '123456782' ? bsn : personLike(env.standIn, bsn));

const caseRow = async (id: string) => {
  const [row] = await asSystem(env.koers.database.db, (tx) => tx.select().from(cases).where(eq(cases.id, id)));
  if (!row) throw new Error('case');
  return row;
};

describe('GET /api/cases/:id/brp', () => {
  it('gives the BRP person in Koers terms and the differences with the case; changes nothing; logs the question', async () => {
    const c = await createCaseVia(regisseur, env.g.gemeenteId, {
      bsn: like('999990019'),
      givenNames: 'Amanuel',
      familyName: 'Tesfay',
      birthDate: '1994-03-12',
      nationality: 'ER',
    });
    const before = await dataOf(env.koers.database, env.g.gemeenteId, env.g.organisationId);
    const r = await regisseur.get(`/api/cases/${c.id}/brp`);
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<Lookup>();
    expect(body.caseVersion).toBe(c.version);
    expect(body.persoon).toMatchObject({
      burgerservicenummer: c.bsn,
      givenNames: 'Amanuel Gebre',
      familyName: 'Tesfay',
      birthDate: { value: '1994-03-12', text: '12 maart 1994', precision: 'dag' },
      nationality: { code: '0084', omschrijving: 'Eritrese', iso: 'ER', reason: null },
      address: { text: 'Voorstraat 112, 3311 ER Dordrecht', soort: 'adres' },
      gemeenteVanInschrijving: { code: '0505', naam: 'Dordrecht' },
      registeredOn: { value: '2026-05-30', text: '30 mei 2026', precision: 'dag' },
      deceased: false,
      geheimhouding: false,
    });
    expect(body.differences.map((d) => [d.field, d.label, d.koers.text, d.brp.text, d.applicable])).toEqual([
      ['givenNames', 'Voornamen', 'Amanuel', 'Amanuel Gebre', true],
      ['address', 'Adres', 'onbekend', 'Voorstraat 112, 3311 ER Dordrecht', true],
      ['registeredOn', 'Datum inschrijving BRP', 'onbekend', '30 mei 2026', true],
    ]);
    expect(body.notices).toEqual([]);
    expect(await dataOf(env.koers.database, env.g.gemeenteId, env.g.organisationId)).toEqual(before);
    const log = await logRows(env.koers.database, c.id);
    expect(
      log
        .filter((l) => l.processingActivityId === processingActivities.brpRaadplegen.id)
        .map((l) => [l.operationName, l.action, l.statusCode]),
    ).toEqual([['brp.RaadpleegMetBurgerservicenummer', 'read', 'OK']]);
    // Koers asked only for the fields it uses.
    expect(env.standIn.requests.at(-1)).toMatchObject({
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: [c.bsn],
      apiKeyPresent: true,
    });
    expect(env.standIn.requests.at(-1)?.fields).not.toContain('kinderen');
  });

  it('tells about geheimhouding, death, another gemeente and an incomplete birth date', async () => {
    const leila = await createCaseVia(regisseur, env.g.gemeenteId, {
      bsn: like('999990159'),
      givenNames: 'Leila',
      familyName: 'Rahmani',
      birthDate: '1993-09-21',
      nationality: 'IR',
    });
    expect((await regisseur.get(`/api/cases/${leila.id}/brp`)).json<Lookup>().notices.map((n) => n.kind)).toEqual(['geheimhouding']);
    const alemu = await createCaseVia(regisseur, env.g.gemeenteId, {
      bsn: like('999990160'),
      givenNames: 'Tesfaye',
      familyName: 'Alemu',
      birthDate: '1958-12-01',
      nationality: 'ET',
    });
    const dead = (await regisseur.get(`/api/cases/${alemu.id}/brp`)).json<Lookup>();
    expect(dead.persoon).toMatchObject({ deceased: true, deceasedOn: { value: '2026-05-22' } });
    expect(dead.notices[0]?.text).toContain('overleden');
    const mensah = await createCaseVia(regisseur, env.g.gemeenteId, {
      bsn: like('999990147'),
      givenNames: 'Kofi',
      familyName: 'Mensah',
      birthDate: '1987-02-14',
      nationality: 'GH',
    });
    const moved = (await regisseur.get(`/api/cases/${mensah.id}/brp`)).json<Lookup>();
    expect(moved.differences.find((d) => d.field === 'gemeenteVanInschrijving')).toMatchObject({
      koers: { text: 'Dordrecht' },
      brp: { text: 'Rotterdam' },
      applicable: false,
    });
    const abdi = await createCaseVia(regisseur, env.g.gemeenteId, {
      bsn: like('999990172'),
      givenNames: 'Abdi',
      familyName: 'Warsame',
      birthDate: '1991-01-01',
      nationality: 'SO',
    });
    const partial = (await regisseur.get(`/api/cases/${abdi.id}/brp`)).json<Lookup>();
    expect(partial.persoon['birthDate']).toEqual({ value: null, text: '1990 (dag en maand onbekend)', precision: 'jaar' });
    expect(partial.differences.find((d) => d.field === 'birthDate')).toMatchObject({
      applicable: false,
      reason: expect.stringContaining('niet volledig') as string,
    });
  });

  it('a person the BRP does not know: 404 saying so; a case without BSN: 409', async () => {
    const unknown = await createCaseVia(regisseur, env.g.gemeenteId, { bsn: like('123456782') });
    const r = await regisseur.get(`/api/cases/${unknown.id}/brp`);
    expect(r.statusCode).toBe(404);
    expect(r.json<ErrorBody>().error).toMatchObject({
      code: 'BRP_PERSON_NOT_FOUND',
      message: 'De BRP kent geen persoon met het BSN van dit dossier. Controleer het BSN.',
      field: 'bsn',
    });
    const noBsn = await createCaseVia(regisseur, env.g.gemeenteId, { bsn: undefined, vNumber: '1234567890' });
    const r2 = await regisseur.get(`/api/cases/${noBsn.id}/brp`);
    expect(r2.statusCode).toBe(409);
    expect(r2.json<ErrorBody>().error).toMatchObject({ code: 'BRP_NO_BSN', field: 'bsn' });
  });

  it('someone else’s case is 404, and the BRP is not asked', async () => {
    const foreign = await insertCase(env.koers.database, env.other.gemeenteId, { bsn: '999990044' });
    const asked = env.standIn.requests.length;
    const before = await snapshotOf(env.koers.database, { organisationId: env.other.organisationId, gemeenteIds: [env.other.gemeenteId] });
    const r = await regisseur.get(`/api/cases/${foreign}/brp`);
    expect(r.statusCode).toBe(404);
    expect(r.json<ErrorBody>().error.code).toBe('NOT_FOUND');
    const post = await regisseur.post(`/api/cases/${foreign}/brp/overnemen`, { version: 1, fields: ['givenNames'] });
    expect(post.statusCode).toBe(404);
    expect(env.standIn.requests.length).toBe(asked);
    expect(await snapshotOf(env.koers.database, { organisationId: env.other.organisationId, gemeenteIds: [env.other.gemeenteId] })).toBe(
      before,
    );
  });

  it('only for roles that see the BSN (and may read cases)', async () => {
    const c = await createCaseVia(regisseur, env.g.gemeenteId, { bsn: like('999990020') });
    for (const role of ['financieel-medewerker', 'beleidsadviseur', 'partner-begeleiding', 'beheerder'] as const) {
      const client = await env.login(role);
      expect((await client.get(`/api/cases/${c.id}/brp`)).statusCode, role).toBe(403);
    }
    expect((await (await env.login('teamleider')).get(`/api/cases/${c.id}/brp`)).statusCode).toBe(200);
  });
});

describe('POST /api/cases/:id/brp/overnemen', () => {
  it('takes the chosen fields over through the correction path, with the BRP named in history, timeline and log', async () => {
    const c = await createCaseVia(regisseur, env.g.gemeenteId, {
      bsn: like('999990019'),
      givenNames: 'Amanuel',
      familyName: 'Tesfay',
      birthDate: '1994-03-12',
      nationality: 'ER',
    });
    const r = await regisseur.post(`/api/cases/${c.id}/brp/overnemen`, {
      version: c.version,
      fields: ['givenNames', 'address', 'registeredOn'],
    });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<{ case: Record<string, unknown>; applied: string[] }>();
    expect(body.applied).toEqual(['givenNames', 'address', 'registeredOn']);
    expect(body.case).toMatchObject({
      givenNames: 'Amanuel Gebre',
      address: 'Voorstraat 112, 3311 ER Dordrecht',
      registeredOn: '2026-05-30',
      version: c.version + 1,
    });
    const history = await asSystem(env.koers.database.db, (tx) =>
      tx.select().from(recordHistory).where(eq(recordHistory.entityId, c.id)).orderBy(asc(recordHistory.id)),
    );
    expect(history.at(-1)).toMatchObject({
      action: 'update',
      reason: 'Overgenomen uit de BRP (raadpleging van 1 juni 2026)',
      actorUserId: env.g.users.trajectregisseur.id,
    });
    expect(history.at(-1)?.changes).toMatchObject({
      givenNames: { from: 'Amanuel', to: 'Amanuel Gebre' },
      address: { from: null, to: 'Voorstraat 112, 3311 ER Dordrecht' },
      registeredOn: { from: null, to: '2026-05-30' },
    });
    const events = await asSystem(env.koers.database.db, (tx) =>
      tx.select().from(caseEvents).where(eq(caseEvents.caseId, c.id)).orderBy(asc(caseEvents.id)),
    );
    expect(events.at(-1)).toMatchObject({
      kind: 'case.brp-applied',
      summary: 'Gegevens overgenomen uit de BRP: voornamen, adres, datum inschrijving brp.',
    });
    const log = await logRows(env.koers.database, c.id);
    expect(log.map((l) => [l.operationName, l.statusCode])).toEqual(
      expect.arrayContaining([
        ['brp.RaadpleegMetBurgerservicenummer', 'OK'],
        ['applyBrpData', 'OK'],
      ]),
    );
    // Nothing differs any more.
    expect((await regisseur.get(`/api/cases/${c.id}/brp`)).json<Lookup>().differences).toEqual([]);
    // Taking over what already agrees changes nothing (no new version).
    const again = await regisseur.post(`/api/cases/${c.id}/brp/overnemen`, { version: c.version + 1, fields: ['givenNames'] });
    expect(again.json<{ case: { version: number }; applied: string[] }>()).toMatchObject({ case: { version: c.version + 1 }, applied: [] });
  });

  it('fills a case that DUO created with only a BSN, and determines the duty again', async () => {
    const id = await asSystem(env.koers.database.db, async (tx) => {
      const [row] = await tx
        .insert(cases)
        .values({
          gemeenteId: env.g.gemeenteId,
          bsn: '999990135',
          givenNames: PLACEHOLDER_GIVEN_NAMES,
          familyName: PLACEHOLDER_FAMILY_NAME,
          birthDate: PLACEHOLDER_BIRTH_DATE,
          nationality: UNKNOWN_NATIONALITY,
          permit: 'asiel',
          status: 'aangemeld',
          source: 'duo',
          dutyStartOn: '2026-06-01',
          duoNoticeOn: '2026-06-01',
        })
        .returning({ id: cases.id });
      await refreshSignals(tx, row!.id, '2026-06-01');
      return row!.id;
    });
    const signals = async () =>
      (await asSystem(env.koers.database.db, (tx) => tx.select().from(caseSignals).where(eq(caseSignals.caseId, id)))).map((s) => s.kind);
    expect(await signals()).toContain('personal-data-missing');
    const lookup = (await regisseur.get(`/api/cases/${id}/brp`)).json<Lookup>();
    expect(lookup.differences.map((d) => [d.field, d.koers.text, d.brp.value, d.applicable])).toEqual([
      ['givenNames', 'onbekend', 'Noor Yasmin', true],
      ['familyName', 'onbekend', 'Al-Masri', true],
      ['birthDate', 'onbekend', '1996-05-17', true],
      ['nationality', 'onbekend', 'SY', true],
      ['address', 'onbekend', 'Bagijnhof 8, 3311 KB Dordrecht', true],
      ['registeredOn', 'onbekend', '2026-05-31', true],
    ]);
    const r = await regisseur.post(`/api/cases/${id}/brp/overnemen`, { version: 1, fields: lookup.differences.map((d) => d.field) });
    expect(r.statusCode, r.body).toBe(200);
    const row = await caseRow(id);
    expect(row).toMatchObject({
      givenNames: 'Noor Yasmin',
      familyName: 'Al-Masri',
      birthDate: '1996-05-17',
      nationality: 'SY',
      registeredOn: '2026-05-31',
      obliged: true,
      targetGroup: 'asiel',
    });
    expect(await signals()).not.toContain('personal-data-missing');
    const [event] = await asSystem(env.koers.database.db, (tx) =>
      tx
        .select()
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, id), eq(caseEvents.kind, 'case.brp-applied'))),
    );
    expect(event?.summary).toMatch(
      /^Gegevens overgenomen uit de BRP: voornamen, achternaam, geboortedatum, nationaliteit, adres, datum inschrijving brp; plicht opnieuw bepaald: /,
    );
  });

  it('a stale version is 409 and changes nothing', async () => {
    const c = await createCaseVia(regisseur, env.g.gemeenteId, {
      bsn: like('999990093'),
      givenNames: 'Ahmad',
      familyName: 'Karimi',
      birthDate: '1985-02-21',
      nationality: 'AF',
    });
    const fixed = await regisseur.patch(`/api/cases/${c.id}`, { version: c.version, phone: '06 1111 2222' });
    expect(fixed.statusCode).toBe(200);
    const before = await dataOf(env.koers.database, env.g.gemeenteId, env.g.organisationId);
    const r = await regisseur.post(`/api/cases/${c.id}/brp/overnemen`, { version: c.version, fields: ['address'] });
    expect(r.statusCode).toBe(409);
    expect(r.json<ErrorBody>().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    expect(await dataOf(env.koers.database, env.g.gemeenteId, env.g.organisationId)).toEqual(before);
  });

  it('a field that cannot be taken over is refused with the reason, and nothing changes', async () => {
    const abdi = await createCaseVia(regisseur, env.g.gemeenteId, {
      bsn: like('999990172'),
      givenNames: 'Abdi',
      familyName: 'Warsame',
      birthDate: '1991-01-01',
      nationality: 'SO',
    });
    const before = await dataOf(env.koers.database, env.g.gemeenteId, env.g.organisationId);
    const r = await regisseur.post(`/api/cases/${abdi.id}/brp/overnemen`, { version: abdi.version, fields: ['address', 'birthDate'] });
    expect(r.statusCode).toBe(422);
    const error = r.json<ErrorBody>().error;
    expect(error).toMatchObject({ code: 'BRP_NOT_APPLICABLE', field: 'fields' });
    expect(error.message).toMatch(/^Geboortedatum: De BRP kent de geboortedatum niet volledig/);
    expect(await dataOf(env.koers.database, env.g.gemeenteId, env.g.organisationId)).toEqual(before);

    const mensah = await createCaseVia(regisseur, env.g.gemeenteId, {
      bsn: like('999990147'),
      givenNames: 'Kofi',
      familyName: 'Mensah',
      birthDate: '1987-02-14',
      nationality: 'GH',
    });
    const other = await regisseur.post(`/api/cases/${mensah.id}/brp/overnemen`, { version: mensah.version, fields: ['registeredOn'] });
    expect(other.statusCode).toBe(422);
    expect(other.json<ErrorBody>().error.message).toContain('ingeschreven in Rotterdam');
    const moved = await regisseur.post(`/api/cases/${mensah.id}/brp/overnemen`, { version: mensah.version, fields: ['movedInOn'] });
    expect(moved.json<ErrorBody>().error.message).toBe(
      "Datum inschrijving na verhuizing: bij dit dossier hoort de inschrijvingsdatum uit de BRP bij 'Datum inschrijving BRP'.",
    );
  });

  it('bad input is a 400 naming the field', async () => {
    const c = await createCaseVia(regisseur, env.g.gemeenteId, { bsn: like('999990020') });
    const cases_: Array<[unknown, string]> = [
      [{ version: c.version, fields: [] }, 'fields'],
      [{ version: c.version, fields: ['bsn'] }, 'fields.0'],
      [{ version: c.version, fields: ['address', 'address'] }, 'fields'],
      [{ fields: ['address'] }, 'version'],
      [{ version: c.version, fields: ['address'], extra: 1 }, 'extra'],
    ];
    for (const [payload, field] of cases_) {
      const r = await regisseur.post(`/api/cases/${c.id}/brp/overnemen`, payload);
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json<ErrorBody>().error.field, JSON.stringify(payload)).toBe(field);
    }
    const forbidden = await (
      await env.login('financieel-medewerker')
    ).post(`/api/cases/${c.id}/brp/overnemen`, { version: c.version, fields: ['address'] });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('when the BRP cannot be used', () => {
  it('unavailable: 503 in Dutch, nothing changed, the failed question logged', async () => {
    const c = await createCaseVia(regisseur, env.g.gemeenteId, {
      bsn: like('999990081'),
      givenNames: 'Yusuf',
      familyName: 'Omar',
      birthDate: '1992-09-14',
      nationality: 'SO',
    });
    const before = await dataOf(env.koers.database, env.g.gemeenteId, env.g.organisationId);
    for (const kind of ['status503', 'down'] as const) {
      env.standIn.setFailureMode({ kind, forRequests: 2 });
      const get = await regisseur.get(`/api/cases/${c.id}/brp`);
      expect(get.statusCode, kind).toBe(503);
      expect(get.json<ErrorBody>().error).toEqual({
        code: 'BRP_UNAVAILABLE',
        message: 'De BRP is nu niet bereikbaar. Probeer het later opnieuw; er is niets gewijzigd.',
      });
      const post = await regisseur.post(`/api/cases/${c.id}/brp/overnemen`, { version: c.version, fields: ['address'] });
      expect(post.statusCode, kind).toBe(503);
    }
    env.standIn.setFailureMode(null);
    expect(await dataOf(env.koers.database, env.g.gemeenteId, env.g.organisationId)).toEqual(before);
    const failed = (await logRows(env.koers.database, c.id)).filter(
      (l) => l.processingActivityId === processingActivities.brpRaadplegen.id,
    );
    expect(failed.map((l) => l.statusCode)).toEqual(['ERROR', 'ERROR', 'ERROR', 'ERROR']);
  });

  it('an answer that breaks the spec or is about someone else: 502, nothing changed', async () => {
    const c = await createCaseVia(regisseur, env.g.gemeenteId, { bsn: like('999990019') });
    const before = await dataOf(env.koers.database, env.g.gemeenteId, env.g.organisationId);
    for (const kind of ['invalidResponse', 'otherPerson'] as const) {
      env.standIn.setFailureMode({ kind, forRequests: 1 });
      const r = await regisseur.post(`/api/cases/${c.id}/brp/overnemen`, { version: c.version, fields: ['givenNames'] });
      expect(r.statusCode, kind).toBe(502);
      expect(r.json<ErrorBody>().error.code).toBe('BRP_INVALID_ANSWER');
    }
    expect(await dataOf(env.koers.database, env.g.gemeenteId, env.g.organisationId)).toEqual(before);
    // The broken answers are the stand-in's doing: leave them out of the contract sweep below.
    env.exchanges.splice(0, env.exchanges.length, ...env.exchanges.filter((x) => x.error?.kind !== 'contract'));
  });
});

describe('without a usable BRP connection', () => {
  /** The same database and users, in an app whose BRP service is `brp` (or none). */
  async function appWith(brp: 'none' | 'wrong-key') {
    const client =
      brp === 'wrong-key'
        ? new HttpBrpClient({ baseUrl: env.standIn.baseUrl, apiKey: 'een-verkeerde-sleutel', timeoutMs: 3_000 })
        : undefined;
    const app = await buildApp({
      database: env.koers.database,
      config: env.koers.config,
      now: () => new Date('2026-06-01T10:00:00Z'),
      oidc: undefined,
      version,
      brp: client
        ? {
            settings: { mode: 'real', baseUrl: env.standIn.baseUrl, apiKey: 'een-verkeerde-sleutel', tls: undefined, timeoutMs: 3_000 },
            client,
            standIn: undefined,
            close: () => client.close(),
          }
        : undefined,
    });
    await app.ready();
    const user = new Client(app);
    expect((await user.post('/api/auth/login', { email: env.g.users.trajectregisseur.email, password: testPassword })).statusCode).toBe(
      200,
    );
    return {
      app,
      user,
      close: async () => {
        await app.close();
        await client?.close();
      },
    };
  }

  it('not configured: 503 saying so; refused by the BRP (wrong key): 502; nothing changed', async () => {
    const c = await createCaseVia(regisseur, env.g.gemeenteId, { bsn: like('999990020') });
    const before = await dataOf(env.koers.database, env.g.gemeenteId, env.g.organisationId);
    const none = await appWith('none');
    const r = await none.user.get(`/api/cases/${c.id}/brp`);
    expect(r.statusCode).toBe(503);
    expect(r.json<ErrorBody>().error.code).toBe('BRP_NOT_CONFIGURED');
    await none.close();
    const refused = await appWith('wrong-key');
    const r2 = await refused.user.post(`/api/cases/${c.id}/brp/overnemen`, { version: c.version, fields: ['address'] });
    expect(r2.statusCode).toBe(502);
    expect(r2.json<ErrorBody>().error).toMatchObject({
      code: 'BRP_REFUSED',
      message: expect.stringContaining('sleutel, certificaat of autorisatie') as string,
    });
    await refused.close();
    const after = (await dataOf(env.koers.database, env.g.gemeenteId, env.g.organisationId)) as Record<string, unknown>;
    // Logging in changes the user rows; everything else is as it was.
    delete after['users'];
    delete (before as Record<string, unknown>)['users'];
    expect(after).toEqual(before);
  });
});

describe('the contract', () => {
  it('every exchange of this file with the BRP stand-in was spec-valid both ways', () => {
    expect(env.exchanges.length).toBeGreaterThan(10);
    expect(env.contractViolations()).toEqual([]);
    expect(env.standIn.contractViolations).toEqual([]);
  });

  it('the OpenAPI document describes both routes', async () => {
    const doc = (await env.koers.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(Object.keys(doc.paths['/api/cases/{id}/brp'] ?? {})).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/cases/{id}/brp/overnemen'] ?? {})).toEqual(['post']);
  });
});
