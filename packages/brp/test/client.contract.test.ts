/**
 * Contract test: the client against the stand-in. The client validates its own requests and the
 * answers, the recorder re-validates every exchange strictly with a separately loaded validator,
 * and the stand-in validates everything it answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpBrpClient } from '../src/client.ts';
import { BrpContractError, BrpNotFoundError, BrpRefusedError, BrpUnavailableError } from '../src/errors.ts';
import { persoonFields } from '../src/koers-fields.ts';
import type { BrpStandIn } from '../src/standin/app.ts';
import { demoBsns } from '../src/standin/demo.ts';
import { clientFor, ContractRecorder, startStandIn } from './helpers.ts';

let standIn: BrpStandIn;
let client: HttpBrpClient;
const recorder = new ContractRecorder();

beforeAll(async () => {
  standIn = await startStandIn();
  client = clientFor(standIn, { recorder });
});
afterAll(async () => {
  await client.close();
  await standIn.close();
});

describe('RaadpleegMetBurgerservicenummer', () => {
  it('returns the person with only the fields Koers asks for, sending the API key', async () => {
    const p = await client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' });
    expect(p).toEqual({
      burgerservicenummer: '999990019',
      naam: { voornamen: 'Amanuel Gebre', geslachtsnaam: 'Tesfay' },
      geboorte: { datum: { type: 'Datum', datum: '1994-03-12', langFormaat: '12 maart 1994' } },
      nationaliteiten: [{ type: 'Nationaliteit', nationaliteit: { code: '0084', omschrijving: 'Eritrese' } }],
      verblijfplaats: {
        type: 'Adres',
        verblijfadres: {
          officieleStraatnaam: 'Voorstraat',
          korteStraatnaam: 'Voorstraat',
          huisnummer: 112,
          postcode: '3311ER',
          woonplaats: 'Dordrecht',
        },
      },
      gemeenteVanInschrijving: { code: '0505', omschrijving: 'Dordrecht' },
      datumInschrijvingInGemeente: { type: 'Datum', datum: '2026-05-30', langFormaat: '30 mei 2026' },
    });
    const last = standIn.requests.at(-1);
    expect(last).toMatchObject({
      type: 'RaadpleegMetBurgerservicenummer',
      fields: [...persoonFields],
      burgerservicenummer: ['999990019'],
      status: 200,
      apiKeyPresent: true,
    });
    // The recorded exchange never shows the key.
    expect(recorder.exchanges.at(-1)?.requestHeaders['x-api-key']).toBe('***');
  });

  it('finds every person of the demo', async () => {
    for (const bsn of demoBsns)
      expect((await client.raadpleegMetBurgerservicenummer({ burgerservicenummer: bsn })).burgerservicenummer).toBe(bsn);
  });

  it('always asks for the BSN, to check the answer is about the person asked', async () => {
    const p = await client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990020', fields: ['naam.geslachtsnaam'] });
    expect(p).toEqual({ burgerservicenummer: '999990020', naam: { geslachtsnaam: 'Haddad' } });
  });

  it('delivers geheimhouding, opschorting and in-onderzoek automatically', async () => {
    expect((await client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990159' })).geheimhoudingPersoonsgegevens).toBe(true);
    const overleden = await client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990160' });
    expect(overleden.opschortingBijhouding?.reden?.code).toBe('O');
    expect(overleden.overlijden?.datum?.type).toBe('Datum');
    expect(
      (await client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990202' })).inOnderzoek?.datumInschrijvingInGemeente,
    ).toBe(true);
  });

  it('an unknown BSN is BrpNotFoundError; a gemeente filter that excludes the person too', async () => {
    await expect(client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '123456782' })).rejects.toBeInstanceOf(BrpNotFoundError);
    await expect(
      client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019', gemeenteVanInschrijving: '0642' }),
    ).rejects.toBeInstanceOf(BrpNotFoundError);
    expect(
      (await client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019', gemeenteVanInschrijving: '0505' }))
        .burgerservicenummer,
    ).toBe('999990019');
  });
});

describe('ZoekMetGeslachtsnaamEnGeboortedatum', () => {
  it('finds by geslachtsnaam (case-insensitive, wildcard) and complete birth date', async () => {
    const found = await client.zoekMetGeslachtsnaamEnGeboortedatum({ geslachtsnaam: 'tesf*', geboortedatum: '1994-03-12' });
    expect(found).toEqual([
      {
        burgerservicenummer: '999990019',
        naam: { voornamen: 'Amanuel Gebre', geslachtsnaam: 'Tesfay' },
        geboorte: { datum: { type: 'Datum', datum: '1994-03-12', langFormaat: '12 maart 1994' } },
        adressering: { adresregel1: 'Voorstraat 112', adresregel2: '3311 ER  DORDRECHT' },
      },
    ]);
    expect(await client.zoekMetGeslachtsnaamEnGeboortedatum({ geslachtsnaam: 'Tesfay', geboortedatum: '1994-03-13' })).toEqual([]);
    expect(
      await client.zoekMetGeslachtsnaamEnGeboortedatum({ geslachtsnaam: 'Santos', voorvoegsel: 'dos', geboortedatum: '1990-08-08' }),
    ).toHaveLength(1);
    expect(
      await client.zoekMetGeslachtsnaamEnGeboortedatum({ geslachtsnaam: 'Santos', voorvoegsel: 'van', geboortedatum: '1990-08-08' }),
    ).toEqual([]);
    expect(
      await client.zoekMetGeslachtsnaamEnGeboortedatum({ geslachtsnaam: 'Tesfay', geboortedatum: '1994-03-12', geslacht: 'V' }),
    ).toEqual([]);
  });

  it('leaves out deceased persons unless asked', async () => {
    expect(await client.zoekMetGeslachtsnaamEnGeboortedatum({ geslachtsnaam: 'Alemu', geboortedatum: '1958-12-01' })).toEqual([]);
    const found = await client.zoekMetGeslachtsnaamEnGeboortedatum({
      geslachtsnaam: 'Alemu',
      geboortedatum: '1958-12-01',
      inclusiefOverledenPersonen: true,
    });
    expect(found.map((p) => [p.burgerservicenummer, p.opschortingBijhouding?.reden?.code])).toEqual([['999990160', 'O']]);
  });

  it('a person with an incomplete birth date is not found by a complete one', async () => {
    expect(await client.zoekMetGeslachtsnaamEnGeboortedatum({ geslachtsnaam: 'Omar', geboortedatum: '1992-09-14' })).toEqual([]);
  });
});

describe('failures', () => {
  it('a request that breaks the spec is stopped before it leaves', async () => {
    const before = standIn.requests.length;
    const err = await client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '1234' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BrpContractError);
    expect((err as BrpContractError).direction).toBe('request');
    expect(standIn.requests.length).toBe(before);
    // Remove the deliberately broken request before the strict sweep below.
    recorder.exchanges.splice(
      recorder.exchanges.findIndex((x) => x.error === err),
      1,
    );
  });

  it('a field the BRP does not know is refused with the spec 400 and its invalid params', async () => {
    const err = await client
      .raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019', fields: ['naam.bijnaam'] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BrpRefusedError);
    expect((err as BrpRefusedError).status).toBe(400);
    expect((err as BrpRefusedError).unauthorised).toBe(false);
    expect((err as BrpRefusedError).invalidParams).toEqual([expect.objectContaining({ name: 'fields', code: 'fields' })]);
  });

  it('a wrong or missing API key is refused as unauthorised', async () => {
    for (const apiKey of ['verkeerde-sleutel', null]) {
      const other = clientFor(standIn, { recorder, apiKey });
      const err = await other.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' }).catch((e: unknown) => e);
      await other.close();
      expect(err).toBeInstanceOf(BrpRefusedError);
      expect((err as BrpRefusedError).unauthorised).toBe(true);
      expect((err as Error).message).not.toContain('999990019');
    }
  });

  it('5xx, a dropped connection and a time-out are BrpUnavailableError with the reason', async () => {
    standIn.setFailureMode({ kind: 'status503', forRequests: 1 });
    await expect(client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' })).rejects.toMatchObject({
      name: 'BrpUnavailableError',
      reason: 'server',
      status: 503,
    });
    standIn.setFailureMode({ kind: 'status500', forRequests: 1 });
    await expect(client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' })).rejects.toMatchObject({
      reason: 'server',
      status: 500,
    });
    standIn.setFailureMode({ kind: 'down', forRequests: 1 });
    await expect(client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' })).rejects.toMatchObject({
      name: 'BrpUnavailableError',
      reason: 'network',
    });
    const impatient = clientFor(standIn, { recorder, timeoutMs: 200 });
    standIn.setFailureMode({ kind: 'slow', delayMs: 1_000, forRequests: 1 });
    const err = await impatient.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' }).catch((e: unknown) => e);
    await impatient.close();
    expect(err).toBeInstanceOf(BrpUnavailableError);
    expect((err as BrpUnavailableError).reason).toBe('timeout');
    // And it works again afterwards.
    expect((await client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' })).burgerservicenummer).toBe('999990019');
  });

  it('nothing listening is unavailable (network)', async () => {
    const { HttpBrpClient } = await import('../src/client.ts');
    const nowhere = new HttpBrpClient({ baseUrl: 'http://127.0.0.1:9/haalcentraal/api/brp', timeoutMs: 1_000 });
    await expect(nowhere.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' })).rejects.toMatchObject({
      name: 'BrpUnavailableError',
      reason: 'network',
    });
    await nowhere.close();
  });

  it('an answer that breaks the spec, or is about another person, is a contract error', async () => {
    standIn.setFailureMode({ kind: 'invalidResponse', forRequests: 1 });
    const invalid = await client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(BrpContractError);
    expect((invalid as BrpContractError).direction).toBe('response');
    standIn.setFailureMode({ kind: 'otherPerson', forRequests: 1 });
    const other = await client.raadpleegMetBurgerservicenummer({ burgerservicenummer: '999990019' }).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(BrpContractError);
    expect((other as Error).message).toContain('andere persoon');
    // Remove the deliberately broken exchange before the strict sweep below.
    recorder.exchanges.splice(
      recorder.exchanges.findIndex((x) => x.error === invalid),
      1,
    );
  });
});

describe('the contract', () => {
  it('every exchange of this file was spec-valid in both directions, and so was every stand-in answer', () => {
    expect(recorder.exchanges.length).toBeGreaterThan(25);
    recorder.expectAllValid();
    expect(standIn.contractViolations).toEqual([]);
  });
});
