/** The stand-in over HTTP: every answer, also every refusal, is checked by an independent validator. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrpStandInSeedError, type BrpStandIn } from '../src/standin/app.ts';
import { datum } from '../src/standin/builders.ts';
import { API_KEY, independentValidator, post, startStandIn } from './helpers.ts';

let standIn: BrpStandIn;
const answers: Array<{ status: number; contentType: string; body: unknown }> = [];

async function ask(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; contentType: string; body: Record<string, unknown> }> {
  const r = await post(standIn, body, headers);
  answers.push(r);
  return r as { status: number; contentType: string; body: Record<string, unknown> };
}

beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(() => standIn.close());

const raadpleeg = (bsns: string[], fields: string[] = ['naam.geslachtsnaam']) => ({
  type: 'RaadpleegMetBurgerservicenummer',
  fields,
  burgerservicenummer: bsns,
});

describe('the supported queries', () => {
  it('answers several BSNs at once, leaving out the unknown ones, with leeftijd computed', async () => {
    const r = await ask(raadpleeg(['999990019', '123456782', '999990020'], ['naam.geslachtsnaam', 'leeftijd']));
    expect(r.status).toBe(200);
    expect(r.contentType).toBe('application/json; charset=utf-8');
    expect(r.body).toEqual({
      type: 'RaadpleegMetBurgerservicenummer',
      personen: [
        { naam: { geslachtsnaam: 'Tesfay' }, leeftijd: 32 },
        { naam: { geslachtsnaam: 'Haddad' }, leeftijd: 37 },
      ],
    });
  });

  it('answers a search with the limited person only', async () => {
    const r = await ask({
      type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
      fields: ['burgerservicenummer', 'leeftijd', 'geslacht'],
      geslachtsnaam: 'Haddad',
      geboortedatum: '1988-11-02',
    });
    expect(r.body).toEqual({
      type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
      personen: [{ burgerservicenummer: '999990020', leeftijd: 37, geslacht: { code: 'V', omschrijving: 'vrouw' } }],
    });
    const refused = await ask({
      type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
      fields: ['nationaliteiten'],
      geslachtsnaam: 'Haddad',
      geboortedatum: '1988-11-02',
    });
    expect(refused.status).toBe(400);
  });
});

describe('spec-conform refusals', () => {
  it('the five other query types are valid requests the stand-in does not support', async () => {
    for (const body of [
      {
        type: 'ZoekMetNaamEnGemeenteVanInschrijving',
        fields: ['naam'],
        geslachtsnaam: 'Tesfay',
        voornamen: 'Amanuel',
        gemeenteVanInschrijving: '0505',
      },
      { type: 'ZoekMetPostcodeEnHuisnummer', fields: ['naam'], postcode: '3311ER', huisnummer: 112 },
      {
        type: 'ZoekMetStraatHuisnummerEnGemeenteVanInschrijving',
        fields: ['naam'],
        straat: 'Voorstraat',
        huisnummer: 112,
        gemeenteVanInschrijving: '0505',
      },
      { type: 'ZoekMetNummeraanduidingIdentificatie', fields: ['naam'], nummeraanduidingIdentificatie: '0505200000012345' },
      { type: 'ZoekMetAdresseerbaarObjectIdentificatie', fields: ['naam'], adresseerbaarObjectIdentificatie: '0505010000012345' },
    ]) {
      const r = await ask(body);
      expect(r.status, body.type).toBe(400);
      expect(r.contentType).toContain('application/problem+json');
      expect(r.body['invalidParams']).toEqual([expect.objectContaining({ name: 'type', code: 'value' })]);
    }
  });

  it('invalid requests get a 400 with one invalid param per problem', async () => {
    const cases: Array<[unknown, Array<[string, string]>]> = [
      [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999990019'] }, [['fields', 'required']]],
      [raadpleeg(['99999001']), [['burgerservicenummer', 'pattern']]],
      [{ ...raadpleeg(['999990019']), postcode: '3311ER' }, [['postcode', 'unknownParam']]],
      [{ type: 'Bestaatniet', fields: ['naam'] }, [['type', 'value']]],
      [raadpleeg(['999990019'], ['naam.bijnaam']), [['fields', 'fields']]],
      [raadpleeg(['999990019'], ['geheimhoudingPersoonsgegevens']), [['fields', 'fields']]],
      [
        { type: 'ZoekMetGeslachtsnaamEnGeboortedatum', fields: ['naam'], geslachtsnaam: 'Tesfay', geboortedatum: '12-03-1994' },
        [['geboortedatum', 'date']],
      ],
      [
        {
          type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
          fields: ['naam'],
          geslachtsnaam: 'Tesfay',
          geboortedatum: '1994-03-12',
          inclusiefOverledenPersonen: 'ja',
        },
        [['inclusiefOverledenPersonen', 'boolean']],
      ],
    ];
    for (const [body, expected] of cases) {
      const r = await ask(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      const params = (r.body['invalidParams'] as Array<{ name: string; code: string }>).map((p) => [p.name, p.code]);
      expect(params, JSON.stringify(body)).toEqual(expected);
    }
  });

  it('media type, accept header, JSON and API key', async () => {
    expect((await ask('type=RaadpleegMetBurgerservicenummer', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await ask(raadpleeg(['999990019']), { accept: 'text/html' })).status).toBe(406);
    expect((await ask('{"type":', {})).status).toBe(400);
    const noKey = await ask(raadpleeg(['999990019']), { 'x-api-key': 'fout' });
    expect([noKey.status, noKey.body['code']]).toEqual([401, 'authentication']);
  });

  it('the BRP errors the stand-in plays', async () => {
    standIn.setFailureMode({ kind: 'status503', forRequests: 1 });
    expect((await ask(raadpleeg(['999990019']))).body).toMatchObject({ status: 503, code: 'notAvailable' });
    standIn.setFailureMode({ kind: 'status500', forRequests: 1 });
    expect((await ask(raadpleeg(['999990019']))).body).toMatchObject({ status: 500, code: 'serverError' });
  });
});

describe('seeding and admin', () => {
  it('refuses a person that breaks the spec or has no BSN', () => {
    expect(() =>
      standIn.seed({ burgerservicenummer: '999990250', geboorte: { datum: { type: 'Datum', datum: '1990-13-01', langFormaat: 'x' } } }),
    ).toThrow(BrpStandInSeedError);
    expect(() => standIn.seed({ naam: { geslachtsnaam: 'Zonder' } })).toThrow(/burgerservicenummer/);
    standIn.seed({ burgerservicenummer: '999990251', naam: { geslachtsnaam: 'Nieuw' }, geboorte: { datum: datum('2000-01-01') } });
    expect(standIn.persoon('999990251')?.naam?.geslachtsnaam).toBe('Nieuw');
    expect(standIn.remove('999990251')).toBe(true);
  });

  it('has admin endpoints for manual use', async () => {
    const base = standIn.url;
    expect(await (await fetch(`${base}/_standin/health`)).json()).toMatchObject({ status: 'ok' });
    const seeded = await fetch(`${base}/_standin/personen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ burgerservicenummer: '999990263', naam: { geslachtsnaam: 'Via Admin' } }),
    });
    expect(seeded.status).toBe(201);
    const bad = await fetch(`${base}/_standin/personen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ burgerservicenummer: 'x' }),
    });
    expect(bad.status).toBe(400);
    const storing = await fetch(`${base}/_standin/storing`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'status503', forRequests: 1 }),
    });
    expect(storing.status).toBe(200);
    expect((await ask(raadpleeg(['999990263']))).status).toBe(503);
    expect((await ask(raadpleeg(['999990263']))).body).toEqual({
      type: 'RaadpleegMetBurgerservicenummer',
      personen: [{ naam: { geslachtsnaam: 'Via Admin' } }],
    });
    const verzoeken = (await (await fetch(`${base}/_standin/verzoeken`)).json()) as unknown[];
    expect(verzoeken.length).toBeGreaterThan(10);
    expect(
      (
        await fetch(`${base}/_standin/storing`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'onzin' }),
        })
      ).status,
    ).toBe(400);
  });
});

describe('the contract', () => {
  it('every answer of this file is valid against the spec (independent validator), and the stand-in saw no violation', () => {
    const v = independentValidator();
    const violations = answers.flatMap((a) => {
      const issues = v.validateResponse({ status: a.status, contentType: a.contentType, body: a.body }, { strictProperties: true });
      return issues.length > 0 ? [`${a.status}: ${issues.map((i) => i.text).join('; ')}`] : [];
    });
    expect(answers.length).toBeGreaterThan(20);
    expect(violations).toEqual([]);
    expect(standIn.contractViolations).toEqual([]);
    expect(API_KEY).toBeTruthy();
  });
});
